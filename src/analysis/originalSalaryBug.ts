import { group, median } from "d3-array";
import type { PayView } from "./payBasis.ts";
import { toYearly } from "../ingest/yearlyPay.ts";
import { salaryByArea } from "./salaryByArea.ts";

/** One area whose median the original review got wrong, with both values. */
export interface MisalignedMedian {
  readonly area: string;
  readonly salariedPostings: number;
  readonly reportedMin: number;
  readonly reportedMax: number;
  readonly correctMin: number;
  readonly correctMax: number;
}

export interface OriginalSalaryBug {
  /** File position (1-based among salaried postings) of the first hourly posting; null if none. */
  readonly firstHourlyIndex: number | null;
  /** Area of that posting. */
  readonly firstHourlyArea: string | null;
  /** Salaried postings whose amounts the original paired with another posting's area. */
  readonly shiftedPostings: number;
  /** Areas whose medians differ, largest error first. */
  readonly areas: readonly MisalignedMedian[];
}

/**
 * Reproduces the original review's salary-by-city bug to show what it
 * reported: it listed all converted yearly amounts first and the hourly ones
 * after them, but paired that list with the salaried postings' areas in file
 * order. From the first hourly posting on, areas got other postings' pay.
 * Pay is taken in the view's currency, as every salary figure is.
 */
export function originalSalaryBug(view: PayView): OriginalSalaryBug {
  const salaried = view.rows.filter((r) => r.pay);
  const amounts = [...salaried.filter((r) => r.pay!.interval !== "hourly"), ...salaried.filter((r) => r.pay!.interval === "hourly")]
    .map((r) => [toYearly(r.pay!.min, r.pay!.interval), toYearly(r.pay!.max, r.pay!.interval)] as const);
  const paired = salaried.map((r, i) => ({ area: r.area, min: amounts[i]![0], max: amounts[i]![1] }));
  const firstHourly = salaried.findIndex((r) => r.pay!.interval === "hourly");
  const reported = group(paired, (p) => p.area);
  const correct = salaryByArea(view).areas;
  const areas = correct.flatMap((c) => {
    const wrong = reported.get(c.area)!;
    const reportedMin = median(wrong, (w) => w.min)!;
    const reportedMax = median(wrong, (w) => w.max)!;
    return reportedMin === c.medianMin && reportedMax === c.medianMax ? [] : [{
      area: c.area, salariedPostings: c.salariedPostings, reportedMin, reportedMax, correctMin: c.medianMin, correctMax: c.medianMax,
    }];
  }).sort((a, b) => Math.abs(b.correctMin - b.reportedMin) - Math.abs(a.correctMin - a.reportedMin));
  return {
    firstHourlyIndex: firstHourly === -1 ? null : firstHourly + 1,
    firstHourlyArea: firstHourly === -1 ? null : salaried[firstHourly]!.area,
    shiftedPostings: paired.filter((p, i) => p.min !== toYearly(salaried[i]!.pay!.min, salaried[i]!.pay!.interval)).length,
    areas,
  };
}
