import { extent, rollup } from "d3-array";
import type { PayInterval } from "../ingest/Job.ts";
import { PAY_CONVENTION, toYearly, YEARLY_FACTOR } from "../ingest/yearlyPay.ts";
import type { PayView } from "./payBasis.ts";

/** One posting's stated pay, converted to a yearly amount in the figures' currency. */
export interface YearlyPay {
  readonly id: string;
  readonly area: string | null;
  readonly interval: PayInterval;
  /** As stated, per interval. */
  readonly min: number;
  readonly max: number;
  /** Converted with {@link YEARLY_FACTOR}. */
  readonly yearlyMin: number;
  readonly yearlyMax: number;
}

/** What the postings say about pay, in one currency (see payBasis.ts for what is left out). */
export interface SalarySummary {
  /** The ISO currency of every amount here; null when no posting states usable pay. */
  readonly currency: string | null;
  /** Postings with pay in that currency. */
  readonly rowsWithSalary: number;
  /** Postings with pay left out of these figures (another currency without an exchange rate, or none stated). */
  readonly leftOut: number;
  /** Postings per interval, most first. */
  readonly intervalCounts: readonly { readonly interval: PayInterval; readonly count: number }[];
  /** [min, max] per hour of each hourly posting, in file order. */
  readonly hourlyRanges: readonly (readonly [number, number])[];
  /** The interval-to-yearly multipliers used. */
  readonly factors: typeof YEARLY_FACTOR;
  /** The hours, weeks and months behind them, and the weeks the convention's year has. */
  readonly convention: typeof PAY_CONVENTION & { readonly weeksCounted: number };
  /** [smallest, largest] yearly lower bound; null without pay data. */
  readonly lowerBoundRange: readonly [number, number] | null;
  readonly upperBoundRange: readonly [number, number] | null;
  /** Every salaried posting, in file order. */
  readonly postings: readonly YearlyPay[];
}

/** Summarises stated pay in the view's currency: counts, hourly ranges, yearly extremes, per-posting yearly values. */
export function salarySummary(view: PayView): SalarySummary {
  const postings: YearlyPay[] = [];
  for (const row of view.rows) {
    if (!row.pay) continue;
    const { interval, min, max } = row.pay;
    postings.push({ id: row.id, area: row.area, interval, min, max,
      yearlyMin: toYearly(min, interval), yearlyMax: toYearly(max, interval) });
  }
  const counts = rollup(postings, (g) => g.length, (p) => p.interval);
  const lower = extent(postings, (p) => p.yearlyMin);
  const upper = extent(postings, (p) => p.yearlyMax);
  return {
    currency: postings.length === 0 ? null : view.currencies.currency,
    rowsWithSalary: postings.length,
    leftOut: view.currencies.leftOut,
    intervalCounts: Array.from(counts, ([interval, count]) => ({ interval, count })).sort((a, b) => b.count - a.count),
    hourlyRanges: postings.filter((p) => p.interval === "hourly").map((p) => [p.min, p.max] as const),
    factors: YEARLY_FACTOR,
    convention: { ...PAY_CONVENTION, weeksCounted: PAY_CONVENTION.weeksPerMonth * PAY_CONVENTION.monthsPerYear },
    lowerBoundRange: lower[0] === undefined ? null : [lower[0], lower[1]],
    upperBoundRange: upper[0] === undefined ? null : [upper[0], upper[1]],
    postings,
  };
}
