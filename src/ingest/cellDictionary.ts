import { cellValue, isMissingCell } from "./cells.ts";
import type { CsvCells } from "./readCsvRows.ts";

/** Distinct cells a dictionary remembers; past this a column's new cells are read each time (memory stays bounded). */
const MAX_ENTRIES = 100_000;

interface Entry<T> {
  /** The cell as written (a flat copy). */
  readonly cell: string;
  readonly hash: number;
  readonly value: T;
}

/**
 * What one column's cells read as, remembered per distinct cell: a column
 * such as site, company, date or job level repeats a few thousand values
 * over a million rows, so each is trimmed, parsed and copied once, and every
 * row with it shares the result.
 *
 * A cell is looked up where it is in the parser's chunk (its hash and the
 * comparison read the chunk's text), so a cell seen before costs no string;
 * inside a run of equal cells (a file's site, its search), not even a hash:
 * it is compared with the previous row's. A `Map` would need each cell sliced out and hashed by V8: that was
 * the largest cost of reading a million rows.
 *
 * `read` gets the cell as {@link cellValue} reads it (null when missing or
 * when the layout has no such column) and must be pure; its result is shared
 * by rows, so it must not be changed. The text it gets is a flat copy, not a
 * view into the parser's chunk, so keeping it or a part of it is cheap.
 */
export class CellDictionary<T> {
  readonly #read: (cell: string | null) => T;
  /** Open addressing, linear probing; at most half full. */
  #slots: (Entry<T> | null)[] = new Array<Entry<T> | null>(64).fill(null);
  #size = 0;
  #missing: { readonly value: T } | null = null;
  #last: Entry<T> | null = null;
  /** The last two cells were equal: compare the next one with them before hashing it. */
  #run = false;

  constructor(read: (cell: string | null) => T) {
    this.#read = read;
  }

  /** What cell i of the record reads as (i -1: the layout has no such column). */
  of(cells: CsvCells, i: number): T {
    if (i < 0) return this.#whenMissing();
    const last = this.#last;
    if (this.#run) {
      // The previous row's cell is not missing, so neither is one equal to it.
      if (cells.equals(i, last!.cell)) return last!.value;
      this.#run = false;
    }
    if (isMissingCell(cells, i)) return this.#whenMissing();
    const hash = cells.hash(i);
    const slots = this.#slots;
    const mask = slots.length - 1;
    let k = hash & mask;
    for (let entry = slots[k]!; entry !== null; entry = slots[k]!) {
      if (entry.hash === hash && cells.equals(i, entry.cell)) {
        this.#run = entry === last;
        this.#last = entry;
        return entry.value;
      }
      k = (k + 1) & mask;
    }
    const cell = flatCopy(cells.cell(i));
    const entry: Entry<T> = { cell, hash, value: this.#read(cellValue(cell)) };
    if (this.#size < MAX_ENTRIES) {
      slots[k] = entry;
      if (++this.#size * 2 > slots.length) this.#grow();
    }
    this.#last = entry;
    return entry.value;
  }

  #whenMissing(): T {
    return (this.#missing ??= { value: this.#read(null) }).value;
  }

  #grow(): void {
    const slots = new Array<Entry<T> | null>(this.#slots.length * 2).fill(null);
    const mask = slots.length - 1;
    for (const entry of this.#slots) {
      if (entry === null) continue;
      let k = entry.hash & mask;
      while (slots[k] !== null) k = (k + 1) & mask;
      slots[k] = entry;
    }
    this.#slots = slots;
  }
}

/**
 * A copy of `text` that does not share memory with it. The parser's cells are
 * substrings of a chunk of the file; keeping one would keep the whole chunk.
 */
export function flatCopy(text: string): string {
  // A slice of 13 characters or more is a view into the string it was cut from, so `(" " + text).slice(1)`
  // keeps a view and a copy one longer: 64 bytes for a 13-character LinkedIn id. `toLowerCase` makes one
  // flat string of 32 bytes (V8 copies any string of 8 characters or more; measured with --expose-gc),
  // the same text when it has no upper-case letter (ids, URLs), 5 times faster than JSON's round trip,
  // which copies the others. Long text keeps the view (JSON could double its length with escapes).
  if (text.length < 13 || text.length > 4096) return (" " + text).slice(1);
  const lower = text.toLowerCase();
  return lower === text ? lower : JSON.parse(JSON.stringify(text)) as string;
}
