import { rollup } from "d3-array";
import type { Job } from "../ingest/Job.ts";
import { isStaffing, STAFFING_COMPANIES } from "./staffing.ts";

export interface IndustryCount {
  readonly name: string;
  readonly count: number;
}

export interface Industries {
  /** Companies left out before counting. */
  readonly excluded: readonly string[];
  /** Postings left after the exclusion. */
  readonly postings: number;
  /** The `n` most frequent LinkedIn industry labels, most first. */
  readonly top: readonly IndustryCount[];
  readonly distinctIndustries: number;
}

/** The most frequent company industries, staffing firms left out. */
export function industries(rows: readonly Job[], n = 7, excluded: readonly string[] = STAFFING_COMPANIES): Industries {
  const kept = rows.filter((r) => !isStaffing(r.company, excluded));
  const counts = rollup(kept.filter((r) => r.companyIndustry !== null), (g) => g.length, (r) => r.companyIndustry!);
  return {
    excluded,
    postings: kept.length,
    top: Array.from(counts, ([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count).slice(0, n),
    distinctIndustries: counts.size,
  };
}
