import { quantile } from "d3-array";
import type { Job } from "../ingest/Job.ts";
import { salaryByArea, type AreaSalary } from "./salaryByArea.ts";

/** The smallest number of salaried postings a median needs before the posts call it solid. */
export const SOLID_SAMPLE = 3;

export interface SalaryFindings {
  readonly areasWithSalary: number;
  /** Areas whose median rests on 1 to 3 postings, and their share of salaried areas. */
  readonly thinAreas: number;
  readonly thinShare: number;
  readonly singlePostingAreas: number;
  /** Middle half of the area medians (25th to 75th percentile), lower and upper bound. */
  readonly bandMin: readonly [number, number] | null;
  readonly bandMax: readonly [number, number] | null;
  /** Highest median lower bound among areas with at least SOLID_SAMPLE postings. */
  readonly highestSolid: AreaSalary | null;
  /** The five lowest median lower bounds. */
  readonly lowest: readonly AreaSalary[];
  readonly solidSample: number;
}

/** The findings the salary section states: how thin the samples are, the typical band, the outliers. */
export function salaryFindings(rows: readonly Job[]): SalaryFindings {
  const { areas } = salaryByArea(rows);
  const band = (values: number[]) => values.length === 0 ? null
    : [quantile(values, 0.25)!, quantile(values, 0.75)!] as const;
  const thin = areas.filter((a) => a.salariedPostings <= 3).length;
  const solid = areas.filter((a) => a.salariedPostings >= SOLID_SAMPLE);
  return {
    areasWithSalary: areas.length,
    thinAreas: thin,
    thinShare: areas.length === 0 ? 0 : thin / areas.length,
    singlePostingAreas: areas.filter((a) => a.salariedPostings === 1).length,
    bandMin: band(areas.map((a) => a.medianMin)),
    bandMax: band(areas.map((a) => a.medianMax)),
    highestSolid: solid.reduce<AreaSalary | null>((best, a) => (best === null || a.medianMin > best.medianMin ? a : best), null),
    lowest: [...areas].sort((a, b) => a.medianMin - b.medianMin).slice(0, 5),
    solidSample: SOLID_SAMPLE,
  };
}
