import type { Job } from "../ingest/Job.ts";

/** LinkedIn's seniority labels from the bottom of the ladder up; "not applicable" last. */
export const LEVEL_LADDER = ["internship", "entry level", "associate", "mid-senior level", "director", "executive", "not applicable"];

/** The label for a posting without a seniority level. */
export const NOT_STATED = "not stated";

/** A posting's level label, {@link NOT_STATED} when missing. */
export const levelOf = (job: Job): string => job.jobLevel ?? NOT_STATED;

/**
 * The levels present in `rows`, in ladder order; labels outside the ladder
 * (another scrape's spelling) follow in first-seen order, "not stated" last.
 */
export function levelsIn(rows: readonly Job[]): string[] {
  const present = new Set<string>();
  for (const r of rows) present.add(levelOf(r));
  const others = [...present].filter((l) => !LEVEL_LADDER.includes(l) && l !== NOT_STATED);
  return [...LEVEL_LADDER.filter((l) => present.has(l)), ...others, ...(present.has(NOT_STATED) ? [NOT_STATED] : [])];
}
