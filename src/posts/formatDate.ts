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

const dayFormat = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

/**
 * Two calendar days (`YYYY-MM-DD`) as one span of days, as US readers write it: "November 18 – 21, 2025",
 * "October 30 – November 2, 2025", "December 30, 2024 – January 2, 2025"; one day when both are the same.
 * Throws on a string that is not a calendar day, so a malformed date never reaches a page.
 */
export function formatDayRange(from: string, to: string = from): string {
  const [a, b] = [from, to].map((day) => {
    const date = new Date(`${day}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime()) || isoDay(date) !== day) throw new Error(`"${day}" is not a calendar day (YYYY-MM-DD)`);
    return date;
  }) as [Date, Date];
  return a.getTime() > b.getTime() ? dayFormat.formatRange(b, a) : dayFormat.formatRange(a, b);
}
