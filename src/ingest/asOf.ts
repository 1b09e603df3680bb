import type { AsOf } from "./QualityReport.ts";
import { daysBetween } from "./cells.ts";

/** Dates further apart than this start a new group: a year between postings of one scrape does not happen. */
export const AS_OF_GAP_DAYS = 366;
/** A trailing group of dates smaller than this share of the dated rows (and than {@link AS_OF_MIN_ROWS}) is not the scrape's. */
export const AS_OF_MIN_SHARE = 0.05;
export const AS_OF_MIN_ROWS = 2;

/**
 * The day a dataset is "as of", from its rows alone (no clock): the latest
 * date_posted, once stray dates far after the others are set aside. The
 * rows' dates are sorted and cut into groups wherever two consecutive dates
 * are more than {@link AS_OF_GAP_DAYS} days apart; while more than one group
 * is left, the last group is set aside when it holds fewer rows than
 * {@link AS_OF_MIN_ROWS} or than {@link AS_OF_MIN_SHARE} of the dated rows
 * (a "2099-01-01" typo, a spreadsheet's "2052"). The as-of day is the last
 * date of the last group kept; the dates set aside are then future-date.
 * Scrapes of several years concatenated keep every year: each is a big group.
 *
 * `counts`: rows per date (YYYY-MM-DD).
 */
export function deriveAsOf(counts: ReadonlyMap<string, number>): AsOf {
  const dates = [...counts.keys()].sort();
  if (dates.length === 0) {
    return { date: null, source: "none", rule: "no row has a usable date_posted and no as-of date was given, so no date is checked against one" };
  }
  const groups: { last: string; rows: number }[] = [];
  let previous: string | null = null;
  for (const date of dates) {
    if (previous === null || daysBetween(previous, date) > AS_OF_GAP_DAYS) groups.push({ last: date, rows: 0 });
    const group = groups.at(-1)!;
    group.last = date;
    group.rows += counts.get(date)!;
    previous = date;
  }
  const total = groups.reduce((n, g) => n + g.rows, 0);
  const enough = Math.max(AS_OF_MIN_ROWS, AS_OF_MIN_SHARE * total);
  let kept = groups.length;
  while (kept > 1 && groups[kept - 1]!.rows < enough) kept--;
  const setAside = groups.slice(kept).reduce((n, g) => n + g.rows, 0);
  return {
    date: groups[kept - 1]!.last,
    source: "data",
    rule: "the latest date_posted" + (setAside === 0 ? "" : `, leaving out ${setAside} row${setAside === 1 ? "" : "s"} dated more than a year after all the others`) +
      "; no scrape date was given (the dataset's metadata or JOBS_TODAY can pin one)",
  };
}
