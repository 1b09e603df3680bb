import { group, median } from "d3-array";
import type { Job } from "../ingest/Job.ts";
import { toYearly } from "../ingest/yearlyPay.ts";
import { withArea } from "./countByArea.ts";

/** Median yearly pay bounds of one area's salaried postings. */
export interface AreaSalary {
  readonly area: string;
  /** How many postings the medians rest on. */
  readonly salariedPostings: number;
  readonly medianMin: number;
  readonly medianMax: number;
}

export interface SalaryByArea {
  /** Areas with at least one salaried posting, highest median lower bound first. */
  readonly areas: readonly AreaSalary[];
  /** Areas whose postings state no pay, alphabetically. */
  readonly withoutSalary: readonly string[];
}

/**
 * Median lower and upper yearly bound per searched area. Each posting is
 * paired with its own area (the original review paired amounts with the
 * wrong rows after its first hourly posting; this does not). The median of
 * an even count is the mean of the middle two.
 */
export function salaryByArea(rows: readonly Job[]): SalaryByArea {
  const located = withArea(rows);
  const allAreas = new Set(located.map((r) => r.area));
  const byArea = group(located.filter((r) => r.pay), (r) => r.area);
  const areas = Array.from(byArea, ([area, jobs]) => ({
    area,
    salariedPostings: jobs.length,
    medianMin: median(jobs, (j) => toYearly(j.pay!.min, j.pay!.interval))!,
    medianMax: median(jobs, (j) => toYearly(j.pay!.max, j.pay!.interval))!,
  })).sort((a, b) => b.medianMin - a.medianMin || compareNames(a.area, b.area));
  return {
    areas,
    withoutSalary: [...allAreas].filter((a) => !byArea.has(a)).sort(compareNames),
  };
}

/** Alphabetical order that does not depend on the machine's locale. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
