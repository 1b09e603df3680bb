import type { Job } from "../ingest/Job.ts";

/** Remote versus on-site postings (LinkedIn's `is_remote` flag). */
export interface RemoteShare {
  readonly remote: number;
  readonly onSite: number;
  /** Postings without the flag. */
  readonly unknown: number;
  /** remote / (remote + onSite); 0 without flagged postings. */
  readonly share: number;
}

/** Counts remote and on-site postings. Hybrid jobs are on-site in LinkedIn's flag. */
export function remoteShare(rows: readonly Job[]): RemoteShare {
  let remote = 0;
  let onSite = 0;
  for (const r of rows) {
    if (r.isRemote === true) remote++;
    else if (r.isRemote === false) onSite++;
  }
  return { remote, onSite, unknown: rows.length - remote - onSite, share: remote + onSite === 0 ? 0 : remote / (remote + onSite) };
}
