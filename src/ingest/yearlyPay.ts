import type { PayInterval } from "./Job.ts";

/**
 * Multipliers from a pay interval to a yearly amount: the original review's
 * convention, kept so the figures match it. A "month" is 4 weeks and a "year"
 * 12 such months (48 weeks), and a week is 40 hours or 5 days, so hourly pay
 * ×1,920 undercounts a 52-week year by about 8%.
 */
export const PAY_CONVENTION = {
  hoursPerWeek: 40,
  daysPerWeek: 5,
  weeksPerMonth: 4,
  monthsPerYear: 12,
  /** The weeks a calendar year really has, to say how much the convention undercounts. */
  weeksInYear: 52,
} as const;

const { hoursPerWeek, daysPerWeek, weeksPerMonth, monthsPerYear } = PAY_CONVENTION;

export const YEARLY_FACTOR: Readonly<Record<PayInterval, number>> = {
  yearly: 1,
  monthly: monthsPerYear,
  weekly: weeksPerMonth * monthsPerYear,
  daily: daysPerWeek * weeksPerMonth * monthsPerYear,
  hourly: hoursPerWeek * weeksPerMonth * monthsPerYear,
};

/** Is this string one of JobSpy's pay intervals? */
export function isPayInterval(value: string): value is PayInterval {
  return Object.hasOwn(YEARLY_FACTOR, value);
}

/** Converts an amount paid per `interval` to a yearly amount (see {@link YEARLY_FACTOR}). */
export function toYearly(amount: number, interval: PayInterval): number {
  return amount * YEARLY_FACTOR[interval];
}
