import { group, rollup } from "d3-array";
import type { Job } from "../ingest/Job.ts";
import { withArea } from "./countByArea.ts";

/** How well one area search matched the places its postings are in. */
export interface AreaLocationMatch {
  readonly area: string;
  readonly postings: number;
  /** Postings whose location names the searched city (state-level and empty locations do not). */
  readonly matching: number;
  /** matching / postings. */
  readonly matchShare: number;
  /** The most frequent location and its count ("(none)" for empty). */
  readonly topLocation: string;
  readonly topLocationCount: number;
}

/**
 * Compares each searched area with the postings' own locations. A posting
 * matches when its location's city (before the first comma, ignoring case and
 * periods) is the area's city: by default the label before its comma, or the
 * gazetteer's proper name when `cityOfArea` is given (so "Washington D.C.,
 * D.C." matches "Washington, DC"). State-level and empty locations never
 * match. Areas with the lowest match share first.
 */
export function areaVsLocation(rows: readonly Job[], cityOfArea: (area: string) => string = cityOf): AreaLocationMatch[] {
  return Array.from(group(withArea(rows), (r) => r.area), ([area, jobs]) => {
    const city = cityOf(cityOfArea(area));
    const matching = jobs.filter((j) => j.location !== null && cityOf(j.location) === city).length;
    const locations = Array.from(rollup(jobs, (g) => g.length, (j) => j.location ?? "(none)"))
      .sort((a, b) => b[1] - a[1]);
    const [topLocation, topLocationCount] = locations[0]!;
    return { area, postings: jobs.length, matching, matchShare: matching / jobs.length, topLocation, topLocationCount };
  }).sort((a, b) => a.matchShare - b.matchShare);
}

/** "St. Louis, MO" and "St Louis, MO" -> "st louis". */
export function cityOf(place: string): string {
  return (place.split(",")[0] ?? "").toLowerCase().replace(/\./g, "").replace(/\s+/g, " ").trim();
}
