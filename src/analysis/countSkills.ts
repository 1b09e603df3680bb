import type { Job } from "../ingest/Job.ts";
import { VOCABULARY } from "../ingest/text/vocabulary.ts";

const INDEX = new Map(VOCABULARY.map((s, i) => [s.name, i]));

/** Postings of one group, and how many of them mention each vocabulary term (indexed like {@link VOCABULARY}). */
export interface SkillCounts {
  total: number;
  readonly counts: Int32Array;
}

/**
 * Postings per vocabulary term within each key (e.g. seniority level), in
 * one pass with no per-row allocation (a million rows with a few skills
 * each).
 */
export function countSkills(rows: readonly Job[], key: (job: Job) => string): Map<string, SkillCounts> {
  const byKey = new Map<string, SkillCounts>();
  for (const r of rows) {
    const k = key(r);
    let group = byKey.get(k);
    if (group === undefined) byKey.set(k, (group = { total: 0, counts: new Int32Array(VOCABULARY.length) }));
    group.total++;
    for (const s of r.features.skills) {
      const i = INDEX.get(s);
      if (i !== undefined) group.counts[i]!++;
    }
  }
  return byKey;
}
