import { median } from "d3-array";
import type { Job } from "../ingest/Job.ts";
import { countByArea } from "./countByArea.ts";
import { shareOf } from "./coverage.ts";
import type { LabelValue } from "../lib/LabelValue.ts";

/**
 * When the data shows a per-search result limit. JobSpy stops each search
 * at `results_wanted` (15 by default; the original scrape asked for 140), so
 * capped searches end on exactly the same count. Two searches can tie by
 * chance and a small count says nothing, so the cap is claimed only when the
 * areas are searches (a manifest or an `area` column, not locations), at
 * least {@link CAP_RULE.minSearches} of them end on the largest count, and
 * that count is at least {@link CAP_RULE.minPostings}.
 */
export const CAP_RULE = {
  minSearches: 3,
  minPostings: 10,
  text: "at least 3 searches end on exactly the largest count, that count is at least 10 postings, and the areas are searches rather than locations",
} as const;

/** Hubs: the searches at or near the cap, when there is one. */
export const HUB_RULE = {
  nearCap: 0.9,
  text: "searches with at least 90% of the cap's postings (the cap less a few duplicates or a thin day); only when a cap is found",
} as const;

/** Mid-sized: below the hubs, down to half the cap. */
export const MID_SIZED_RULE = {
  fromCap: 0.5,
  minAreas: 2,
  text: "searches with at least half the cap's postings but fewer than the hubs; listed only when a cap is found and at least 2 searches qualify",
} as const;

export interface AreaConcentration {
  readonly total: number;
  /** Postings that have an area (the base of the shares). */
  readonly withArea: number;
  readonly areas: number;
  /** True when the areas are searches (manifest or area column); false when they are the postings' own locations. */
  readonly areasAreSearches: boolean;
  /** The largest count any area reached; null without areas. */
  readonly largest: number | null;
  /** The per-search result limit, when {@link CAP_RULE} holds; null otherwise. */
  readonly cap: number | null;
  /** Searches that end on the cap, most first; empty without a cap. */
  readonly atCap: readonly LabelValue<"area", "count">[];
  /** Their postings together, and as a share of the postings with an area; null without a cap. */
  readonly atCapPostings: number | null;
  readonly atCapShare: number | null;
  /** The big hubs ({@link HUB_RULE}); empty without a cap. */
  readonly hubs: readonly LabelValue<"area", "count">[];
  readonly hubsPostings: number | null;
  readonly hubsShare: number | null;
  /** The notable mid-sized searches ({@link MID_SIZED_RULE}), most first; empty when the rule does not hold. */
  readonly midSized: readonly LabelValue<"area", "count">[];
  /** The one area with the fewest postings; null with fewer than 2 areas or when several share the fewest. */
  readonly smallest: LabelValue<"area", "count"> | null;
  /** How many areas share the fewest postings (0 without areas). */
  readonly smallestTies: number;
  /** Median postings per area; null without areas. */
  readonly medianPerArea: number | null;
  /** The rules, as sentences a post or a fold can quote. */
  readonly rules: { readonly cap: string; readonly hubs: string; readonly midSized: string };
}

/** The per-search cap {@link CAP_RULE} finds in area counts (most first), or null. */
export function capOf(counts: readonly LabelValue<"area", "count">[], areasAreSearches: boolean): number | null {
  const largest = counts[0]?.count;
  if (!areasAreSearches || largest === undefined || largest < CAP_RULE.minPostings) return null;
  return counts.filter((c) => c.count === largest).length >= CAP_RULE.minSearches ? largest : null;
}

/**
 * How postings concentrate in the areas, and which searches hit the
 * scraper's cap. Every finding follows its rule ({@link CAP_RULE},
 * {@link HUB_RULE}, {@link MID_SIZED_RULE}) and is null or empty when the
 * rule does not hold, so a post states only what the counts support.
 * `areasAreSearches` comes from how the dataset names its areas (a folder's
 * manifest or an `area` column: true; a plain CSV's locations: false).
 */
export function areaConcentration(rows: readonly Job[], areasAreSearches = true): AreaConcentration {
  const counts = countByArea(rows);
  const withArea = counts.reduce((n, c) => n + c.count, 0);
  const cap = capOf(counts, areasAreSearches);
  const sum = (list: readonly LabelValue<"area", "count">[]) => list.reduce((n, c) => n + c.count, 0);
  const atCap = cap === null ? [] : counts.filter((c) => c.count === cap);
  const hubs = cap === null ? [] : counts.filter((c) => c.count >= cap * HUB_RULE.nearCap);
  const mid = cap === null ? [] : counts.filter((c) => c.count < cap * HUB_RULE.nearCap && c.count >= cap * MID_SIZED_RULE.fromCap);
  const fewest = counts.at(-1)?.count;
  const smallestTies = fewest === undefined ? 0 : counts.filter((c) => c.count === fewest).length;
  return {
    total: rows.length,
    withArea,
    areas: counts.length,
    areasAreSearches,
    largest: counts[0]?.count ?? null,
    cap,
    atCap,
    atCapPostings: cap === null ? null : sum(atCap),
    atCapShare: cap === null ? null : shareOf(sum(atCap), withArea),
    hubs,
    hubsPostings: cap === null ? null : sum(hubs),
    hubsShare: cap === null ? null : shareOf(sum(hubs), withArea),
    midSized: mid.length >= MID_SIZED_RULE.minAreas ? mid : [],
    smallest: counts.length >= 2 && smallestTies === 1 ? counts.at(-1)! : null,
    smallestTies,
    medianPerArea: median(counts, (c) => c.count) ?? null,
    rules: { cap: CAP_RULE.text, hubs: HUB_RULE.text, midSized: MID_SIZED_RULE.text },
  };
}
