import { bisectRight } from "d3-array";

// Round steps per decade; 2.5 is included because 25, 50, 75 … reads naturally and often
// gives a better number of bins than d3's 1-2-5 steps.
const STEPS = [1, 2, 2.5, 5];

/**
 * Round thresholds (multiples of 1, 2, 2.5 or 5 × 10^k) strictly inside (min, max),
 * splitting the range into about five colour bins and never more than `maxBins`.
 * Empty when the range is a single value.
 */
export function niceThresholds(min: number, max: number, maxBins = 6): number[] {
  if (!(max > min) || !Number.isFinite(min) || !Number.isFinite(max)) return [];
  const decade = 10 ** Math.floor(Math.log10(max - min));
  let best: number[] = [];
  for (const scale of [decade / 100, decade / 10, decade]) {
    for (const factor of STEPS) {
      const step = factor * scale;
      const inside: number[] = [];
      for (let t = Math.floor(min / step + 1) * step; t < max && inside.length < maxBins; t += step) {
        inside.push(Number(t.toPrecision(12)));
      }
      const bins = inside.length + 1;
      if (bins > maxBins) continue;
      // Closest to five bins; on a tie the larger step (seen later) wins.
      if (Math.abs(bins - 5) <= Math.abs(best.length + 1 - 5)) best = inside;
    }
  }
  return best;
}

/** The bin (0 … thresholds.length) holding `value`: a value equal to a threshold goes above it. */
export function binOf(value: number, thresholds: readonly number[]): number {
  return bisectRight(thresholds, value);
}
