import Papa from "papaparse";

/** A cell value as figures hold it: numbers stay numbers, text is untrusted. */
export type CsvValue = string | number | boolean | null | undefined;

// A formula start (= + - @) at the start of a cell, or after a character a spreadsheet may
// split a cell on: `;` (the list separator in many locales), TAB and `|` (DDE's separator).
const FORMULA_START = /(^|[;\t|])([=+\-@])/g;
// TAB or CR at the very start hides a formula behind whitespace in some spreadsheets.
const HIDDEN_START = /^[\t\r]/;

/**
 * Untrusted text made inert for spreadsheets (the OWASP advice, extended): an apostrophe
 * before a formula start at the beginning of the text and after every `;`, TAB or `|`, and
 * before a leading TAB or CR. "Foo;=cmd|' /C calc'!A0" becomes "Foo;'=cmd|' /C calc'!A0":
 * Excel in a `;` locale would otherwise run the second part.
 */
export function neutraliseFormula(text: string): string {
  const guarded = text.replace(FORMULA_START, "$1'$2");
  return HIDDEN_START.test(guarded) ? `'${guarded}` : guarded;
}

function cellOf(value: unknown): CsvValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return neutraliseFormula(value);
  if (typeof value === "boolean") return value;
  return neutraliseFormula(JSON.stringify(value));
}

/**
 * A whole CSV document (RFC 4180, written by Papa.unparse): a header row of the column
 * labels, then one row per record, the cells in the order of `columns` (each read from the
 * record by `key`). Every text cell is quoted and neutralised against spreadsheet formulas
 * (see {@link neutraliseFormula}); numbers are written as numbers, so -3 stays a number;
 * null, undefined and non-finite numbers become an empty cell. Lines end in CRLF, the last
 * one included.
 */
export function toCsv(
  columns: readonly { readonly key: string; readonly label: string }[],
  rows: readonly Readonly<Record<string, unknown>>[],
): string {
  const csv = Papa.unparse(
    { fields: columns.map((c) => neutraliseFormula(c.label)), data: rows.map((row) => columns.map((c) => cellOf(row[c.key]))) },
    { quotes: (value: unknown) => typeof value === "string", newline: "\r\n", escapeFormulae: false },
  );
  return `${csv}\r\n`;
}
