import { MISSING_TOKENS } from "./columns.ts";
import type { CsvCells } from "./readCsvRows.ts";

const LONGEST_TOKEN = Math.max(...[...MISSING_TOKENS].map((t) => t.length));

/**
 * A cell as pandas would read it: null when missing (empty, `NaN`, `None`...),
 * otherwise the text with pandas' doubled backslashes (its `escapechar`)
 * turned back into single ones.
 */
export function cellValue(raw: string | undefined): string | null {
  if (raw === undefined || isMissing(raw)) return null;
  return raw.includes("\\\\") ? raw.replaceAll("\\\\", "\\") : raw;
}

/**
 * Whether {@link cellValue} reads this cell as missing, without unescaping it
 * (counting non-null cells needs no more; a 5 KB description is not scanned).
 */
export function isMissing(raw: string): boolean {
  // The length and first-character tests first: hashing a cell to look it up costs more than the rest
  // (a 5 KB description, or one of the million short cells of a big file, most not starting like a token).
  if (raw.length === 0) return true;
  if (raw.length > LONGEST_TOKEN) return false;
  const first = raw.charCodeAt(0);
  return first < 128 && TOKEN_START[first] === 1 && MISSING_TOKENS.has(raw);
}

/** {@link isMissing} of cell i of a record, read in place: the usual cell needs no string made. */
export function isMissingCell(cells: CsvCells, i: number): boolean {
  const size = cells.size(i);
  if (size === 0) return true;
  if (size > LONGEST_TOKEN) return false;
  const first = cells.codeAt(i, 0);
  return first < 128 && TOKEN_START[first] === 1 && MISSING_TOKENS.has(cells.cell(i));
}

/** 1 at the (ASCII) code of each token's first character. */
const TOKEN_START = new Uint8Array(128);
for (const token of MISSING_TOKENS) {
  if (token !== "") TOKEN_START[token.charCodeAt(0)] = 1;
}

// `\s` is the set of characters `trim()` removes. Matching around them instead of trimming
// copies nothing: the column counts test the first cell of every column, which may be a 300 MB description.
const NUMBER = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*$/;
const BOOLEAN = /^\s*(?:(true)|false)\s*$/i;

/** Parses a decimal amount such as `90000.0` or `1e5` (spaces around it allowed); NaN for anything else. */
export function parseAmount(text: string): number {
  const number = NUMBER.exec(text);
  return number === null ? Number.NaN : Number(number[1]);
}

/** Parses `True`/`False` (any case, spaces around it allowed); undefined for anything else. */
export function parseBoolean(text: string): boolean | undefined {
  const word = BOOLEAN.exec(text);
  return word === null ? undefined : word[1] !== undefined;
}

/** Is `text` a real calendar date written `YYYY-MM-DD` (any year 0000–9999)? */
export function isIsoDate(text: string): boolean {
  return parseDate(text)?.form === "iso";
}

/** A date cell read as a calendar date. */
export interface ParsedDate {
  /** `YYYY-MM-DD`. */
  readonly iso: string;
  readonly year: number;
  /** How it was written: ISO, as JobSpy writes it, or M/D/YYYY after a spreadsheet re-saved the file. */
  readonly form: "iso" | "month-day-year";
}

/**
 * Reads `YYYY-MM-DD` (JobSpy's format) or `M/D/YYYY` (what a US spreadsheet
 * writes back when it re-saves the CSV). null for anything else, or for a day
 * the calendar does not have. Checked by arithmetic on the proleptic
 * Gregorian calendar, not with `Date.UTC`, which takes years 0–99 for
 * 1900–1999.
 */
export function parseDate(text: string): ParsedDate | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const us = iso ? null : /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : null;
  if (!parts) return null;
  const [y, m, d] = parts.map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return { iso: `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`, year: y, form: iso ? "iso" : "month-day-year" };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`, any year), by arithmetic. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** Days since 0000-03-01 of an ISO date (a civil-from-days count; no Date, so no 19xx years). */
function dayNumber(iso: string): number {
  let y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe;
}
