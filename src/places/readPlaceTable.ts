import { InputError } from "../ingest/InputError.ts";
import { readCsvRows } from "../ingest/readCsvRows.ts";

/** One row of a places table: its cells by column name, and the line of the file it starts on. */
export interface TableRow {
  readonly cells: Readonly<Record<string, string>>;
  readonly line: number;
}

/**
 * Reads one of the places tables (`data/place-corrections.csv`,
 * `data/city-aliases.csv`) with the CSV reader the data files use
 * (src/ingest/readCsvRows.ts), so every problem is fatal at the file's real
 * line: text that is not UTF-8 (a Latin-1 "München"), a quote never closed
 * (which would swallow the next entries), a row with more or fewer cells
 * than the header, a header without one of `columns` or with one twice, an
 * empty file. Blank lines are no rows, and the lines after them keep their
 * numbers. Returns the rows in file order; `shown` names the file in messages.
 */
export async function readPlaceTable(file: string, columns: readonly string[], shown: string = file): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  let header: string[] | null = null;
  await readCsvRows(file, ({ fields, line }) => {
    if (header === null) {
      header = fields.map((h) => h.trim());
      const seen = new Set<string>();
      for (const name of header) {
        if (seen.has(name)) throw new InputError(shown, line, name, "appears twice in the header");
        seen.add(name);
      }
      for (const column of columns) {
        if (!seen.has(column)) throw new InputError(shown, line, column, `is missing from the header (expected ${columns.join(",")})`);
      }
      return;
    }
    const names: string[] = header;
    if (fields.length !== names.length) {
      throw new InputError(shown, line, names[Math.min(fields.length, names.length) - 1], `has ${fields.length} cells where the header has ${names.length}`);
    }
    const cells = Object.fromEntries(names.map((name, j) => [name, fields[j] ?? ""]));
    for (const column of columns) {
      if (/[\n\r]/.test(cells[column] ?? "")) {
        throw new InputError(shown, line, column, "runs over several lines: a quote is probably never closed, so the next entries would be merged into this one");
      }
    }
    rows.push({ cells, line });
  }, shown);
  if (header === null) throw new InputError(shown, 1, undefined, `is empty: expected the header ${columns.join(",")}`);
  return rows;
}
