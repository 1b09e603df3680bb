import { open } from "node:fs/promises";
import { InputError } from "./InputError.ts";
import { TextChunks } from "./textStream.ts";

/** One physical record of a CSV file. */
export interface CsvRecord {
  /** The cells as written, unquoted; no type conversion (ids stay strings). */
  readonly fields: string[];
  /** 1-based line in the file where the record starts. */
  readonly line: number;
}

export interface ReadOptions {
  /** Bytes read at a time (default 1 MiB); small values are for tests of chunk boundaries. */
  readonly chunkBytes?: number;
}

/** Bytes decoded into one string of text at a time. */
const PIECE_BYTES = 1 << 16;

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const SPACE = 0x20;

/**
 * Streams a CSV file record by record, so files larger than memory parse in
 * constant space (plus the largest record). The first record is the header.
 * Blank lines are not records: they are counted and returned in the summary.
 * The format is RFC 4180 as pandas writes it: `,` between cells, `"` around
 * a cell that holds a comma, quote or line break, `""` for a quote inside
 * one; LF, CRLF or CR between records (see {@link TextChunks}).
 *
 * Rejects with an {@link InputError} (file, line, column name) for a quote
 * that is never closed or is malformed, text that is not UTF-8, or a binary
 * file. `onRecord` may throw an InputError to stop the parse.
 *
 * Time is linear in the file's size whatever the shape: each chunk is
 * searched with `indexOf` for quotes and line breaks, never re-read, and a
 * cell that spans chunks is joined once.
 */
export async function readCsvRows(
  file: string,
  onRecord: (record: CsvRecord) => void,
  /** How to name the file in messages (default: the path as given). */
  shown: string = file,
  options: ReadOptions = {},
): Promise<{ records: number; blankLines: number; lines: number }> {
  return readCsvCells(file, (cells) => onRecord({ fields: cells.fields(), line: cells.line }), shown, options);
}

/**
 * {@link readCsvRows}, handing each record over as {@link CsvCells}: where
 * its cells are in the chunk's text, so that a caller slices only the cells
 * it reads (a JobSpy row has 35, of which the column counts need only "is it
 * missing"). The object is reused: it is valid only during the call.
 */
export async function readCsvCells(
  file: string,
  onRecord: (cells: CsvCells) => void,
  shown: string = file,
  options: ReadOptions = {},
): Promise<{ records: number; blankLines: number; lines: number }> {
  const handle = await open(file, "r").catch((error: Error) => {
    throw new InputError(shown, undefined, undefined, `cannot be read (${error.message})`);
  });
  let pending: Promise<{ bytesRead: number }> | null = null;
  try {
    // Two buffers: the next chunk is read (on libuv's thread pool, so on the other core) while
    // this one is parsed.
    const size = options.chunkBytes ?? 1 << 20;
    let [buffer, spare] = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
    const text = new TextChunks(shown);
    const parser = new CsvParser(shown, onRecord);
    const read = (into: Buffer) => handle.read(into, 0, into.length, null).catch((error: Error) => {
      throw new InputError(shown, undefined, undefined, `cannot be read (${error.message})`);
    });
    pending = read(buffer);
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      const bytes = buffer;
      [buffer, spare] = [spare, buffer];
      pending = read(buffer);
      // Decoded and parsed a piece at a time: a string of 1 MiB is allocated outside the heap (an
      // external string), and the one alive when a scavenge comes then waits for a full GC. Pieces of
      // 64 KB are small heap strings; at a million rows the peak is 50 MB lower (measured with /usr/bin/time).
      for (let at = 0; at < bytesRead; at += PIECE_BYTES) {
        parser.feed(text.decode(bytes.subarray(at, Math.min(at + PIECE_BYTES, bytesRead)), parser.line));
      }
    }
    pending = null;
    parser.feed(text.end(parser.line));
    return parser.end();
  } finally {
    // A record may have stopped the parse (an InputError) while the next chunk was being read.
    await pending?.catch(() => undefined);
    await handle.close();
  }
}

/** Where the parser is when a chunk ends (plain numbers: the loop compares them per cell). */
const State = {
  /** At the start of a cell (of a new record when there are no cells yet). */
  CellStart: 0,
  /** Inside an unquoted cell. */
  Unquoted: 1,
  /** Inside a quoted cell. */
  Quoted: 2,
  /** Inside a quoted cell, right after a quote that the chunk's end cut from what follows. */
  QuoteAtEnd: 3,
  /** After a quoted cell's closing quote and spaces (papaparse's tolerance), before its comma or line break. */
  AfterQuote: 4,
} as const;
type State = (typeof State)[keyof typeof State];

/**
 * One record, as the parser hands it over: each cell is a range of the
 * chunk's text, sliced only when read, or (a cell that holds `""` or spans
 * two chunks) its own string.
 */
