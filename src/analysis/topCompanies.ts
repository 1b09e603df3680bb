import { rollup } from "d3-array";
import type { Job } from "../ingest/Job.ts";
import { isStaffing } from "./staffing.ts";

/** A company and its number of postings. */
export interface CompanyCount {
  readonly name: string;
  readonly count: number;
}

/** The big tech employers the review looked for, by their LinkedIn names. */
export const FAANG: readonly string[] = ["Google", "Meta", "Amazon", "Netflix", "Apple"];

export interface TopCompanies {
  /** The `n` companies with most postings, most first (ties in first-seen order). */
  readonly top: readonly CompanyCount[];
  /** Postings of each {@link FAANG} name (exact match; 0 when absent), in that order. */
  readonly faang: readonly CompanyCount[];
  readonly distinctCompanies: number;
  /** Staffing firms and aggregators (see staffing.ts) among the top `n`. */
  readonly staffingInTop: readonly CompanyCount[];
}

/** Ranks companies by postings and counts the FAANG names; rows without a company are not a company. */
export function topCompanies(rows: readonly Job[], n = 25): TopCompanies {
  const counts = rollup(rows.filter((r) => r.company !== null), (g) => g.length, (r) => r.company!);
  const ranked = Array.from(counts, ([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count);
  const top = ranked.slice(0, n);
  return {
    top,
    staffingInTop: top.filter((c) => isStaffing(c.name)),
    faang: FAANG.map((name) => ({ name, count: counts.get(name) ?? 0 })),
    distinctCompanies: counts.size,
  };
}
