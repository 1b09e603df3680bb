import { median } from "d3-array";
import type { Job } from "../ingest/Job.ts";
import { capOf } from "./areaConcentration.ts";
import { countByArea, withArea } from "./countByArea.ts";
import { MID_SENIOR_LEVEL } from "./jobLevels.ts";
import type { LabelValue } from "../lib/LabelValue.ts";
import { tieCut } from "../lib/tieCut.ts";

/** West of this longitude is the US West Coast (and the mountain West's far side). */
export const WEST_OF_LONGITUDE = -115;

/**
 * When the West Coast comparison is made. "West Coast" is a US notion, so
 * it needs the data to be in the US; it compares capped searches, so it
 * needs a cap (areaConcentration's CAP_RULE); and it states that the West
 * Coast's capped searches hold fewer mid-senior postings, so every one of
 * them must be below the median of the capped searches elsewhere.
 */
export const WEST_COAST_RULE = {
  minUsShare: 0.9,
  minWestHubs: 1,
  minOtherHubs: 2,
  text: "at least 90% of the postings are in areas placed in the US, a per-search cap is found, at least 1 capped search lies west of longitude -115 and at least 2 elsewhere, and every western one holds fewer mid-senior postings than the median of the others",
} as const;

/** Where an area is, as far as this analysis needs: its longitude and ISO country code. */
export interface AreaPosition {
  readonly lon: number;
  readonly country: string;
}

export interface LevelFindings {
  /** Mid-senior postings per area, most first. */
  readonly midSenior: readonly LabelValue<"area", "count">[];
  /** The (up to) five areas with most mid-senior postings, most first; a tie at the fifth is named in full. */
  readonly topMidSenior: readonly LabelValue<"area", "count">[];
  /** Western capped searches with their mid-senior counts, most first, when {@link WEST_COAST_RULE} holds; empty otherwise. */
  readonly westCoastHubs: readonly LabelValue<"area", "count">[];
  /** Median mid-senior count of the capped searches elsewhere; null when the rule does not hold. */
  readonly otherHubsMedian: number | null;
  /** Share of postings whose area is placed in the US (null without postings with an area). */
  readonly usShare: number | null;
  readonly rule: string;
}

/**
 * Where mid-senior postings concentrate, and (under {@link WEST_COAST_RULE})
 * whether the West Coast's capped searches hold fewer of them than capped
 * searches elsewhere. `positionOf` places an area (from the gazetteer);
 * areas it does not place are neither West nor in the US.
 */
export function levelFindings(
  rows: readonly Job[], positionOf: (area: string) => AreaPosition | undefined, areasAreSearches = true,
): LevelFindings {
  const all = countByArea(rows);
  const cap = capOf(all, areasAreSearches);
  const located = withArea(rows);
  const inUs = located.filter((r) => positionOf(r.area)?.country === "US").length;
  const usShare = located.length === 0 ? null : inUs / located.length;
  const midSenior = countByArea(rows, (r) => r.jobLevel === MID_SENIOR_LEVEL);
  const countOf = (area: string) => midSenior.find((m) => m.area === area)?.count ?? 0;
  const hubs = cap === null ? [] : all.filter((a) => a.count === cap).map((a) => a.area);
  const isWest = (area: string) => {
    const p = positionOf(area);
    return p !== undefined && p.country === "US" && p.lon < WEST_OF_LONGITUDE;
  };
  const west = hubs.filter(isWest).map((area) => ({ area, count: countOf(area) })).sort((a, b) => b.count - a.count);
  const others = hubs.filter((a) => !isWest(a)).map(countOf);
  const othersMedian = median(others) ?? null;
  const holds = usShare !== null && usShare >= WEST_COAST_RULE.minUsShare
    && west.length >= WEST_COAST_RULE.minWestHubs && others.length >= WEST_COAST_RULE.minOtherHubs
    && othersMedian !== null && west.every((w) => w.count < othersMedian);
  return {
    midSenior,
    topMidSenior: midSenior.slice(0, tieCut(midSenior.map((m) => m.count), 5)),
    westCoastHubs: holds ? west : [],
    otherHubsMedian: holds ? othersMedian : null,
    usShare,
    rule: WEST_COAST_RULE.text,
  };
}