export class CsvCells {
  /** 1-based line in the file where the record starts. */
  line = 1;
  /** Number of cells. */
  count = 0;
  /** The text of the chunk the record ends in. */
  #text = "";
  /** Start and end of cell i in the text; start -1 when the cell is #own[i]. */
  #starts = new Int32Array(64);
  #ends = new Int32Array(64);
  #own: string[] = [];

  /** Cell i, unquoted. */
  cell(i: number): string {
    const start = this.#starts[i]!;
    return start >= 0 ? this.#text.slice(start, this.#ends[i]) : this.#own[i]!;
  }

  /** Length of cell i. */
  size(i: number): number {
    const start = this.#starts[i]!;
    return start >= 0 ? this.#ends[i]! - start : this.#own[i]!.length;
  }

  /** The UTF-16 code at position k of cell i (k below its size). */
  codeAt(i: number, k: number): number {
    const start = this.#starts[i]!;
    return start >= 0 ? this.#text.charCodeAt(start + k) : this.#own[i]!.charCodeAt(k);
  }

  /** Is cell i the text `s`? Compared in place, without slicing the cell. */
  equals(i: number, s: string): boolean {
    const start = this.#starts[i]!;
    return start >= 0 ? this.#ends[i]! - start === s.length && this.#text.startsWith(s, start) : this.#own[i] === s;
  }

