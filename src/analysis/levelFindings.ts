import type { Job } from "../ingest/Job.ts";
import { countByArea, type AreaCount } from "./countByArea.ts";
import { MID_SENIOR_LEVEL } from "./jobLevels.ts";

/** West of this longitude is the West Coast (and the mountain West's far side). */
export const WEST_OF_LONGITUDE = -115;

export interface LevelFindings {
  /** Mid-senior postings per area, most first. */
  readonly midSenior: readonly AreaCount[];
  /** The five areas with most mid-senior postings. */
  readonly topMidSenior: readonly AreaCount[];
  /** West Coast areas among the searches at the result cap, with their mid-senior counts. */
  readonly westCoastHubs: readonly AreaCount[];
  /** Median mid-senior count of the capped searches elsewhere. */
  readonly otherHubsMedian: number | null;
}

/**
 * Where mid-senior postings concentrate, and whether the West Coast's capped
 * searches hold fewer of them than capped searches elsewhere. `longitudeOf`
 * comes from the gazetteer; areas it does not know are not counted as West.
 */
export function levelFindings(rows: readonly Job[], longitudeOf: (area: string) => number | undefined): LevelFindings {
  const all = countByArea(rows);
  const cap = all[0]?.count ?? 0;
  const hubs = new Set(all.filter((a) => a.count === cap).map((a) => a.area));
  const midSenior = countByArea(rows.filter((r) => r.jobLevel === MID_SENIOR_LEVEL));
  const countOf = (area: string) => midSenior.find((m) => m.area === area)?.count ?? 0;
  const isWest = (area: string) => (longitudeOf(area) ?? 0) < WEST_OF_LONGITUDE;
  const westCoastHubs = [...hubs].filter(isWest).map((area) => ({ area, count: countOf(area) })).sort((a, b) => b.count - a.count);
  const others = [...hubs].filter((a) => !isWest(a)).map(countOf).sort((a, b) => a - b);
  const mid = others.length / 2;
  return {
    midSenior,
    topMidSenior: midSenior.slice(0, 5),
    westCoastHubs,
    otherHubsMedian: others.length === 0 ? null : others.length % 2 ? others[Math.floor(mid)]! : (others[mid - 1]! + others[mid]!) / 2,
  };
}
