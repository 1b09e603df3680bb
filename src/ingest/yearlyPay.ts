import type { PayInterval } from "./Job.ts";

/**
 * Multipliers from a pay interval to a yearly amount: the original review's
 * convention, kept so the figures match it. A "month" is 4 weeks and a "year"
 * 12 such months (48 weeks), and a week is 40 hours or 5 days, so hourly pay
 * ×1,920 undercounts a 52-week year by about 8%.
 */
export const YEARLY_FACTOR: Readonly<Record<PayInterval, number>> = {
  yearly: 1,
  monthly: 12,
  weekly: 48,
  daily: 240,
  hourly: 1920,
};

/** Is this string one of JobSpy's pay intervals? */
export function isPayInterval(value: string): value is PayInterval {
  return Object.hasOwn(YEARLY_FACTOR, value);
}

/** Converts an amount paid per `interval` to a yearly amount (see {@link YEARLY_FACTOR}). */
export function toYearly(amount: number, interval: PayInterval): number {
  return amount * YEARLY_FACTOR[interval];
}
