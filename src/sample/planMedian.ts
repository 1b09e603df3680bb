/**
 * How to complete a list of numbers so that its median is exactly a target:
 * `low` new values strictly below `lowBound`, `high` new values strictly
 * above `highBound`, and the exact values in `exact`. pandas' median: the
 * middle value, or the mean of the two middle values of an even count.
 */
export interface MedianPlan {
  readonly low: number;
  readonly lowBound: number;
  readonly exact: readonly number[];
  readonly high: number;
  readonly highBound: number;
}

/**
 * Plans `free` new values that, added to `fixed`, give the median `median`;
 * null when no such values exist. For an even total the two middle values
 * are `a` and `2·median − a`: `a` is tried from `middles`, candidates the
 * caller proposes (e.g. round numbers just below the median), then from the
 * fixed values (so a fixed value can be a middle one).
 */
export function planMedian(
  fixed: readonly number[],
  free: number,
  median: number,
  middles: readonly number[] = [],
): MedianPlan | null {
  const n = fixed.length + free;
  if (n === 0 || free < 0) return null;
  const below = (x: number) => fixed.filter((v) => v < x).length;
  const above = (x: number) => fixed.filter((v) => v > x).length;
  const equal = (x: number) => fixed.filter((v) => v === x).length;

  if (n % 2 === 1) return around(median, (n - 1) / 2, 1);

  const k = n / 2;
  const candidates = [
    ...middles.filter((a) => a < median),
    ...fixed.map((v) => (v <= median ? v : 2 * median - v)),
  ];
  for (const a of candidates) {
    const b = 2 * median - a;
    if (fixed.some((v) => v > a && v < b)) continue;
    const extraA = equal(a) > 0 ? 0 : 1;
    const extraB = equal(b) > 0 ? 0 : 1;
    const low = k - below(a) - equal(a) - extraA;
    const high = k - above(b) - equal(b) - extraB;
    if (low < 0 || high < 0 || low + high + extraA + extraB !== free) continue;
    return { low, lowBound: a, exact: [...(extraA ? [a] : []), ...(extraB ? [b] : [])], high, highBound: b };
  }
  // Both middle values equal to the median.
  return around(median, k - 1, 2);

  /** At most `side` values on each side of `m`, at least `atLeast` equal to it. */
  function around(m: number, side: number, atLeast: number): MedianPlan | null {
    const l = below(m);
    const g = above(m);
    if (l > side || g > side) return null;
    const mid = Math.max(0, atLeast - equal(m));
    const rest = free - mid;
    if (rest < 0) return null;
    const lowMin = Math.max(0, rest - (side - g));
    const lowMax = Math.min(side - l, rest);
    if (lowMin > lowMax) return null;
    // Balance the new values around the median, as real pay lists are.
    const low = Math.min(lowMax, Math.max(lowMin, Math.round(rest / 2)));
    return { low, lowBound: m, exact: Array.from({ length: mid }, () => m), high: rest - low, highBound: m };
  }
}
