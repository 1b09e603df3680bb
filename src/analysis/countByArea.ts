import { countBy } from "./countBy.ts";
import type { Job } from "../ingest/Job.ts";
import type { LabelValue } from "../lib/LabelValue.ts";

/** A posting whose area is known (see {@link Job.area}). */
export type AreaJob = Job & { readonly area: string };

const located = new WeakMap<readonly Job[], readonly AreaJob[]>();

/**
 * The rows that have an area, for analyses by area; rows without one are counted by the profile.
 * Made once per list of rows and shared (several analyses ask for it: a million-row copy each time).
 */
export function withArea(rows: readonly Job[]): readonly AreaJob[] {
  let list = located.get(rows);
  if (list === undefined) located.set(rows, (list = rows.filter((r): r is AreaJob => r.area !== null)));
  return list;
}

/**
 * Postings per searched area, most first; ties keep first-seen (file) order. Rows without an area are left out,
 * and so are those `where` says no to (by default none): counted in place, without a filtered copy of the rows.
 */
export function countByArea(rows: readonly Job[], where: (row: Job) => boolean = () => true): LabelValue<"area", "count">[] {
  const counts = countBy(rows, (r) => (where(r) ? r.area : null));
  return Array.from(counts, ([area, count]) => ({ area, count })).sort((a, b) => b.count - a.count);
}
