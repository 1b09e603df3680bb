import type { Job, Pay } from "./Job.ts";
import type { IssueKind, IssueLog } from "./QualityReport.ts";
import { CellDictionary, flatCopy } from "./cellDictionary.ts";
import { parseAmount, parseBoolean, parseDate, type ParsedDate } from "./cells.ts";
import { readJobLevel, type JobLevelReading } from "./jobLevel.ts";
import { isPayInterval, toYearly } from "./yearlyPay.ts";
import { extractFeatures, NOT_EXTRACTED } from "./text/extractFeatures.ts";

/** A yearly amount above this is taken for a scraping error, not a salary. */
export const IMPLAUSIBLE_YEARLY_PAY = 100_000_000;

/**
 * The columns a row is read from, by number: a layout finds each one's cell
 * once per header (see loadDataset), not by name in every row. `area` is
 * read by loadDataset, the others here.
 */
export const COLUMN = {
  id: 0, site: 1, job_url: 2, title: 3, company: 4, location: 5, area: 6, search_term: 7, date_posted: 8,
  job_type: 9, interval: 10, min_amount: 11, max_amount: 12, currency: 13, is_remote: 14, job_level: 15,
  job_function: 16, company_industry: 17, description: 18,
} as const;

/** The names of {@link COLUMN}, in its order. */
export const ROW_COLUMNS = Object.keys(COLUMN) as readonly (keyof typeof COLUMN)[];

type Column = (typeof COLUMN)[keyof typeof COLUMN];

/** One record's cells, as {@link parseJob} reads them. */
export interface RowCells {
  /**
   * The cell as {@link cellValue} reads it: null when missing, or when the
   * file's layout has no such column. The description is left escaped (see loadDataset).
   */
  get(column: Column): string | null;
  /** What `dictionary` reads the cell as (the same cell as {@link get}), remembered per distinct cell. */
  read<T>(column: Column, dictionary: CellDictionary<T>): T;
}

/** What {@link parseJob} needs besides the cells. */
export interface RowContext {
  readonly file: string;
  readonly line: number;
  /** The searched area for this row, already decided by the reader; null when the data names none. */
  readonly area: string | null;
  readonly issues: IssueLog;
  /** The dataset's dictionaries (from {@link jobDictionaries}): one per repeating column. */
  readonly dictionaries: JobDictionaries;
  /** false: the description is not read, and the row's features are {@link NOT_EXTRACTED} (default true). */
  readonly features?: boolean;
}

/** Dates before this year are not job-board dates: a typo or a spreadsheet's conversion (reported, ignored). */
export const EARLIEST_PLAUSIBLE_YEAR = 2000;

/** Text with no visible character (spaces, zero-width spaces, a lone BOM): "not given". */
const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;

/** {@link BLANK}, without running it on the usual cell, which starts with a visible ASCII character. */
function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  return !(first > 0x20 && first < 0x7f) && BLANK.test(text);
}

type Log = (kind: IssueKind, column: string, detail: string) => void;

/** The cell trimmed, null when missing or blank: a text field. */
function text(value: string | null): string | null {
  return value === null || isBlank(value) ? null : value.trim();
}

/** The cell trimmed, null when missing or empty after trimming. */
function trimmed(value: string | null): string | null {
  return value?.trim() || null;
}

/**
 * How a row reads each column that repeats, one dictionary per column (see
 * {@link CellDictionary}): strings are trimmed and copied once per distinct
 * cell, and shared by every row that has it, which keeps big datasets small.
 */
export function jobDictionaries() {
  return {
    text: {
      title: new CellDictionary(text), company: new CellDictionary(text), location: new CellDictionary(text),
      searchTerm: new CellDictionary(text), jobFunction: new CellDictionary(text), companyIndustry: new CellDictionary(text),
    },
    // Lower-cased: one string per board, whatever the casing.
    site: new CellDictionary((value) => text(value)?.toLowerCase() ?? null),
    // The row's area, as loadDataset takes it from the area or location cell.
    area: new CellDictionary(trimmed),
    areaFromLocation: new CellDictionary(trimmed),
    date: new CellDictionary((value): { cell: string; date: ParsedDate | null } | null => {
      const cell = trimmed(value);
      return cell === null ? null : { cell, date: parseDate(cell) };
    }),
    // undefined: not a boolean (reported).
    isRemote: new CellDictionary((value) => (value === null ? null : parseBoolean(value))),
    level: new CellDictionary((value): { cell: string; reading: JobLevelReading } | null => {
      const cell = text(value);
      return cell === null ? null : { cell, reading: readJobLevel(cell) };
    }),
    jobType: new CellDictionary((value) => Object.freeze((value ?? "").split(",").map((t) => t.trim()).filter(Boolean))),
    interval: new CellDictionary((value) => value?.trim().toLowerCase() || null),
    currency: new CellDictionary((value) => value?.trim().toUpperCase() || null),
  };
}

export type JobDictionaries = ReturnType<typeof jobDictionaries>;

/**
 * Turns one record's cells into a {@link Job} (dates read with `parseDate`,
 * levels with `readJobLevel`, through the context's dictionaries). Returns
 * null (after logging why) only for a row that cannot be used at all; every
 * other problem is logged and the bad field left out. Dates later than the
 * data's as-of date are checked afterwards, over the whole dataset (see
 * loadDataset).
 */
