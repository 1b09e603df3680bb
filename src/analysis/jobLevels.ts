import type { Job } from "../ingest/Job.ts";
import { countBy } from "./countBy.ts";
import { coverage, shareOf, type Coverage } from "./coverage.ts";
import type { LabelValue } from "../lib/LabelValue.ts";

export const ENTRY_LEVEL = "entry level";
export const MID_SENIOR_LEVEL = "mid-senior level";

/** How one dataset's postings spread over LinkedIn's seniority levels. */
export interface JobLevels {
  readonly total: number;
  /** Which postings give a level (on JobSpy's boards, mostly LinkedIn's): the base of every share here. */
  readonly coverage: Coverage;
  /** Postings per level given, most first; share of the postings that give one. A missing level is not a level: see `coverage`. */
  readonly counts: readonly (LabelValue<"level", "count"> & { readonly share: number })[];
  readonly entry: number;
  readonly midSenior: number;
  /** Entry-level postings as a share of the postings that give a level; null when none does. */
  readonly entryShare: number | null;
  /**
   * Entry-level postings per mid-senior posting: the figure the original
   * review mistook for a share. null when there is no mid-senior posting.
   */
  readonly entryToMidSeniorRatio: number | null;
}

/** Counts postings per seniority level, with the entry-level share (of postings with a level) and ratio. */
export function jobLevels(rows: readonly Job[]): JobLevels {
  const counts = countBy(rows, (r) => r.jobLevel);
  const levelCoverage = coverage(rows, (r) => r.jobLevel !== null);
  const given = levelCoverage.given;
  const entry = counts.get(ENTRY_LEVEL) ?? 0;
  const midSenior = counts.get(MID_SENIOR_LEVEL) ?? 0;
  return {
    total: rows.length,
    coverage: levelCoverage,
    counts: Array.from(counts, ([level, count]) => ({ level, count, share: count / given })).sort((a, b) => b.count - a.count),
    entry,
    midSenior,
    entryShare: shareOf(entry, given),
    entryToMidSeniorRatio: midSenior === 0 ? null : entry / midSenior,
  };
}
