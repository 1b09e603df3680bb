import { group, median } from "d3-array";
import { toYearly } from "../ingest/yearlyPay.ts";
import { withArea } from "./countByArea.ts";
import type { PayView } from "./payBasis.ts";

/** Median yearly pay bounds of one area's salaried postings. */
export interface AreaSalary {
  readonly area: string;
  /** How many postings the medians rest on. */
  readonly salariedPostings: number;
  readonly medianMin: number;
  readonly medianMax: number;
}

export interface SalaryByArea {
  /** The ISO currency of the medians; null when no posting states usable pay. */
  readonly currency: string | null;
  /** Areas with at least one salaried posting, highest median lower bound first. */
  readonly areas: readonly AreaSalary[];
  /** Areas whose postings state no pay at all, alphabetically. */
  readonly withoutSalary: readonly string[];
  /** Areas whose only pay is left out of these figures (another currency without a rate), alphabetically. */
  readonly payOnlyElsewhere: readonly string[];
}

/**
 * Median lower and upper yearly bound per searched area, in the view's
 * currency. Each posting is paired with its own area (the original review
 * paired amounts with the wrong rows after its first hourly posting; this
 * does not). The median of an even count is the mean of the middle two.
 */
export function salaryByArea(view: PayView): SalaryByArea {
  // salaryFindings, originalSalaryBug and allRounders start from the same view's medians: computed once per view.
  let result = computed.get(view);
  if (result === undefined) computed.set(view, (result = mediansByArea(view)));
  return result;
}

const computed = new WeakMap<PayView, SalaryByArea>();

function mediansByArea(view: PayView): SalaryByArea {
  const located = withArea(view.rows);
  const allAreas = new Set(located.map((r) => r.area));
  const byArea = group(located.filter((r) => r.pay), (r) => r.area);
  const withAnyPay = new Set(withArea(view.source).filter((r) => r.pay).map((r) => r.area));
  const areas = Array.from(byArea, ([area, jobs]) => ({
    area,
    salariedPostings: jobs.length,
    medianMin: median(jobs, (j) => toYearly(j.pay!.min, j.pay!.interval))!,
    medianMax: median(jobs, (j) => toYearly(j.pay!.max, j.pay!.interval))!,
  })).sort((a, b) => b.medianMin - a.medianMin || compareNames(a.area, b.area));
  const unpaid = [...allAreas].filter((a) => !byArea.has(a));
  return {
    currency: areas.length === 0 ? null : view.currencies.currency,
    areas,
    withoutSalary: unpaid.filter((a) => !withAnyPay.has(a)).sort(compareNames),
    payOnlyElsewhere: unpaid.filter((a) => withAnyPay.has(a)).sort(compareNames),
  };
}

/** Alphabetical order that does not depend on the machine's locale (code points: the reference numbers' order). */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