export function parseJob(cells: RowCells, ctx: RowContext): Job | null {
  const log: Log = (kind, column, detail) => ctx.issues.add(kind, { file: ctx.file, line: ctx.line, column, detail });
  const d = ctx.dictionaries;
  const site = cells.read(COLUMN.site, d.site);

  let id = cells.get(COLUMN.id)?.trim() || null;
  if (id === null) {
    const url = cells.get(COLUMN.job_url)?.trim() || null;
    if (url === null) {
      log("missing-id", "id", "no id and no job_url");
      return null;
    }
    id = deriveId(site, url);
    log("derived-id", "id", id);
  }

  let datePosted: string | null = null;
  const posted = cells.read(COLUMN.date_posted, d.date);
  if (posted !== null) {
    const { cell: dateCell, date } = posted;
    if (date === null) log("bad-date", "date_posted", dateCell);
    else if (date.year < EARLIEST_PLAUSIBLE_YEAR) log("implausible-date", "date_posted", dateCell);
    else {
      if (date.form === "month-day-year") log("month-day-year-date", "date_posted", `${dateCell} → ${date.iso}`);
      datePosted = date.iso;
    }
  }

  const remote = cells.read(COLUMN.is_remote, d.isRemote);
  if (remote === undefined) log("bad-boolean", "is_remote", cells.get(COLUMN.is_remote) ?? "");
  const isRemote = remote ?? null;

  let jobLevel: string | null = null;
  const level = cells.read(COLUMN.job_level, d.level);
  if (level !== null) {
    if (!level.reading.known) log("unknown-level", "job_level", level.cell);
    jobLevel = level.reading.level;
  }

  return {
    id: flatCopy(id),
    site,
    title: cells.read(COLUMN.title, d.text.title),
    company: cells.read(COLUMN.company, d.text.company),
    location: cells.read(COLUMN.location, d.text.location),
    area: ctx.area,
    searchTerm: cells.read(COLUMN.search_term, d.text.searchTerm),
    datePosted,
    jobType: cells.read(COLUMN.job_type, d.jobType),
    pay: parsePay(cells, site, d, log),
    isRemote,
    jobLevel,
    jobFunction: cells.read(COLUMN.job_function, d.text.jobFunction),
    companyIndustry: cells.read(COLUMN.company_industry, d.text.companyIndustry),
    // Skill names are the vocabulary's own strings, shared by every row already.
    features: ctx.features === false ? NOT_EXTRACTED : extractFeatures(cells.get(COLUMN.description) ?? ""),
    file: ctx.file,
    line: ctx.line,
  };
}

/**
 * The id of a row whose layout has none (JobSpy before 2024): JobSpy's own
 * form when the URL shows it (LinkedIn's `li-<number>`, from
 * `linkedin.com/jobs/view/<number>`, so the same posting scraped by an older
 * and a newer version is one id), otherwise `url:` and the URL itself.
 * Deterministic: the same row always gets the same id.
 */
export function deriveId(site: string | null, jobUrl: string): string {
  const linkedin = /linkedin\.com\/jobs\/view\/(?:[^/?#]*-)?(\d+)(?:[/?#]|$)/.exec(jobUrl);
  if (linkedin && (site === null || site === "linkedin")) return `li-${linkedin[1]}`;
  return `url:${jobUrl}`;
}

/** JobSpy's Naukri scraper reads pay only from "12-16 Lacs P.A." or "1-5 Cr": yearly amounts, written without an interval. */
const NAUKRI_SITE = "naukri";

function parsePay(cells: RowCells, site: string | null, d: JobDictionaries, log: Log): Pay | null {
  let intervalCell = cells.read(COLUMN.interval, d.interval);
  // JobSpy writes -1 for a bound the board does not give.
  const bound = (column: "min_amount" | "max_amount") => {
    const cell = cells.get(COLUMN[column]);
    if (cell !== null && cell.trim() !== "" && parseAmount(cell) === -1) {
      log("amount-minus-one", column, cell);
      return null;
    }
    return cell;
  };
  const minCell = bound("min_amount");
  const maxCell = bound("max_amount");
  if (intervalCell === null && minCell === null && maxCell === null) return null;

  const currency = cells.read(COLUMN.currency, d.currency);
  if (intervalCell === null) {
    if (site === NAUKRI_SITE && (currency === null || currency === "INR") && (minCell !== null || maxCell !== null)) {
      log("naukri-yearly-pay", "interval", `${minCell ?? ""}-${maxCell ?? ""}`);
      intervalCell = "yearly";
    } else {
      log("pay-without-interval", "interval", `${minCell ?? ""}-${maxCell ?? ""}`);
      return null;
    }
  }
  if (!isPayInterval(intervalCell)) {
    log("unknown-interval", "interval", intervalCell);
    return null;
  }
  const interval = intervalCell;
  if (minCell === null && maxCell === null) {
    log("interval-without-amount", "min_amount", interval);
    return null;
  }
  const amount = (column: string, cell: string | null): number | null => {
    if (cell === null) return null;
    const value = parseAmount(cell);
    if (!Number.isFinite(value) || value < 0 || toYearly(value, interval) > IMPLAUSIBLE_YEARLY_PAY) {
      log("bad-amount", column, cell);
      return Number.NaN;
    }
    return value;
  };
  let min = amount("min_amount", minCell);
  let max = amount("max_amount", maxCell);
  if (Number.isNaN(min) || Number.isNaN(max)) return null;
  if (min === null || max === null) {
    log("one-sided-pay", min === null ? "min_amount" : "max_amount", String(min ?? max));
    min ??= max;
    max ??= min;
  }
  if (min === null || max === null) return null;
  if (min > max) {
    log("min-above-max", "min_amount", `${min} > ${max}`);
    return null;
  }
  if (currency === null) {
    log("pay-without-currency", "currency", "");
  } else if (currency !== "USD") {
    // Kept, with its currency: the analyses group pay by currency.
    log("non-usd", "currency", currency);
  }
  return { interval, min, max, currency };
}