  /** {@link hashText} of cell i, computed in place. */
  hash(i: number): number {
    const start = this.#starts[i]!;
    return start >= 0 ? hashText(this.#text, start, this.#ends[i]!) : hashText(this.#own[i]!, 0, this.#own[i]!.length);
  }

  /** Every cell, unquoted. */
  fields(): string[] {
    const fields: string[] = [];
    for (let i = 0; i < this.count; i++) fields.push(this.cell(i));
    return fields;
  }

  /** The parser's side: the text the ranges of the cells that follow point into. */
  setText(text: string): void {
    this.#text = text;
  }

  /** Adds a cell that is text[start, end). */
  pushRange(start: number, end: number): void {
    if (this.count === this.#starts.length) this.#grow();
    this.#starts[this.count] = start;
    this.#ends[this.count++] = end;
  }

  /** Adds a cell that is not one range of the text. */
  pushText(cell: string): void {
    if (this.count === this.#starts.length) this.#grow();
    this.#starts[this.count] = -1;
    this.#own[this.count++] = cell;
  }

  /** Copies out the cells read so far, before the parser moves to the next chunk's text. */
  detach(): void {
    for (let i = 0; i < this.count; i++) {
      if (this.#starts[i]! >= 0) this.#own[i] = this.cell(i);
      this.#starts[i] = -1;
    }
  }

  /** Empties the record for the next one (own strings are let go, not kept until overwritten). */
  clear(): void {
    if (this.#own.length > 0) this.#own = [];
    this.count = 0;
  }

  #grow(): void {
    const starts = new Int32Array(this.#starts.length * 2);
    const ends = new Int32Array(this.#ends.length * 2);
    starts.set(this.#starts);
    ends.set(this.#ends);
    this.#starts = starts;
    this.#ends = ends;
  }
}

/** A hash of text[start, end) (FNV-1a): equal texts hash equally wherever they are. */
export function hashText(text: string, start: number, end: number): number {
  // Every character: texts alike but in the middle (long URLs) must not all collide.
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

/** A resumable CSV parser over LF-only text, fed chunk by chunk. */
class CsvParser {
  /** The line the next character of text is on. */
  line = 1;
  readonly #file: string;
  readonly #onRecord: (cells: CsvCells) => void;
  #state: State = State.CellStart;
  readonly #cells = new CsvCells();
  /** The part of the current cell read so far, when a chunk ended inside it. */
  #cell = "";
  #recordLine = 1;
  /** Line where the current quoted cell opened, for errors. */
  #cellLine = 1;
  #records = 0;
  #blankLines = 0;
  #header: readonly string[] = [];

  constructor(file: string, onRecord: (cells: CsvCells) => void) {
    this.#file = file;
    this.#onRecord = onRecord;
  }

  feed(t: string): void {
    const n = t.length;
    if (n === 0) return;
    const cells = this.#cells;
    cells.setText(t);
    let i = 0;
    let line = this.line;
    // Where the next "\n" is (n when there is none), so every one is found once.
    let nextLF = t.indexOf("\n");
    if (nextLF === -1) nextLF = n;
    let state: State = this.#state;
    // The current cell is t[start, ...) while it is one range of this chunk (no `""` in it);
    // start is -1 when it is `cell` (and what follows i), as after a `""` or the previous chunk's end.
    let cell = this.#cell;
    let start = -1;

    while (i < n) {
      if (state === State.CellStart) {
        if (t.charCodeAt(i) !== QUOTE) {
          state = State.Unquoted;
          start = i;
        } else if (i + 2 < n && t.charCodeAt(i + 1) === QUOTE && t.charCodeAt(i + 2) === COMMA) {
          // `"",`: an empty cell (28 % of the real scrape's cells, half the bench's): no search for its closing quote.
          cells.pushRange(i + 1, i + 1);
          i += 3;
          continue;
        } else {
          state = State.Quoted;
          this.#cellLine = line;
          i++;
          start = i;
        }
      }
      if (state === State.Unquoted) {
        let j = i;
        let c = 0;
        while (j < n && (c = t.charCodeAt(j)) !== COMMA && c !== LF) j++;
        if (j === n) {
          cell = start >= 0 ? t.slice(start) : cell + t.slice(i);
          break;
        }
        if (start >= 0) cells.pushRange(start, j);
        else cells.pushText(cell + t.slice(i, j));
        cell = "";
        start = -1;
        state = State.CellStart;
        i = j + 1;
        if (c === LF) {
          this.#endRecord(line);
          line++;
          nextLF = t.indexOf("\n", i);
          if (nextLF === -1) nextLF = n;
        }
        continue;
      }
      // Quoted, or just after a quote the previous chunk ended with, or after a closing quote and spaces.
      let q: number;
      if (state === State.AfterQuote) {
        while (i < n && t.charCodeAt(i) === SPACE) i++;
        if (i === n) break;
        q = i - 1;
      } else if (state === State.QuoteAtEnd) {
        q = i - 1;
      } else {
        q = t.indexOf('"', i);
        if (q === -1) q = n;
        while (nextLF < q) {
          line++;
          nextLF = t.indexOf("\n", nextLF + 1);
          if (nextLF === -1) nextLF = n;
        }
        if (q === n) {
          cell = start >= 0 ? t.slice(start) : cell + t.slice(i);
          break;
        }
        if (start < 0) cell += t.slice(i, q);
        if (q + 1 === n) {
          if (start >= 0) cell = t.slice(start, q);
          state = State.QuoteAtEnd;
          break;
        }
      }
      // The closing quote, if this is one (the cell's range ends there).
      const close = q;
      let after = t.charCodeAt(q + 1);
      if (after === QUOTE && state !== State.AfterQuote) {
        if (start >= 0) cell = t.slice(start, q);
        start = -1;
        cell += '"';
        state = State.Quoted;
        i = q + 2;
        continue;
      }
      if (after === SPACE) {
        // `"cell"  ,`: papaparse took the spaces after a closing quote for padding, and so does this.
        let j = q + 1;
        while (j < n && t.charCodeAt(j) === SPACE) j++;
        if (j === n) {
          if (start >= 0) cell = t.slice(start, close);
          state = State.AfterQuote;
          break;
        }
        after = t.charCodeAt(j);
        q = j - 1;
      }
      if (after !== COMMA && after !== LF) this.#malformed(line);
      if (start >= 0) cells.pushRange(start, close);
      else cells.pushText(cell);
      cell = "";
      start = -1;
      state = State.CellStart;
      i = q + 2;
      if (after === LF) {
        this.#endRecord(line);
        line++;
        nextLF = t.indexOf("\n", i);
        if (nextLF === -1) nextLF = n;
      }
    }
    this.line = line;
    this.#state = state;
    this.#cell = cell;
    // The record's cells so far are ranges of this chunk, which the next one replaces.
    cells.detach();
  }

  /** Ends the file: the last record may lack its line break. */
  end(): { records: number; blankLines: number; lines: number } {
    let lines = this.line - 1;
    if (this.#state === State.Quoted) {
      this.#fail(this.#cellLine, "a quoted field is never closed (it runs to the end of the file)");
    }
    if (this.#state !== State.CellStart || this.#cells.count > 0) {
      this.#cells.pushText(this.#cell);
      this.#cell = "";
      this.#endRecord(this.line);
      lines++;
    }
    return { records: this.#records, blankLines: this.#blankLines, lines };
  }

  /** Hands the record whose last line is `line` to the caller. */
  #endRecord(line: number): void {
    const cells = this.#cells;
    const start = this.#recordLine;
    this.#recordLine = line + 1;
    if (cells.count === 1 && cells.size(0) === 0) {
      this.#blankLines++;
      cells.clear();
      return;
    }
    if (this.#records === 0) this.#header = cells.fields();
    this.#records++;
    cells.line = start;
    try {
      this.#onRecord(cells);
    } finally {
      cells.clear();
    }
  }

  /** A quote inside a quoted cell, on `line`, is followed by neither a quote, a comma nor a line break. */
  #malformed(line: number): never {
    // Named at the line where the cell opens; a stray quote on a later line (an earlier quote never
    // closed, merging lines) is named too.
    const where = line > this.#cellLine ? ` (it opens on this line and runs to a quote on line ${line})` : "";
    this.#fail(this.#cellLine, `a quoted field is malformed: a quote inside it is not doubled (""), or the field is never closed${where}`);
  }

  #fail(line: number, problem: string): never {
    const at = this.#cells.count;
    throw new InputError(this.#file, line, this.#header[at] ?? `#${at + 1}`, problem);
  }
}
