import type { ColumnStat } from "../ingest/ColumnStats.ts";

/** The column table of `DataFrame.info()`, plus how complete each column is. */
export interface ColumnOverview {
  readonly rows: number;
  readonly columns: readonly (ColumnStat & { readonly share: number })[];
  /** Columns with no value at all. */
  readonly empty: readonly string[];
  /** Columns with some but not all values, fewest values first. */
  readonly partial: readonly { readonly column: string; readonly nonNull: number }[];
  /** Columns with a value in every row. */
  readonly complete: number;
}

/** Summarises per-column non-null counts (from the ingest) for `rows` rows. */
export function columnOverview(columns: readonly ColumnStat[], rows: number): ColumnOverview {
  return {
    rows,
    columns: columns.map((c) => ({ ...c, share: rows === 0 ? 0 : c.nonNull / rows })),
    empty: columns.filter((c) => c.nonNull === 0).map((c) => c.column),
    partial: columns.filter((c) => c.nonNull > 0 && c.nonNull < rows)
      .map((c) => ({ column: c.column, nonNull: c.nonNull })).sort((a, b) => a.nonNull - b.nonNull),
    complete: columns.filter((c) => rows > 0 && c.nonNull === rows).length,
  };
}
