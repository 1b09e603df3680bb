import type { Job } from "../ingest/Job.ts";
import { levelOf, levelsIn, NOT_STATED } from "./levels.ts";
import { MAX_YEARS } from "../ingest/text/yearsOfExperience.ts";
import { shareOf } from "./coverage.ts";
import type { LabelValue } from "../lib/LabelValue.ts";

/** Ranges of years for stacked charts; a posting that states none is "not stated". */
export const EXPERIENCE_BUCKETS = [
  { bucket: "0–1", max: 1 }, { bucket: "2", max: 2 }, { bucket: "3–4", max: 4 }, { bucket: "5–7", max: 7 }, { bucket: "8+", max: MAX_YEARS },
] as const;
export const NOT_STATED_BUCKET = "not stated";

/** Years of experience asked for by one group of postings. */
export interface ExperienceGroup {
  readonly total: number;
  /** Postings that state a number of years. */
  readonly stated: number;
  /** Postings that state none, as a share of all; null without postings. */
  readonly noneShare: number | null;
  /** Median of the stated years (the mean of the middle two for an even count); null when none states any. */
  readonly median: number | null;
  /** Postings per stated number of years, fewest years first; share of ALL postings of the group. */
  readonly distribution: readonly { readonly years: number; readonly count: number; readonly share: number }[];
  /** The same in {@link EXPERIENCE_BUCKETS}, then "not stated"; shares of all postings add up to 1. */
  readonly buckets: readonly (LabelValue<"bucket", "count"> & { readonly share: number | null })[];
}

/** Years of experience required, overall and by seniority level. */
export interface ExperienceSummary extends ExperienceGroup {
  /** Levels given, bottom of the ladder first (ladder order, not a ranking). Postings without a level are in `levelNotGiven`, not a level. */
  readonly byLevel: readonly (ExperienceGroup & { readonly level: string })[];
  /** Postings that give no level (counted in the overall figures only). */
  readonly levelNotGiven: number;
}

// Postings per number of years 0..MAX_YEARS, and in the last slot those that state none.
const NONE = MAX_YEARS + 1;
type Histogram = Int32Array;

/**
 * The years of experience descriptions ask for (the smallest stated
 * minimum, extracted at ingest: see text/yearsOfExperience.ts), as a
 * distribution overall and within each LinkedIn seniority level, with the
 * share of postings that state none. Years are whole numbers up to
 * {@link MAX_YEARS}, so one pass fills a histogram per level and every
 * figure, the median included, is read from it.
 */
export function experience(rows: readonly Job[]): ExperienceSummary {
  const overall: Histogram = new Int32Array(NONE + 1);
  const byLevel = new Map<string, Histogram>();
  for (const r of rows) {
    const slot = r.features.years ?? NONE;
    const level = levelOf(r);
    let h = byLevel.get(level);
    if (h === undefined) byLevel.set(level, (h = new Int32Array(NONE + 1)));
    h[slot]!++;
    overall[slot]!++;
  }
  return {
    ...summarise(overall),
    byLevel: levelsIn(rows).filter((level) => level !== NOT_STATED).map((level) => ({ level, ...summarise(byLevel.get(level) ?? new Int32Array(NONE + 1)) })),
    levelNotGiven: rows.reduce((n, r) => n + (r.jobLevel === null ? 1 : 0), 0),
  };
}

function summarise(h: Histogram): ExperienceGroup {
  let total = 0;
  for (const n of h) total += n;
  const none = h[NONE]!;
  const stated = total - none;
  const share = (n: number) => shareOf(n, total);
  const distribution = [...h.subarray(0, NONE)].flatMap((count, years) => (count === 0 ? [] : [{ years, count, share: count / total }]));
  let low = -1;
  const buckets: { bucket: string; count: number; share: number | null }[] = EXPERIENCE_BUCKETS.map(({ bucket, max }) => {
    const count = h.subarray(low + 1, max + 1).reduce((a, b) => a + b, 0);
    low = max;
    return { bucket, count, share: share(count) };
  });
  buckets.push({ bucket: NOT_STATED_BUCKET, count: none, share: share(none) });
  return { total, stated, noneShare: share(none), median: stated === 0 ? null : (nth(h, (stated - 1) >> 1) + nth(h, stated >> 1)) / 2, distribution, buckets };
}

/** The k-th smallest stated number of years (0-based) in a histogram. */
function nth(h: Histogram, k: number): number {
  let seen = 0;
  for (let years = 0; years < NONE; years++) {
    seen += h[years]!;
    if (seen > k) return years;
  }
  return NONE - 1;
}
