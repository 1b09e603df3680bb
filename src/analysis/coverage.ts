import type { Job } from "../ingest/Job.ts";
import { compareText } from "../lib/compareText.ts";
import { boardName } from "./boards.ts";

/** How many postings of one board carry a field. */
export interface BoardCoverage {
  readonly site: string;
  readonly given: number;
  readonly of: number;
}

/**
 * How many postings carry a field, so a share can say what it is a share
 * of: "job level is given for 299 of 684 postings, all from LinkedIn".
 */
export interface Coverage {
  /** Postings that carry the field. */
  readonly given: number;
  /** All postings considered. */
  readonly of: number;
  /** Postings that do not carry it. */
  readonly notGiven: number;
  /** given / of; null without postings. */
  readonly share: number | null;
  /** True when every posting carries it (and there is at least one). */
  readonly complete: boolean;
  /** Per board (`site`), most postings first (ties alphabetical); postings without a board are not listed. */
  readonly boards: readonly BoardCoverage[];
  /**
   * The one board every posting that carries the field comes from, when the
   * data has postings from other boards too ("all from LinkedIn"); null when
   * the data has one board only, when several boards carry it, or when none does.
   */
  readonly onlyFrom: string | null;
  /** That board's name for readers ("LinkedIn"), for the sentence; null with onlyFrom. */
  readonly onlyFromName: string | null;
}

/** Counts the postings for which `has` holds, overall and per board. */
export function coverage(rows: readonly Job[], has: (job: Job) => boolean): Coverage {
  const boards = new Map<string, { given: number; of: number }>();
  let given = 0;
  let givenWithoutBoard = 0;
  for (const r of rows) {
    const carries = has(r);
    if (carries) given++;
    if (r.site === null) {
      if (carries) givenWithoutBoard++;
      continue;
    }
    let b = boards.get(r.site);
    if (b === undefined) boards.set(r.site, (b = { given: 0, of: 0 }));
    b.of++;
    if (carries) b.given++;
  }
  const list = [...boards].map(([site, b]) => ({ site, ...b })).sort((a, b) => b.of - a.of || compareText(a.site, b.site));
  const carrying = list.filter((b) => b.given > 0);
  const several = list.length + (rows.some((r) => r.site === null) ? 1 : 0) > 1;
  const onlyFrom = several && carrying.length === 1 && givenWithoutBoard === 0 ? carrying[0]!.site : null;
  return {
    given,
    of: rows.length,
    notGiven: rows.length - given,
    share: rows.length === 0 ? null : given / rows.length,
    complete: rows.length > 0 && given === rows.length,
    boards: list,
    onlyFrom,
    onlyFromName: onlyFrom === null ? null : boardName(onlyFrom),
  };
}

/** A share that exists only when its base does: part / whole, or null when whole is 0. */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
