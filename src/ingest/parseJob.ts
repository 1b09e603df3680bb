import type { Job, Pay } from "./Job.ts";
import type { IssueKind, IssueLog } from "./QualityReport.ts";
import { parseAmount, parseBoolean, type ParsedDate } from "./cells.ts";
import type { JobLevelReading } from "./jobLevel.ts";
import { isPayInterval, toYearly } from "./yearlyPay.ts";
import { extractFeatures, NOT_EXTRACTED } from "./text/extractFeatures.ts";

/** A yearly amount above this is taken for a scraping error, not a salary. */
export const IMPLAUSIBLE_YEARLY_PAY = 100_000_000;

/** What {@link parseJob} needs besides the cells. */
export interface RowContext {
  readonly file: string;
  readonly line: number;
  /** The searched area for this row, already decided by the reader; null when the data names none. */
  readonly area: string | null;
  readonly issues: IssueLog;
  /**
   * Returns a compact copy of a string, shared when it repeats, to keep big
   * datasets small (a parser substring would keep its whole chunk alive).
   */
  readonly intern: (text: string) => string;
  /** Returns a compact copy of a string that rarely repeats (an id). */
  readonly copy: (text: string) => string;
  /** Splits a job_type cell ("fulltime, contract") into a shared, frozen list. */
  readonly jobTypes: (cell: string) => readonly string[];
  /** {@link parseDate}, remembered per cell (a dataset has few distinct dates). */
  readonly date: (cell: string) => ParsedDate | null;
  /** {@link readJobLevel}, remembered per cell. */
  readonly level: (cell: string) => JobLevelReading;
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

/**
 * Turns one record's cells into a {@link Job} (dates read with `parseDate`,
 * levels with `readJobLevel`, through the context's memos). `get(column)` returns a cell as
 * {@link cellValue} reads it (null when missing, or when the file's layout
 * has no such column). Returns null (after logging why) only for a row that
 * cannot be used at all; every other problem is logged and the bad field
 * left out. Dates later than the data's as-of date are checked afterwards,
 * over the whole dataset (see loadDataset).
 */
export function parseJob(get: (column: string) => string | null, ctx: RowContext): Job | null {
  const log: Log = (kind, column, detail) => ctx.issues.add(kind, { file: ctx.file, line: ctx.line, column, detail });

  /** The cell trimmed, null when missing or blank. */
  const cell = (column: string) => {
    const value = get(column);
    return value === null || isBlank(value) ? null : value.trim();
  };
  /** {@link cell}, shared with every other row that has the same text. */
  const text = (column: string) => {
    const value = cell(column);
    return value === null ? null : ctx.intern(value);
  };
  const siteCell = cell("site");
  // Interned after lower-casing (only then: each lookup hashes the cell): one shared string per board, not one per row.
  const site = siteCell === null ? null : ctx.intern(siteCell.toLowerCase());

  let id = get("id")?.trim() || null;
  if (id === null) {
    const url = get("job_url")?.trim() || null;
    if (url === null) {
      log("missing-id", "id", "no id and no job_url");
      return null;
    }
    id = deriveId(site, url);
    log("derived-id", "id", id);
  }

  let datePosted: string | null = null;
  const dateCell = get("date_posted")?.trim() || null;
  if (dateCell !== null) {
    const date = ctx.date(dateCell);
    if (date === null) log("bad-date", "date_posted", dateCell);
    else if (date.year < EARLIEST_PLAUSIBLE_YEAR) log("implausible-date", "date_posted", dateCell);
    else {
      if (date.form === "month-day-year") log("month-day-year-date", "date_posted", `${dateCell} → ${date.iso}`);
      datePosted = ctx.intern(date.iso);
    }
  }

  const remoteCell = get("is_remote");
  let isRemote: boolean | null = null;
  if (remoteCell !== null) {
    const parsed = parseBoolean(remoteCell);
    if (parsed === undefined) log("bad-boolean", "is_remote", remoteCell);
    else isRemote = parsed;
  }

  let jobLevel: string | null = null;
  const levelCell = cell("job_level");
  if (levelCell !== null) {
    const reading = ctx.level(levelCell);
    if (!reading.known) log("unknown-level", "job_level", levelCell);
    jobLevel = ctx.intern(reading.level);
  }

  return {
    id: ctx.copy(id),
    site,
    title: text("title"),
    company: text("company"),
    location: text("location"),
    area: ctx.area,
    searchTerm: text("search_term"),
    datePosted,
    jobType: ctx.jobTypes(get("job_type") ?? ""),
    pay: parsePay(get, site, ctx.intern, log),
    isRemote,
    jobLevel,
    jobFunction: text("job_function"),
    companyIndustry: text("company_industry"),
    // Skill names are the vocabulary's own strings, shared by every row already.
    features: ctx.features === false ? NOT_EXTRACTED : extractFeatures(get("description") ?? ""),
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

function parsePay(
  get: (column: string) => string | null,
  site: string | null,
  intern: (text: string) => string,
  log: Log,
): Pay | null {
  let intervalCell = get("interval")?.trim().toLowerCase() || null;
  // JobSpy writes -1 for a bound the board does not give.
  const bound = (column: string) => {
    const cell = get(column);
    if (cell !== null && cell.trim() !== "" && parseAmount(cell) === -1) {
      log("amount-minus-one", column, cell);
      return null;
    }
    return cell;
  };
  const minCell = bound("min_amount");
  const maxCell = bound("max_amount");
  if (intervalCell === null && minCell === null && maxCell === null) return null;

  const currency = get("currency")?.trim().toUpperCase() || null;
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
  return { interval, min, max, currency: currency === null ? null : intern(currency) };
}
