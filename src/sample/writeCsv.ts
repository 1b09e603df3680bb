/** A value of one CSV cell: text, a number, a flag, or missing. */
export type CsvCell = string | number | boolean | null;

/**
 * Formats a table the way pandas writes JobSpy output with
 * `to_csv(index=False, quoting=csv.QUOTE_NONNUMERIC, escapechar="\\")`:
 * the header and every text cell quoted, `"` doubled, every backslash
 * doubled (the escape character escapes itself); missing cells as `""`
 * (pandas quotes its empty `na_rep` too, even in float columns); numbers
 * unquoted as Python floats (`90000.0`); booleans unquoted `True`/`False`;
 * LF line endings and a final newline. Text may hold newlines: they stay
 * inside the quotes.
 */
export function writeCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [columns.map(quote).join(",")];
  for (const row of rows) {
    if (row.length !== columns.length) {
      throw new Error(`a row has ${row.length} cells for ${columns.length} columns`);
    }
    lines.push(row.map(cell).join(","));
  }
  return lines.join("\n") + "\n";
}

function quote(text: string): string {
  return `"${text.replaceAll("\\", "\\\\").replaceAll('"', '""')}"`;
}

function cell(value: CsvCell): string {
  if (value === null) return '""';
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return pythonFloat(value);
  return quote(value);
}

/** Python's `repr(float(x))` for the amounts the sample holds. */
function pythonFloat(value: number): string {
  // Python switches to exponent notation at 1e16 and below 1e-4, JavaScript
  // at other thresholds: refuse those rather than write something pandas would not.
  const size = Math.abs(value);
  if (!Number.isFinite(value) || size >= 1e16 || (size !== 0 && size < 1e-4)) {
    throw new Error(`cannot write ${value} as pandas would`);
  }
  return Number.isInteger(value) ? `${value}.0` : String(value);
}
