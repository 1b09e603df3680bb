import { rollup } from "d3-array";
import type { Job } from "../ingest/Job.ts";

/** Postings found by one area's search. */
export interface AreaCount {
  readonly area: string;
  readonly count: number;
}

/** Postings per searched area, most first; ties keep first-seen (file) order. */
export function countByArea(rows: readonly Job[]): AreaCount[] {
  const counts = rollup(rows, (g) => g.length, (d) => d.area);
  return Array.from(counts, ([area, count]) => ({ area, count })).sort((a, b) => b.count - a.count);
}
