import { MISSING_TOKENS } from "./columns.ts";

/**
 * A cell as pandas would read it: null when missing (empty, `NaN`, `None`...),
 * otherwise the text with pandas' doubled backslashes (its `escapechar`)
 * turned back into single ones.
 */
export function cellValue(raw: string | undefined): string | null {
  if (raw === undefined || MISSING_TOKENS.has(raw)) return null;
  return raw.includes("\\\\") ? raw.replaceAll("\\\\", "\\") : raw;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses a decimal amount such as `90000.0` or `1e5`; NaN for anything else. */
export function parseAmount(text: string): number {
  const trimmed = text.trim();
  return NUMBER.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Parses `True`/`False` (any case); undefined for anything else. */
export function parseBoolean(text: string): boolean | undefined {
  const lower = text.trim().toLowerCase();
  return lower === "true" ? true : lower === "false" ? false : undefined;
}

/** Is `text` a real calendar date written `YYYY-MM-DD`? */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
