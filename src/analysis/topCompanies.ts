import type { Job } from "../ingest/Job.ts";
import { countBy } from "./countBy.ts";
import { coverage, type Coverage } from "./coverage.ts";
import type { LabelValue } from "../lib/LabelValue.ts";

/** A ranked company, marked when it is a staffing firm or job aggregator (see staffing.ts). */
export interface RankedCompany extends LabelValue<"name", "count"> {
  readonly staffing: boolean;
}

/** The big tech employers the review looked for, by their LinkedIn names. */
export const FAANG: readonly string[] = ["Google", "Meta", "Amazon", "Netflix", "Apple"];

export interface TopCompanies {
  /** The `n` companies with most postings, most first (ties in first-seen order). */
  readonly top: readonly RankedCompany[];
  /** The {@link FAANG} names that have postings (exact match), most first; ties in FAANG order. */
  readonly faang: readonly LabelValue<"name", "count">[];
  /** The {@link FAANG} names with no posting, in FAANG order (a list of names, never a "0 postings" entry). */
  readonly faangAbsent: readonly { readonly name: string }[];
  readonly distinctCompanies: number;
  /** Postings that name a company (a posting without one is "not given", not a company). */
  readonly coverage: Coverage;
  /** Staffing firms and aggregators among the top `n`, most first. */
  readonly staffingInTop: readonly LabelValue<"name", "count">[];
}

/**
 * Ranks companies by postings and counts the FAANG names. Rows without a
 * company are counted in `coverage`, never ranked. `isStaffing` marks the
 * staffing firms (staffing.ts's detectStaffing; none by default).
 */
export function topCompanies(rows: readonly Job[], n = 25, isStaffing: (company: string | null) => boolean = () => false): TopCompanies {
  const counts = countBy(rows, (r) => r.company);
  const ranked = Array.from(counts, ([name, count]) => ({ name, count, staffing: isStaffing(name) })).sort((a, b) => b.count - a.count);
  const top = ranked.slice(0, n);
  const faang = FAANG.flatMap((name, order) => {
    const count = counts.get(name);
    return count === undefined ? [] : [{ name, count, order }];
  }).sort((a, b) => b.count - a.count || a.order - b.order).map(({ name, count }) => ({ name, count }));
  return {
    top,
    staffingInTop: top.filter((c) => c.staffing).map(({ name, count }) => ({ name, count })),
    faang,
    faangAbsent: FAANG.filter((name) => !counts.has(name)).map((name) => ({ name })),
    distinctCompanies: counts.size,
    coverage: coverage(rows, (r) => r.company !== null),
  };
}

