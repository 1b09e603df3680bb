import { group } from "d3-array";
import type { Job } from "../ingest/Job.ts";

export interface Duplicates {
  readonly rows: number;
  readonly distinctIds: number;
  /** Ids that occur more than once. */
  readonly repeatedIds: number;
  /** Rows beyond the first of each id: rows - distinctIds. */
  readonly extraRows: number;
  /** How many ids occur exactly k times, by k (2, 3, ...). */
  readonly byTimes: readonly { readonly times: number; readonly ids: number }[];
  /** Pairs of areas whose searches returned the same posting, most shared first. */
  readonly areaPairs: readonly { readonly a: string; readonly b: string; readonly shared: number }[];
}

/**
 * The same posting found by more than one area search (same id).
 * `repeated`: ids that may occur more than once, at least every one that does
 * (the reader finds them while it checks ids: Dataset.repeatedIds); without it
 * they are found here. Only those ids are grouped: a map of a million ids seen
 * once would be most of the work and memory.
 */
export function duplicates(rows: readonly Job[], repeated: ReadonlySet<string> = idsSeenTwice(rows)): Duplicates {
  const groups = [...group(rows.filter((r) => repeated.has(r.id)), (r) => r.id).values()].filter((jobs) => jobs.length > 1);
  const extraRows = groups.reduce((n, jobs) => n + jobs.length - 1, 0);
  const times = new Map<number, number>();
  const pairs = new Map<string, { a: string; b: string; shared: number }>();
  for (const jobs of groups) {
    times.set(jobs.length, (times.get(jobs.length) ?? 0) + 1);
    // A row without an area is not in any area's search: it pairs with none.
    const areas = [...new Set(jobs.flatMap((j) => (j.area === null ? [] : [j.area])))];
    for (let i = 0; i < areas.length; i++) {
      for (let j = i + 1; j < areas.length; j++) {
        const key = `${areas[i]}\u0000${areas[j]}`;
        const pair = pairs.get(key) ?? { a: areas[i]!, b: areas[j]!, shared: 0 };
        pair.shared++;
        pairs.set(key, pair);
      }
    }
  }
  return {
    rows: rows.length,
    distinctIds: rows.length - extraRows,
    repeatedIds: groups.length,
    extraRows,
    byTimes: [...times].map(([t, ids]) => ({ times: t, ids })).sort((a, b) => a.times - b.times),
    areaPairs: [...pairs.values()].sort((x, y) => y.shared - x.shared),
  };
}

/** The ids that more than one row has. */
export function idsSeenTwice(rows: readonly Job[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.id)) twice.add(r.id);
    else seen.add(r.id);
  }
  return twice;
}
