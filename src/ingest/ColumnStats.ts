import { flatCopy } from "./cellDictionary.ts";
import { parseAmount, parseBoolean } from "./cells.ts";

/** pandas-style dtype of a column, inferred from its non-missing cells. */
export type Dtype = "object" | "float64" | "int64" | "bool";

/** Non-null count and inferred dtype of one column, like `DataFrame.info()`. */
export interface ColumnStat {
  readonly column: string;
  readonly nonNull: number;
  readonly dtype: Dtype;
  /**
   * Rows read from a file whose header has this column. `inLayout` 0 means
   * "not in this layout" (an older JobSpy version, another board's export),
   * where `nonNull` 0 with `inLayout` > 0 means "in the layout, always empty".
   */
  readonly inLayout: number;
}

/** How one board (the `site` column) fills each column. */
export interface SiteColumns {
  /** The board as the rows' site gives it (lower case); null for rows without one. */
  readonly site: string | null;
  readonly rows: number;
  /** Same columns and order as the dataset's table; counts over this board's rows only. */
  readonly columns: readonly { readonly column: string; readonly nonNull: number; readonly inLayout: number }[];
}

/** One row's cells by column index (the constructor's columns), as {@link ColumnStats.add} reads them. */
export interface ColumnCells {
  /** Whether the cell of column i is missing: absent from the layout is not asked; empty, `NaN`, `None`... are. */
  isMissing(column: number): boolean;
  /** The text of column i's cell, when it is not missing. */
  text(column: number): string;
}

/**
 * Accumulates per-column non-null counts and dtype evidence over streamed
 * rows, for the whole dataset and per board. A column with no values is
 * float64, as pandas reads an empty column.
 */
export class ColumnStats {
  readonly #columns: readonly string[];
  readonly #nonNull: number[];
  /** Rows per set of present columns (one per layout): `inLayout` is summed from them at the end, not counted per cell. */
  readonly #layouts: LayoutRows[] = [];
  readonly #notBool: boolean[];
  readonly #notNumber: boolean[];
  readonly #notInt: boolean[];
  /**
   * Texts already tested for each column whose dtype is open (up to 4: a boolean column has two):
   * testing one again changes nothing, and is_remote would run a regular expression on every row.
   */
  readonly #tested: string[][];
  readonly #sites = new Map<string | null, { rows: number; nonNull: Int32Array; layouts: LayoutRows[] }>();
  #rows = 0;

  constructor(columns: readonly string[]) {
    this.#columns = columns;
    this.#nonNull = columns.map(() => 0);
    this.#notBool = columns.map(() => false);
    this.#notNumber = columns.map(() => false);
    this.#notInt = columns.map(() => false);
    this.#tested = columns.map(() => []);
  }

  /**
   * Records one row. `present` lists the indexes of the columns the row's
   * file has (the others are "not in this layout": nothing to count);
   * `site` is the row's board. A cell's text is read only while its
   * column's dtype is still open (the first cell of most columns settles it).
   */
  add(cells: ColumnCells, present: ArrayLike<number>, site: string | null): void {
    this.#rows++;
    let bySite = this.#sites.get(site);
    if (!bySite) {
      bySite = { rows: 0, nonNull: new Int32Array(this.#columns.length), layouts: [] };
      this.#sites.set(site, bySite);
    }
    bySite.rows++;
    countLayout(this.#layouts, present);
    countLayout(bySite.layouts, present);
    for (let k = 0; k < present.length; k++) {
      const i = present[k]!;
      if (cells.isMissing(i)) continue;
      this.#nonNull[i]!++;
      bySite.nonNull[i]!++;
      if (this.#notBool[i] && this.#notNumber[i]) continue;
      const v = cells.text(i);
      const tested = this.#tested[i]!;
      if (tested.includes(v)) continue;
      if (tested.length < 4) tested.push(flatCopy(v));
      if (!this.#notBool[i] && parseBoolean(v) === undefined) this.#notBool[i] = true;
      if (!this.#notNumber[i]) {
        const n = parseAmount(v);
        if (Number.isNaN(n)) this.#notNumber[i] = true;
        else if (!this.#notInt[i] && (!Number.isInteger(n) || v.includes("."))) this.#notInt[i] = true;
      }
    }
  }

  /** The columns in the order given to the constructor. */
  result(): ColumnStat[] {
    const inLayout = sumLayouts(this.#layouts, this.#columns.length);
    return this.#columns.map((column, i) => {
      const nonNull = this.#nonNull[i]!;
      let dtype: Dtype = "object";
      if (nonNull === 0) dtype = "float64";
      else if (!this.#notBool[i]) dtype = nonNull === this.#rows ? "bool" : "object";
      else if (!this.#notNumber[i]) dtype = this.#notInt[i] || nonNull < this.#rows ? "float64" : "int64";
      return { column, nonNull, dtype, inLayout: inLayout[i]! };
    });
  }

  /** Per board, most rows first; ties in code-point order of the site, rows without a site last. */
  bySite(): SiteColumns[] {
    return [...this.#sites]
      .map(([site, s]) => {
        const inLayout = sumLayouts(s.layouts, this.#columns.length);
        return { site, rows: s.rows, columns: this.#columns.map((column, i) => ({ column, nonNull: s.nonNull[i]!, inLayout: inLayout[i]! })) };
      })
      .sort((a, b) => b.rows - a.rows || (a.site === null ? 1 : b.site === null ? -1 : a.site < b.site ? -1 : a.site > b.site ? 1 : 0));
  }
}

/** How many rows had one set of present columns. */
interface LayoutRows {
  readonly present: ArrayLike<number>;
  rows: number;
}

/** Counts a row with `present` (the same object for every row of a layout, so found by identity; a dataset has few). */
function countLayout(layouts: LayoutRows[], present: ArrayLike<number>): void {
  let entry = layouts[layouts.length - 1];
  if (entry?.present !== present) {
    entry = layouts.find((l) => l.present === present);
    if (!entry) layouts.push((entry = { present, rows: 0 }));
  }
  entry.rows++;
}

/** Rows whose file has each column: the rows of every layout that has it. */
function sumLayouts(layouts: readonly LayoutRows[], columns: number): number[] {
  const inLayout = new Array<number>(columns).fill(0);
  for (const { present, rows } of layouts) for (let k = 0; k < present.length; k++) inLayout[present[k]!]! += rows;
  return inLayout;
}
