/**
 * A date as readers in the US expect it ("November 25, 2025"). Formatted in UTC because
 * frontmatter dates are calendar days parsed as UTC midnight: a local time zone west of
 * UTC would otherwise show the previous day.
 */
export function formatDate(date: Date): string {
  return date.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
}

/** The `YYYY-MM-DD` form of a date, for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
