import { rollup } from "d3-array";
import type { Job } from "../ingest/Job.ts";

export const ENTRY_LEVEL = "entry level";
export const MID_SENIOR_LEVEL = "mid-senior level";

/** How one dataset's postings spread over LinkedIn's seniority levels. */
export interface JobLevels {
  readonly total: number;
  /** Postings per level, most first; a missing level is "not stated". */
  readonly counts: readonly { readonly level: string; readonly count: number }[];
  readonly entry: number;
  readonly midSenior: number;
  /** Entry-level postings as a share of ALL postings (0 when there are none). */
  readonly entryShare: number;
  /**
   * Entry-level postings per mid-senior posting: the figure the original
   * review mistook for a share. null when there is no mid-senior posting.
   */
  readonly entryToMidSeniorRatio: number | null;
}

/** Counts postings per seniority level, with the entry-level share and ratio. */
export function jobLevels(rows: readonly Job[]): JobLevels {
  const counts = rollup(rows, (g) => g.length, (r) => r.jobLevel ?? "not stated");
  const entry = counts.get(ENTRY_LEVEL) ?? 0;
  const midSenior = counts.get(MID_SENIOR_LEVEL) ?? 0;
  return {
    total: rows.length,
    counts: Array.from(counts, ([level, count]) => ({ level, count })).sort((a, b) => b.count - a.count),
    entry,
    midSenior,
    entryShare: rows.length === 0 ? 0 : entry / rows.length,
    entryToMidSeniorRatio: midSenior === 0 ? null : entry / midSenior,
  };
}
