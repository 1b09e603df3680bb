import type { Job, Pay } from "./Job.ts";
import type { IssueLog } from "./QualityReport.ts";
import { isIsoDate, parseAmount, parseBoolean } from "./cells.ts";
import { isPayInterval, toYearly } from "./yearlyPay.ts";
import { extractFeatures } from "./text/extractFeatures.ts";

/** A yearly amount above this is taken for a scraping error, not a salary. */
export const IMPLAUSIBLE_YEARLY_PAY = 100_000_000;

/** What {@link parseJob} needs besides the cells. */
export interface RowContext {
  readonly file: string;
  readonly line: number;
  /** The searched area for this row, already decided by the reader. */
  readonly area: string;
  readonly issues: IssueLog;
  /** Latest acceptable `date_posted` (YYYY-MM-DD); later dates are reported. */
  readonly today: string;
  /**
   * Returns a compact copy of a string, shared when it repeats, to keep big
   * datasets small (a parser substring would keep its whole chunk alive).
   */
  readonly intern: (text: string) => string;
  /** Returns a compact copy of a string that rarely repeats (an id). */
  readonly copy: (text: string) => string;
  /** Splits a job_type cell ("fulltime, contract") into a shared, frozen list. */
  readonly jobTypes: (cell: string) => readonly string[];
}

/**
 * Turns one record's cells into a {@link Job}. `get(column)` returns a cell as
 * {@link cellValue} reads it. Returns null (after logging why) only for a row
 * that cannot be used at all; every other problem is logged and the bad field
 * left out.
 */
export function parseJob(get: (column: string) => string | null, ctx: RowContext): Job | null {
  const log = (kind: Parameters<IssueLog["add"]>[0], column: string, detail: string) =>
    ctx.issues.add(kind, { file: ctx.file, line: ctx.line, column, detail });

  const id = get("id")?.trim();
  if (!id) {
    log("missing-id", "id", "");
    return null;
  }

  let datePosted = get("date_posted")?.trim() ?? null;
  if (datePosted !== null && !isIsoDate(datePosted)) {
    log("bad-date", "date_posted", datePosted);
    datePosted = null;
  } else if (datePosted !== null && datePosted > ctx.today) {
    log("future-date", "date_posted", datePosted);
  }

  const remoteCell = get("is_remote");
  let isRemote: boolean | null = null;
  if (remoteCell !== null) {
    const parsed = parseBoolean(remoteCell);
    if (parsed === undefined) log("bad-boolean", "is_remote", remoteCell);
    else isRemote = parsed;
  }

  const text = (column: string) => {
    const value = get(column)?.trim();
    return value ? ctx.intern(value) : null;
  };

  return {
    id: ctx.copy(id),
    site: text("site")?.toLowerCase() ?? null,
    title: text("title"),
    company: text("company"),
    location: text("location"),
    area: ctx.area,
    searchTerm: text("search_term"),
    datePosted: datePosted === null ? null : ctx.intern(datePosted),
    jobType: ctx.jobTypes(get("job_type") ?? ""),
    pay: parsePay(get, ctx.intern, log),
    isRemote,
    jobLevel: text("job_level"),
    jobFunction: text("job_function"),
    companyIndustry: text("company_industry"),
    // Skill names are the vocabulary's own strings, shared by every row already.
    features: extractFeatures(get("description") ?? ""),
    file: ctx.file,
    line: ctx.line,
  };
}

function parsePay(
  get: (column: string) => string | null,
  intern: (text: string) => string,
  log: (kind: Parameters<IssueLog["add"]>[0], column: string, detail: string) => void,
): Pay | null {
  const intervalCell = get("interval")?.trim().toLowerCase() ?? null;
  const minCell = get("min_amount");
  const maxCell = get("max_amount");
  if (intervalCell === null && minCell === null && maxCell === null) return null;

  if (intervalCell === null) {
    log("pay-without-interval", "interval", `${minCell ?? ""}-${maxCell ?? ""}`);
    return null;
  }
  if (!isPayInterval(intervalCell)) {
    log("unknown-interval", "interval", intervalCell);
    return null;
  }
  if (minCell === null && maxCell === null) {
    log("interval-without-amount", "min_amount", intervalCell);
    return null;
  }
  const amount = (column: string, cell: string | null): number | null => {
    if (cell === null) return null;
    const value = parseAmount(cell);
    if (!Number.isFinite(value) || value < 0 || toYearly(value, intervalCell) > IMPLAUSIBLE_YEARLY_PAY) {
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
  const currency = get("currency")?.trim().toUpperCase() ?? null;
  if (currency === null) {
    log("pay-without-currency", "currency", "");
  } else if (currency !== "USD") {
    // Kept, with its currency: the analyses group pay by currency.
    log("non-usd", "currency", currency);
  }
  return { interval: intervalCell, min, max, currency: currency === null ? null : intern(currency) };
}

