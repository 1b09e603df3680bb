import type { LabelValue } from "../lib/LabelValue.ts";

/**
 * Row-level problems the ingest counts instead of stopping on. Each kind says
 * what was done about it, so the report can be read as "nothing was dropped
 * without being counted".
 */
export const ISSUE_KINDS = {
  "repeated-header": { action: "row skipped", about: "a header row in the middle of a file, where two exports were concatenated (not a posting; a header naming other columns is read as the header of the rows after it)" },
  "ragged-row": { action: "row skipped", about: "the record has more or fewer cells than the header" },
  "missing-id": { action: "row skipped", about: "neither an id nor a job_url is given" },
  "derived-id": { action: "row kept, its id derived from job_url (li-<number> for LinkedIn URLs, else url:<job_url>)", about: "the layout has no id column (JobSpy before 2024), or the id cell is empty" },
  "duplicate-id": { action: "row kept (the original analysis counts every row)", about: "an id seen earlier in this dataset" },
  "missing-area": { action: "row kept, area taken from location", about: "the area cell is empty" },
  "amount-minus-one": { action: "that bound read as not given", about: "min_amount or max_amount is -1, which scrapes write for \"not given\"" },
  "bad-amount": { action: "pay ignored", about: "min_amount or max_amount is not a usable number (text, negative, infinite or implausibly large)" },
  "one-sided-pay": { action: "pay kept, the stated bound used for both", about: "only one of min_amount and max_amount is given" },
  "min-above-max": { action: "pay ignored", about: "min_amount is larger than max_amount" },
  "unknown-interval": { action: "pay ignored", about: "interval is not one of yearly, monthly, weekly, daily, hourly" },
  "naukri-yearly-pay": { action: "pay kept as yearly", about: "a Naukri amount without an interval: JobSpy reads Naukri pay only from per-annum figures (\"12-16 Lacs P.A.\", \"1-5 Cr\")" },
  "pay-without-interval": { action: "pay ignored", about: "amounts are given without an interval" },
  "interval-without-amount": { action: "pay ignored", about: "an interval is given without amounts" },
  "non-usd": { action: "pay kept in its currency: the pay figures are in the dominant currency and count the others", about: "currency is not USD" },
  "pay-without-currency": { action: "pay kept without a currency: left out of the pay figures unless the dataset's metadata names one (currencyWhenMissing)", about: "amounts are given without a currency" },
  "month-day-year-date": { action: "date read as month/day/year", about: "date_posted is written M/D/YYYY: a spreadsheet re-saved the file" },
  "bad-date": { action: "date ignored", about: "date_posted is not a calendar date written YYYY-MM-DD or M/D/YYYY" },
  "implausible-date": { action: "date ignored", about: "date_posted is before 2000: a typo or a spreadsheet's conversion, not a job board's date" },
  "future-date": { action: "date ignored", about: "date_posted is later than the data's as-of date (see asOf)" },
  "bad-boolean": { action: "is_remote ignored", about: "is_remote is neither True nor False" },
  "unknown-level": { action: "row kept, the level kept as written (lower case)", about: "job_level is not one of LinkedIn's seniority levels (internship, entry level, associate, mid-senior level, director, executive, not applicable) in any casing" },
} as const;

export type IssueKind = keyof typeof ISSUE_KINDS;

/** Where one problem was found. */
export interface IssueExample {
  readonly file: string;
  readonly line: number;
  readonly column: string;
  /** The offending value or a short explanation; untrusted text, render as text. */
  readonly detail: string;
}

