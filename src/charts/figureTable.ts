import { formatNumber, type FormatName } from "../lib/formatNumber.ts";
import type { Row } from "./chartKind.ts";

/** One column of a figure's data table and of its downloads. */
export interface FigureColumn {
  /** The field of each row it shows. */
  readonly key: string;
  /** Its heading (and the CSV header). */
  readonly label: string;
  /** How numbers are written in the table (default int); a numeric column is right-aligned. Downloads keep the raw value. */
  readonly format?: FormatName | undefined;
  /** ISO 4217 code for `money` formats. */
  readonly currency?: string | undefined;
  /** What an empty cell (null) reads, e.g. "no pay stated" (default "—"). */
  readonly missing?: string | undefined;
  /** Right-aligned with tabular figures even without a format. */
  readonly numeric?: boolean | undefined;
}

/**
 * The data behind one figure: the columns and rows its table shows and its CSV/JSON
 * downloads hold. The chart draws from the same rows, so chart, table and download agree.
 */
export interface FigureTable<R extends object = Row> {
  readonly columns: readonly FigureColumn[];
  readonly rows: readonly R[];
}

/** Is the column numeric (right-aligned, tabular figures)? */
export function isNumeric(column: FigureColumn): boolean {
  return column.numeric === true || column.format !== undefined;
}

/** The text of one table cell: numbers formatted by the column, an empty value as its `missing` text. */
export function cellText(row: object, column: FigureColumn): string {
  const value = (row as Row)[column.key];
  if (value === null || value === undefined) return column.missing ?? "—";
  if (typeof value === "number") return formatNumber(value, column.format ?? "int", { currency: column.currency });
  return String(value);
}
