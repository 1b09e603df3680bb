import type { Job } from "../../ingest/Job.ts";
import { VOCABULARY } from "./vocabulary.ts";

const INDEX = new Map(VOCABULARY.map((s, i) => [s.name, i]));

/**
 * Postings per vocabulary term within each key (e.g. seniority level):
 * key → counts indexed like {@link VOCABULARY}. One pass, no per-row
 * allocation (a million rows with a few skills each).
 */
export function countSkills(rows: readonly Job[], key: (job: Job) => string): Map<string, Int32Array> {
  const byKey = new Map<string, Int32Array>();
  for (const r of rows) {
    const k = key(r);
    let counts = byKey.get(k);
    if (counts === undefined) byKey.set(k, (counts = new Int32Array(VOCABULARY.length)));
    for (const s of r.features.skills) {
      const i = INDEX.get(s);
      if (i !== undefined) counts[i]!++;
    }
  }
  return byKey;
}
