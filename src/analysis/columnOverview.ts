import type { ColumnStat } from "../ingest/ColumnStats.ts";

/** The column table of `DataFrame.info()`, plus how complete each column is. */
export interface ColumnOverview {
  readonly rows: number;
  readonly columns: readonly (ColumnStat & { readonly share: number })[];
  /** Columns with no value at all. */
  readonly empty: readonly string[];
  /** Columns with some but not all values. */
  readonly partial: readonly string[];
}

/** Summarises per-column non-null counts (from the ingest) for `rows` rows. */
export function columnOverview(columns: readonly ColumnStat[], rows: number): ColumnOverview {
  return {
    rows,
    columns: columns.map((c) => ({ ...c, share: rows === 0 ? 0 : c.nonNull / rows })),
    empty: columns.filter((c) => c.nonNull === 0).map((c) => c.column),
    partial: columns.filter((c) => c.nonNull > 0 && c.nonNull < rows).map((c) => c.column),
  };
}
