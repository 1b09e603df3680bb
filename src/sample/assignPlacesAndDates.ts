import type { DatasetTarget } from "./Calibration.ts";
import type { Draft } from "./Draft.ts";
import type { Random } from "./random.ts";

type Pool = Map<string, number>;

/**
 * Draws each row's job location and date_posted from its area's calibrated
 * counts, so every area keeps exactly its mix (Phoenix's file full of
 * Huntsville jobs, empty cells included). A shared posting takes one place
 * and one date found in all of its areas' pools when there is one; only
 * single-area postings take the empty cells.
 */
export function assignPlacesAndDates(drafts: Draft[], target: DatasetTarget, random: Random): void {
  const places: Pool[] = target.areas.map((a) => new Map([...Object.entries(a.locations), ["", a.emptyLocations]]));
  const dates: Pool[] = target.areas.map((a) => new Map(Object.entries(a.datesPosted)));
  for (const d of random.shuffle(drafts.filter((x) => x.size > 1))) {
    d.places = drawShared(d.areas.map((a) => places[a] as Pool), random);
    d.dates = drawShared(d.areas.map((a) => dates[a] as Pool), random);
  }
  for (const d of drafts.filter((x) => x.size === 1)) {
    const a = d.areas[0] as number;
    d.places = [drawOne(places[a] as Pool, random, true)];
    d.dates = [drawOne(dates[a] as Pool, random, true)];
  }
  const leftover = [...places, ...dates].some((pool) => [...pool.values()].some((c) => c !== 0));
  if (leftover) throw new Error("place or date counts do not add up to rows");
}

/** One non-empty value present in every pool if possible, else each pool's own draw with the first one's value kept. */
function drawShared(pools: Pool[], random: Random): string[] {
  const first = pools[0] as Pool;
  const common = [...first.keys()].filter((k) => k !== "" && pools.every((p) => (p.get(k) ?? 0) > 0));
  if (common.length > 0) {
    const value = random.weighted(common, (k) => Math.min(...pools.map((p) => p.get(k) ?? 0)));
    for (const p of pools) p.set(value, (p.get(value) ?? 0) - 1);
    return pools.map(() => value);
  }
  // Keep the per-area totals exact: each area gives up one of its own values.
  const own = pools.map((p) => drawOne(p, random, false));
  return own.map(() => own[0] as string);
}

function drawOne(pool: Pool, random: Random, allowEmpty: boolean): string {
  const keys = [...pool.keys()].filter((k) => (allowEmpty || k !== "") && (pool.get(k) ?? 0) > 0);
  const value = random.weighted(keys, (k) => pool.get(k) ?? 0);
  pool.set(value, (pool.get(value) ?? 0) - 1);
  return value;
}
