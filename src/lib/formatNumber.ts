/**
 * The one place numbers become text: prose (<Stat>, <RankedList>), chart labels and
 * tooltips, data tables and preview cards all format through {@link formatNumber} with a
 * named format, so the same value reads the same everywhere. Always en-US, whatever the
 * build machine's locale, so output is deterministic.
 */

/** Every named format, in the order the docs list them. */
export const FORMAT_NAMES = ["int", "decimal", "ratio", "pct", "pct0", "usd", "usdk", "money", "moneyk", "times"] as const;

/** A named number format: see {@link formatNumber}. */
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Options of {@link formatNumber}. */
export interface FormatOptions {
  /** ISO 4217 code for `money` and `moneyk` (default "USD"); `usd` and `usdk` are always US dollars. */
  readonly currency?: string | undefined;
}

const LOCALE = "en-US";
const int = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const fixed = (digits: number) => new Intl.NumberFormat(LOCALE, { minimumFractionDigits: digits, maximumFractionDigits: digits });
const decimal = fixed(1);
const ratio = fixed(2);
const percent = [0, 1].map((digits) => new Intl.NumberFormat(LOCALE, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }));
const moneyFormats = new Map<string, Intl.NumberFormat>();

/** The ISO 4217 codes Intl knows (e.g. "USD", "EUR", "INR"); `money` accepts any of them. */
export const CURRENCIES: readonly string[] = Intl.supportedValuesOf("currency");

/** True for an ISO 4217 code Intl can format ("EUR"), false for anything else ("EURO", "eur", "ZZZ"). */
export function isCurrency(code: string): boolean {
  return CURRENCIES.includes(code);
}

function money(currency: string): Intl.NumberFormat {
  if (!isCurrency(currency)) throw new Error(`unknown currency "${currency}": give an ISO 4217 code such as USD, EUR or GBP`);
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, { style: "currency", currency, maximumFractionDigits: 0 });
    moneyFormats.set(currency, format);
  }
  return format;
}

/**
 * Formats a number with a named format:
 *
 * | name | example | |
 * | --- | --- | --- |
 * | `int` | 3,060 | whole number (default) |
 * | `decimal` | 1.5 | one decimal |
 * | `ratio` | 0.36 | two decimals |
 * | `pct` | 20.2% | a fraction as a percentage, one decimal |
 * | `pct0` | 20% | a fraction as a whole percentage |
 * | `usd` | $171,900 | whole US dollars |
 * | `usdk` | $172k | thousands of US dollars |
 * | `money` | €171,900 | whole units of `currency` (any ISO 4217 code) |
 * | `moneyk` | €172k | thousands of `currency` |
 * | `times` | ×1,920 | a factor |
 *
 * **Percentages never round to a claim the data does not make:** a share that is not zero
 * never reads "0%" and one that is not whole never reads "100%". Below half the last shown
 * digit it reads "<1%" (`pct0`) or "<0.1%" (`pct`), just short of one it reads ">99%" or
 * ">99.9%"; negative differences mirror that (">-1%"). Exactly 0 and 1 read "0%" and "100%".
 */
export function formatNumber(value: number, format: FormatName = "int", { currency = "USD" }: FormatOptions = {}): string {
  switch (format) {
    case "int": return int.format(value);
    case "decimal": return decimal.format(value);
    case "ratio": return ratio.format(value);
    case "pct": return formatPercent(value, 1);
    case "pct0": return formatPercent(value, 0);
    case "usd": return money("USD").format(value);
    case "usdk": return thousands(value, "USD");
    case "money": return money(currency).format(value);
    case "moneyk": return thousands(value, currency);
    case "times": return `×${int.format(value)}`;
  }
}

function formatPercent(value: number, digits: 0 | 1): string {
  const half = 0.5 * 10 ** -digits; // in percentage points
  const points = value * 100;
  const step = 10 ** -digits;
  const written = (p: number) => percent[digits]!.format(p / 100);
  if (value !== 0 && Math.abs(points) < half) return value > 0 ? `<${written(step)}` : `>${written(-step)}`;
  if (value !== 1 && value < 1 && points >= 100 - half) return `>${written(100 - step)}`;
  if (value !== -1 && value > -1 && points <= -100 + half) return `<${written(-100 + step)}`;
  return written(points);
}

// "$172k", "€172k", "CHF 172k": the currency's own symbol and sign, the number in thousands.
function thousands(value: number, currency: string): string {
  const parts = money(currency).formatToParts(Math.round(value / 1000));
  const last = parts.findLastIndex((p) => p.type === "integer");
  return parts.map((p, i) => (i === last ? `${p.value}k` : p.value)).join("");
}
