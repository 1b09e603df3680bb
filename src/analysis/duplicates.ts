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

/** The same posting found by more than one area search (same id). */
export function duplicates(rows: readonly Job[]): Duplicates {
  // Count first, then group only the repeated ids: a million single-row groups would be wasted memory.
  const perId = new Map<string, number>();
  for (const r of rows) perId.set(r.id, (perId.get(r.id) ?? 0) + 1);
  const repeated = group(rows.filter((r) => perId.get(r.id)! > 1), (r) => r.id);
  const times = new Map<number, number>();
  const pairs = new Map<string, { a: string; b: string; shared: number }>();
  for (const jobs of repeated.values()) {
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
    distinctIds: perId.size,
    repeatedIds: [...times.values()].reduce((a, b) => a + b, 0),
    extraRows: rows.length - perId.size,
    byTimes: [...times].map(([t, ids]) => ({ times: t, ids })).sort((a, b) => a.times - b.times),
    areaPairs: [...pairs.values()].sort((x, y) => y.shared - x.shared),
  };
}
