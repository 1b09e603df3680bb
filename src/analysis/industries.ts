import type { Job } from "../ingest/Job.ts";
import { countBy } from "./countBy.ts";
import { coverage, shareOf, type Coverage } from "./coverage.ts";
import type { LabelValue } from "../lib/LabelValue.ts";

export interface Industries {
  /** Companies left out before counting (staffing firms found in the data), most postings first. */
  readonly excluded: readonly string[];
  /** Postings of those companies. */
  readonly excludedPostings: number;
  /** Postings left after the exclusion. */
  readonly postings: number;
  /** Of those, how many give an industry: the base of every share here. */
  readonly coverage: Coverage;
  /** The `n` most frequent industry labels, most first (ties in first-seen order). */
  readonly top: readonly (LabelValue<"name", "count"> & {
    /** count / postings that give an industry (after the exclusion). */
    readonly share: number;
  })[];
  readonly distinctIndustries: number;
}

/**
 * The most frequent company industries, with the companies `isStaffing`
 * picks (staffing.ts) left out. A posting without an industry is counted in
 * `coverage` as not given, never as an industry. LinkedIn's labels are kept
 * as written: a combined label ("Software Development, Hospitals and Health
 * Care, and ...") is one company's several industries, counted as one label.
 */
export function industries(rows: readonly Job[], n = 7, isStaffing: (company: string | null) => boolean = () => false): Industries {
  const removed = new Map<string, number>();
  const kept: Job[] = [];
  for (const r of rows) {
    if (isStaffing(r.company)) removed.set(r.company!, (removed.get(r.company!) ?? 0) + 1);
    else kept.push(r);
  }
  const cov = coverage(kept, (r) => r.companyIndustry !== null);
  const counts = countBy(kept, (r) => r.companyIndustry);
  return {
    excluded: [...removed].sort((a, b) => b[1] - a[1]).map(([name]) => name),
    excludedPostings: rows.length - kept.length,
    postings: kept.length,
    coverage: cov,
    top: Array.from(counts, ([name, count]) => ({ name, count, share: shareOf(count, cov.given)! }))
      .sort((a, b) => b.count - a.count).slice(0, n),
    distinctIndustries: counts.size,
  };
}
