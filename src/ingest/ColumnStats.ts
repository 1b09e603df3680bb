import { parseAmount, parseBoolean } from "./cells.ts";

/** pandas-style dtype of a column, inferred from its non-missing cells. */
export type Dtype = "object" | "float64" | "int64" | "bool";

/** Non-null count and inferred dtype of one column, like `DataFrame.info()`. */
export interface ColumnStat {
  readonly column: string;
  readonly nonNull: number;
  readonly dtype: Dtype;
}

/**
 * Accumulates per-column non-null counts and dtype evidence over streamed
 * rows. A column with no values is float64, as pandas reads an empty column.
 */
export class ColumnStats {
  readonly #columns: readonly string[];
  readonly #nonNull: number[];
  readonly #notBool: boolean[];
  readonly #notNumber: boolean[];
  readonly #notInt: boolean[];
  #rows = 0;

  constructor(columns: readonly string[]) {
    this.#columns = columns;
    this.#nonNull = columns.map(() => 0);
    this.#notBool = columns.map(() => false);
    this.#notNumber = columns.map(() => false);
    this.#notInt = columns.map(() => false);
  }

  /** Records one row; `value(i)` is the cell of column i, null when missing. */
  add(value: (index: number) => string | null): void {
    this.#rows++;
    for (let i = 0; i < this.#columns.length; i++) {
      const v = value(i);
      if (v === null) continue;
      this.#nonNull[i]!++;
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
    return this.#columns.map((column, i) => {
      const nonNull = this.#nonNull[i]!;
      let dtype: Dtype = "object";
      if (nonNull === 0) dtype = "float64";
      else if (!this.#notBool[i]) dtype = nonNull === this.#rows ? "bool" : "object";
      else if (!this.#notNumber[i]) dtype = this.#notInt[i] || nonNull < this.#rows ? "float64" : "int64";
      return { column, nonNull, dtype };
    });
  }
}
