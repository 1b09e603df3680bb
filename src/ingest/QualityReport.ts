/**
 * Row-level problems the ingest counts instead of stopping on. Each kind says
 * what was done about it, so the report can be read as "nothing was dropped
 * without being counted".
 */
export const ISSUE_KINDS = {
  "ragged-row": { action: "row skipped", about: "the record has more or fewer cells than the header" },
  "missing-id": { action: "row skipped", about: "the id cell is empty" },
  "duplicate-id": { action: "row kept (the original analysis counts every row)", about: "an id seen earlier in this dataset" },
  "missing-area": { action: "row kept, area taken from location", about: "the area cell is empty" },
  "bad-amount": { action: "pay ignored", about: "min_amount or max_amount is not a usable number (text, negative, infinite or implausibly large)" },
  "one-sided-pay": { action: "pay kept, the stated bound used for both", about: "only one of min_amount and max_amount is given" },
  "min-above-max": { action: "pay ignored", about: "min_amount is larger than max_amount" },
  "unknown-interval": { action: "pay ignored", about: "interval is not one of yearly, monthly, weekly, daily, hourly" },
  "pay-without-interval": { action: "pay ignored", about: "amounts are given without an interval" },
  "interval-without-amount": { action: "pay ignored", about: "an interval is given without amounts" },
  "non-usd": { action: "pay kept in its currency, left out of the US-dollar figures", about: "currency is not USD" },
  "pay-without-currency": { action: "pay kept without a currency (the US-dollar figures count it as USD)", about: "amounts are given without a currency" },
  "bad-date": { action: "date ignored", about: "date_posted is not a valid YYYY-MM-DD date" },
  "future-date": { action: "row kept", about: "date_posted is later than the day the data was processed" },
  "bad-boolean": { action: "is_remote ignored", about: "is_remote is neither True nor False" },
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
  readonly layout: "jobspy-34" | "jobspy-28" | "other";
  readonly records: number;
  readonly rowsKept: number;
  readonly blankLines: number;
  /** Header names the pipeline does not know: read past, not used. */
  readonly unknownColumns: readonly string[];
  /** Known JobSpy columns the file lacks (counted as empty). */
  readonly absentColumns: readonly string[];
}

/** The data-quality report of one dataset: JSON-able, deterministic. */
export interface QualityReport {
  readonly dataset: string;
  readonly source: string;
  readonly mode: "folder" | "merged-csv" | "plain-csv";
  /** How each row's area was decided, in words. */
  readonly areaSource: string;
  readonly files: readonly FileReport[];
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
