import { group, sum } from "d3-array";
import type { Job } from "../ingest/Job.ts";
import { countBy } from "./countBy.ts";
import { withArea } from "./countByArea.ts";

/** How well one area search matched the places its postings are in. */
export interface AreaLocationMatch {
  readonly area: string;
  readonly postings: number;
  /** Postings whose location names the searched city (state-level and empty locations do not). */
  readonly matching: number;
  /** matching / postings. */
  readonly matchShare: number;
  /** The most frequent location given and its count; null when no posting of the area gives one. */
  readonly topLocation: string | null;
  readonly topLocationCount: number | null;
  /** Postings of the area without a location (not given; never counted as a location). */
  readonly withoutLocation: number;
}

/**
 * Compares each searched area with the postings' own locations. A posting
 * matches when its location's city (before the first comma, ignoring case and
 * periods) is the area's city: by default the label before its comma, or the
 * gazetteer's proper name when `cityOfArea` is given (so "Washington D.C.,
 * D.C." matches "Washington, DC"). State-level and empty locations never
 * match. Areas with the lowest match share first.
 *
 * Only searches can miss their city: when the areas are the postings' own
 * locations (`areasAreSearches` false: a plain CSV), there is nothing to
 * compare and the list is empty.
 */
export function areaVsLocation(rows: readonly Job[], cityOfArea: (area: string) => string = cityOf, areasAreSearches = true): AreaLocationMatch[] {
  if (!areasAreSearches) return [];
  return Array.from(group(withArea(rows), (r) => r.area), ([area, jobs]) => {
    const city = cityOf(cityOfArea(area));
    // Each distinct location is read once: a search returns the same few locations many times.
    const locations = Array.from(countBy(jobs, (j) => j.location)).sort((a, b) => b[1] - a[1]);
    const located = sum(locations, ([, count]) => count);
    const matching = sum(locations, ([location, count]) => (cityOf(location) === city ? count : 0));
    const top = locations[0];
    return {
      area, postings: jobs.length, matching, matchShare: matching / jobs.length,
      topLocation: top?.[0] ?? null, topLocationCount: top?.[1] ?? null, withoutLocation: jobs.length - located,
    };
  }).sort((a, b) => a.matchShare - b.matchShare);
}

/** "St. Louis, MO" and "St Louis, MO" -> "st louis". */
export function cityOf(place: string): string {
  return (place.split(",")[0] ?? "").toLowerCase().replace(/\./g, "").replace(/\s+/g, " ").trim();
}
