import { formatNumber } from "../../lib/formatNumber.ts";

/**
 * The clause a chart's description adds about the staffing firms its analysis left out
 * (their names, most postings first), or none when the data holds none.
 */
export function staffingLeftOut(excluded: readonly string[]): string {
  if (excluded.length === 0) return "";
  return excluded.length === 1
    ? `; one staffing firm left out (${excluded[0]!}, by the rule on the About page)`
    : `; ${formatNumber(excluded.length)} staffing firms left out (by the rule on the About page)`;
}