/** What the ingest learnt about one input file. */
export interface FileReport {
  readonly file: string;
  /** The searched area the manifest gives this file, when read from a folder. */
  readonly area: string | null;
  /**
   * The JobSpy layout the header matches (see src/ingest/layouts.ts):
   * "jobspy-11", "jobspy-17", "jobspy-26", "jobspy-28", "jobspy-31",
   * "jobspy-34"; versions concatenated joined by "+"
   * ("jobspy-17+jobspy-26+jobspy-34"); "<layout>-subset"; or "other". When a
   * second header with other columns appears mid-file, the layouts of both.
   */
  readonly layout: string;
  /** The layout in words: "JobSpy's 17-column layout (2023), reordered, with the user's columns search_term". */
  readonly layoutDescription: string;
  /** The header as written (trimmed), every column: what this file's rows can have. */
  readonly columns: readonly string[];
  /** User-added columns read from this file (search_term, source, lang). */
  readonly userColumns: readonly string[];
  /** Rows whose id was derived from job_url (also counted as "derived-id" issues). */
  readonly derivedIds: number;
  /** Header rows repeated mid-file (also counted as "repeated-header" issues). */
  readonly repeatedHeaders: number;
  readonly records: number;
  readonly rowsKept: number;
  readonly blankLines: number;
  /** Header names the pipeline does not know: read past, not used. */
  readonly unknownColumns: readonly string[];
  /** Columns of JobSpy's current 34 the file lacks: "not in this layout" (null on its rows), not "empty". */
  readonly absentColumns: readonly string[];
}

/**
 * The reference day of a dataset. No clock is read: the same data gives the
 * same day on any machine, on any day.
 */
export interface AsOf {
  /** `YYYY-MM-DD`, or null when no row has a usable date and none was pinned. */
  readonly date: string | null;
  /** "pinned": given by the dataset's metadata (its scrape date) or JOBS_TODAY; "data": derived from date_posted. */
  readonly source: "pinned" | "data" | "none";
  /** How it was decided, in words. */
  readonly rule: string;
}

/** The data-quality report of one dataset: JSON-able, deterministic. */
export interface QualityReport {
  readonly dataset: string;
  readonly source: string;
  readonly mode: "folder" | "merged-csv" | "plain-csv";
  /** How each row's area was decided, in words. */
  readonly areaSource: string;
  readonly files: readonly FileReport[];
  /** The day the data is taken to be "as of": dates after it are future-date issues. */
  readonly asOf: AsOf;
  readonly rowsRead: number;
  readonly rowsKept: number;
  readonly rowsSkipped: number;
  readonly issues: readonly {
    readonly kind: IssueKind;
    readonly action: string;
    readonly about: string;
    readonly count: number;
    /** The first {@link MAX_EXAMPLES} occurrences, in file order. */
    readonly examples: readonly IssueExample[];
  }[];
  /** job_level labels that are not LinkedIn's (the "unknown-level" rows), with counts, most first. */
  readonly unknownLevels: readonly LabelValue<"level", "count">[];
  /** Folder mode: CSV files in the folder that areas.csv does not list (not read). */
  readonly unlistedFiles: readonly string[];
}

/** How many occurrences of each issue kind the report lists one by one. */
export const MAX_EXAMPLES = 200;

/** Collects issues while rows stream past; `toJSON` orders them by kind. */
export class IssueLog {
  readonly #counts = new Map<IssueKind, number>();
  readonly #examples = new Map<IssueKind, IssueExample[]>();

  add(kind: IssueKind, example: IssueExample): void {
    this.#counts.set(kind, (this.#counts.get(kind) ?? 0) + 1);
    let list = this.#examples.get(kind);
    if (!list) this.#examples.set(kind, (list = []));
    if (list.length < MAX_EXAMPLES) list.push({ ...example, detail: clip(example.detail) });
  }

  count(kind: IssueKind): number {
    return this.#counts.get(kind) ?? 0;
  }

  toJSON(): QualityReport["issues"] {
    return (Object.keys(ISSUE_KINDS) as IssueKind[])
      .filter((kind) => this.#counts.has(kind))
      .map((kind) => ({
        kind,
        ...ISSUE_KINDS[kind],
        count: this.#counts.get(kind) ?? 0,
        examples: this.#examples.get(kind) ?? [],
      }));
  }
}

function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
