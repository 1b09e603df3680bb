import type { Job } from "../ingest/Job.ts";
import { coverage, shareOf, type Coverage } from "./coverage.ts";

/** Remote versus on-site postings (the board's `is_remote` flag). */
export interface RemoteShare {
  readonly remote: number;
  readonly onSite: number;
  /** Postings without the flag. */
  readonly unknown: number;
  /** remote / (remote + onSite): a share of the flagged postings only; null when none is flagged. */
  readonly share: number | null;
  /** Which postings carry the flag, per board (some boards leave it empty). */
  readonly coverage: Coverage;
}

/** Counts remote and on-site postings. Hybrid jobs are on-site in LinkedIn's flag. */
export function remoteShare(rows: readonly Job[]): RemoteShare {
  let remote = 0;
  let onSite = 0;
  for (const r of rows) {
    if (r.isRemote === true) remote++;
    else if (r.isRemote === false) onSite++;
  }
  return {
    remote, onSite, unknown: rows.length - remote - onSite, share: shareOf(remote, remote + onSite),
    coverage: coverage(rows, (r) => r.isRemote !== null),
  };
}
