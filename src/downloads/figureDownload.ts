import type { FigureTable } from "../charts/figureTable.ts";
import { toCsv } from "./csv.ts";

/**
 * A figure's data as a downloadable file. CSV: a header of column labels, then the rows
 * (text neutralised against spreadsheet formulas, see csv.ts). JSON: the figure id, the
 * columns (key and label) and the rows as objects keyed by column. Both hold exactly the
 * table's columns, with raw values (numbers unformatted, missing values empty or null),
 * not the chart-only fields a row may carry such as coordinates.
 */
export function figureDownload(id: string, { columns, rows }: FigureTable, format: "csv" | "json"): { body: string; type: string } {
  if (format === "csv") return { body: toCsv(columns, rows as readonly Record<string, unknown>[]), type: "text/csv; charset=utf-8" };
  const data = {
    figure: id,
    columns: columns.map(({ key, label }) => ({ key, label })),
    rows: rows.map((row) => Object.fromEntries(columns.map(({ key }) => [key, (row as Record<string, unknown>)[key] ?? null]))),
  };
  return { body: `${JSON.stringify(data, null, 1)}\n`, type: "application/json; charset=utf-8" };
}
