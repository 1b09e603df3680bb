/** A cell value as figures hold it: numbers stay numbers, text is untrusted. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Characters that make a spreadsheet read a text cell as a formula (or, for tab and carriage
 * return, hide such a start behind whitespace). Company names and titles are untrusted, so a
 * name like "=HYPERLINK(...)" must arrive as text, not run when the file is opened.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would take for a formula gets a leading
 * apostrophe (the OWASP advice), then any cell holding a comma, quote or line break is quoted
 * with inner quotes doubled. Numbers are written as numbers, so -3 stays a number; only
 * text is neutralised. null, undefined and NaN become an empty cell.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV document: a header row, then one row per record in `rows`, the cells in the
 * order of `columns` (each read from the record by `key`). Lines end in CRLF as RFC 4180
 * asks, the last one included.
 */
export function toCsv(
  columns: readonly { readonly key: string; readonly label: string }[],
  rows: readonly Readonly<Record<string, unknown>>[],
): string {
  const line = (cells: readonly CsvValue[]) => `${cells.map(csvCell).join(",")}\r\n`;
  const cellOf = (value: unknown): CsvValue =>
    value === null || ["string", "number", "boolean", "undefined"].includes(typeof value) ? (value as CsvValue) : JSON.stringify(value);
  return line(columns.map((c) => c.label)) + rows.map((row) => line(columns.map((c) => cellOf(row[c.key])))).join("");
}
