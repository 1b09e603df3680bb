import type { Job } from "../ingest/Job.ts";
import { countBy } from "./countBy.ts";
import { countByArea } from "./countByArea.ts";
import type { LabelValue } from "../lib/LabelValue.ts";

/** Postings of one seniority level per searched area. */
export interface LevelByArea {
  readonly level: string;
  /** Areas with at least one such posting, most first. */
  readonly areas: readonly LabelValue<"area", "count">[];
  /** Areas searched that have none, in first-seen order. */
  readonly none: readonly string[];
}

/** Counts postings of `level` (e.g. "entry level") per area; areas with none listed apart. */
export function levelByArea(rows: readonly Job[], level: string): LevelByArea {
  const areas = countByArea(rows, (r) => r.jobLevel === level);
  const found = new Set(areas.map((a) => a.area));
  return { level, areas, none: [...countBy(rows, (r) => r.area).keys()].filter((a) => !found.has(a)) };
}
