import { group, median } from "d3-array";
import type { Job } from "../ingest/Job.ts";
import { levelOf, levelsIn } from "./text/levels.ts";

/** Ranges of years for stacked charts; a posting that states none is "not stated". */
export const EXPERIENCE_BUCKETS = [
  { bucket: "0–1", max: 1 }, { bucket: "2", max: 2 }, { bucket: "3–4", max: 4 }, { bucket: "5–7", max: 7 }, { bucket: "8+", max: Infinity },
] as const;
export const NOT_STATED_BUCKET = "not stated";

/** Years of experience asked for by one group of postings. */
export interface ExperienceGroup {
  readonly total: number;
  /** Postings that state a number of years. */
  readonly stated: number;
  /** Postings that state none, as a share of all (0 without postings). */
  readonly noneShare: number;
  /** Median of the stated years; null when none states any. */
  readonly median: number | null;
  /** Postings per stated number of years, fewest years first; share of ALL postings of the group. */
  readonly distribution: readonly { readonly years: number; readonly count: number; readonly share: number }[];
  /** The same in {@link EXPERIENCE_BUCKETS}, then "not stated"; shares of all postings add up to 1. */
  readonly buckets: readonly { readonly bucket: string; readonly count: number; readonly share: number }[];
}

/** Years of experience required, overall and by seniority level. */
export interface ExperienceSummary extends ExperienceGroup {
  /** Levels present, bottom of the ladder first. */
  readonly byLevel: readonly (ExperienceGroup & { readonly level: string })[];
}

/**
 * The years of experience descriptions ask for (the smallest stated
 * minimum, extracted at ingest: see text/yearsOfExperience.ts), as a
 * distribution overall and within each LinkedIn seniority level, with the
 * share of postings that state none.
 */
export function experience(rows: readonly Job[]): ExperienceSummary {
  const byLevel = group(rows, levelOf);
  return {
    ...summarise(rows),
    byLevel: levelsIn(rows).map((level) => ({ level, ...summarise(byLevel.get(level) ?? []) })),
  };
}

function summarise(rows: readonly Job[]): ExperienceGroup {
  const total = rows.length;
  const share = (n: number) => (total === 0 ? 0 : n / total);
  const years: number[] = [];
  const perYear = new Map<number, number>();
  for (const r of rows) {
    const y = r.features.years;
    if (y === null) continue;
    years.push(y);
    perYear.set(y, (perYear.get(y) ?? 0) + 1);
  }
  const distribution = [...perYear].sort(([a], [b]) => a - b).map(([y, count]) => ({ years: y, count, share: share(count) }));
  let floor = -Infinity;
  const buckets: { bucket: string; count: number; share: number }[] = EXPERIENCE_BUCKETS.map(({ bucket, max }) => {
    const low = floor;
    floor = max;
    let count = 0;
    for (const [y, n] of perYear) if (y > low && y <= max) count += n;
    return { bucket, count, share: share(count) };
  });
  buckets.push({ bucket: NOT_STATED_BUCKET, count: total - years.length, share: share(total - years.length) });
  return { total, stated: years.length, noneShare: share(total - years.length), median: median(years) ?? null, distribution, buckets };
}
