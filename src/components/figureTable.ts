/** One row of a figure's data: an object whose properties the columns name (extra ones are chart-only). */
export type FigureRow = object;

/** One column of a figure's data table and of its downloads. */
export interface FigureColumn {
  /** Property of each row to show. */
  readonly key: string;
  readonly label: string;
  /** Right-aligned, tabular figures; numbers are written 1,234 unless `format` is given. */
  readonly numeric?: boolean;
  /** Text for a table cell; default: numbers formatted en-US, null/undefined as "—". Downloads keep the raw value. */
  readonly format?: (value: unknown, row: FigureRow) => string;
}

/**
 * The data behind one chart: the columns and rows its table shows and its CSV/JSON
 * downloads hold. Charts draw from the same rows, so chart, table and download agree.
 */
export interface FigureTable<R extends FigureRow = FigureRow> {
  readonly columns: readonly FigureColumn[];
  readonly rows: readonly R[];
}
