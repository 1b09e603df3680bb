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
  const handle = await open(file, "r").catch((error: Error) => {
    throw new InputError(shown, undefined, undefined, `cannot be read (${error.message})`);
  });
  let pending: Promise<{ bytesRead: number }> | null = null;
  try {
    // Two buffers: the next chunk is read (on libuv's thread pool, so on the other core) while
    // this one is parsed. A chunk's bytes are decoded into a string before its buffer is reused.
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
      const chunk = text.decode(buffer.subarray(0, bytesRead), parser.line);
      [buffer, spare] = [spare, buffer];
      pending = read(buffer);
      parser.feed(chunk);
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

/** A resumable CSV parser over LF-only text, fed chunk by chunk. */
class CsvParser {
  /** The line the next character of text is on. */
  line = 1;
  readonly #file: string;
  readonly #onRecord: (record: CsvRecord) => void;
  #state: State = State.CellStart;
  #fields: string[] = [];
  /** The part of the current cell read so far, when it spans chunks or holds `""`. */
  #cell = "";
  #recordLine = 1;
  /** Line where the current quoted cell opened, for errors. */
  #cellLine = 1;
  #records = 0;
  #blankLines = 0;
  #header: readonly string[] = [];

  constructor(file: string, onRecord: (record: CsvRecord) => void) {
    this.#file = file;
    this.#onRecord = onRecord;
  }

  feed(t: string): void {
    const n = t.length;
    if (n === 0) return;
    let i = 0;
    let line = this.line;
    // Where the next "\n" is (n when there is none), so every one is found once.
    let nextLF = t.indexOf("\n");
    if (nextLF === -1) nextLF = n;
    let state: State = this.#state;
    let cell = this.#cell;

    while (i < n) {
      if (state === State.CellStart) {
        if (t.charCodeAt(i) !== QUOTE) {
          state = State.Unquoted;
          cell = "";
        } else {
          state = State.Quoted;
          cell = "";
          this.#cellLine = line;
          i++;
        }
      }
      if (state === State.Unquoted) {
        let j = i;
        let c = 0;
        while (j < n && (c = t.charCodeAt(j)) !== COMMA && c !== LF) j++;
        if (j === n) {
          cell += t.slice(i);
          break;
        }
        this.#fields.push(cell === "" ? t.slice(i, j) : cell + t.slice(i, j));
        cell = "";
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
          cell += t.slice(i);
          break;
        }
        cell += t.slice(i, q);
        if (q + 1 === n) {
          state = State.QuoteAtEnd;
          break;
        }
      }
      let after = t.charCodeAt(q + 1);
      if (after === QUOTE && state !== State.AfterQuote) {
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
          state = State.AfterQuote;
          break;
        }
        after = t.charCodeAt(j);
        q = j - 1;
      }
      if (after !== COMMA && after !== LF) this.#malformed(line);
      this.#fields.push(cell);
      cell = "";
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
  }

  /** Ends the file: the last record may lack its line break. */
  end(): { records: number; blankLines: number; lines: number } {
    let lines = this.line - 1;
    if (this.#state === State.Quoted) {
      this.#fail(this.#cellLine, "a quoted field is never closed (it runs to the end of the file)");
    }
    if (this.#state !== State.CellStart || this.#fields.length > 0) {
      this.#fields.push(this.#cell);
      this.#cell = "";
      this.#endRecord(this.line);
      lines++;
    }
    return { records: this.#records, blankLines: this.#blankLines, lines };
  }

  /** Hands the record whose last line is `line` to the caller. */
  #endRecord(line: number): void {
    const fields = this.#fields;
    const start = this.#recordLine;
    this.#fields = [];
    this.#recordLine = line + 1;
    if (fields.length === 1 && fields[0] === "") {
      this.#blankLines++;
      return;
    }
    if (this.#records === 0) this.#header = fields;
    this.#records++;
    this.#onRecord({ fields, line: start });
  }

  /** A quote inside a quoted cell, on `line`, is followed by neither a quote, a comma nor a line break. */
  #malformed(line: number): never {
    // Named at the line where the cell opens; a stray quote on a later line (an earlier quote never
    // closed, merging lines) is named too.
    const where = line > this.#cellLine ? ` (it opens on this line and runs to a quote on line ${line})` : "";
    this.#fail(this.#cellLine, `a quoted field is malformed: a quote inside it is not doubled (""), or the field is never closed${where}`);
  }

  #fail(line: number, problem: string): never {
    const at = this.#fields.length;
    throw new InputError(this.#file, line, this.#header[at] ?? `#${at + 1}`, problem);
  }
}
