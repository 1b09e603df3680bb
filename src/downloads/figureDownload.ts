import type { FigureTable } from "../charts/figureTable.ts";
import { toCsv } from "./csv.ts";

/**
 * A figure's data as a downloadable file. CSV: a header of column labels, then the rows
 * (text neutralised against spreadsheet formulas, see csv.ts). JSON: the figure id, the
 * columns (key and label) and the rows as objects keyed by column. Both hold exactly the
 * table's columns, with raw values (numbers unformatted, missing values empty or null),
 * not the chart-only fields a row may carry such as coordinates.
 */
export function figureDownload(id: string, table: FigureTable, format: "csv" | "json"): { body: string; type: string } {
  if (format === "csv") return { body: toCsv(table.columns, table.rows as readonly Record<string, unknown>[]), type: "text/csv; charset=utf-8" };
  return { body: `${JSON.stringify(figureJson(id, table), null, 1)}\n`, type: "application/json; charset=utf-8" };
}

/** A figure's JSON download: its id, its columns (key and label) and its rows keyed by column. */
export interface FigureDownloadFile {
  readonly figure: string;
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

/** The JSON download's content (see {@link figureDownload}). */
export function figureJson(id: string, { columns, rows }: FigureTable): FigureDownloadFile {
  return {
    figure: id,
    columns: columns.map(({ key, label }) => ({ key, label })),
    rows: rows.map((row) => Object.fromEntries(columns.map(({ key }) => [key, (row as Record<string, unknown>)[key] ?? null]))),
  };
}
