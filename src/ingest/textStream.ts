import { isUtf8 } from "node:buffer";
import { InputError } from "./InputError.ts";

const LF = 0x0a;
const CR = 0x0d;

/**
 * Turns the raw bytes of a CSV file, chunk by chunk, into clean UTF-8 text:
 * strips a leading byte-order mark, turns CRLF and lone CR line endings into
 * LF (so mixed endings parse and line numbers stay true), and refuses bytes
 * that are not UTF-8 or that contain NUL (a binary file) with an
 * {@link InputError} naming the line of the first bad byte, also when a
 * character is split between two chunks.
 *
 * Validation is `buffer.isUtf8` over the whole chunk (simdutf, tens of GB/s);
 * only a chunk that fails it is walked byte by byte, to find the line.
 */
export class TextChunks {
  readonly #file: string;
  #first = true;
  /** The bytes of a character cut by the end of the previous chunk (at most 3). */
  #carry: Buffer = Buffer.alloc(0);
  /** A CR ended the previous chunk: it may be the first half of a CRLF. */
  #pendingCR = false;

  constructor(file: string) {
    this.#file = file;
  }

  /**
   * The text of the next chunk of bytes. `line` is the line the chunk starts
   * on, as the reader has counted it in the text returned so far; it is
   * only read to name the line of a bad byte.
   */
  decode(bytes: Buffer, line: number): string {
    let head = "";
    let start = 0;
    if (this.#carry.length > 0) {
      // Finish the character the previous chunk cut, with as few bytes of this one as it needs.
      const need = Math.min(sequenceLength(this.#carry[0]!) - this.#carry.length, bytes.length);
      const piece = Buffer.concat([this.#carry, bytes.subarray(0, need)]);
      start = need;
      if (piece.length < sequenceLength(piece[0]!) && need === bytes.length) {
        this.#carry = piece;
        return "";
      }
      this.#carry = Buffer.alloc(0);
      if (!isUtf8(piece)) throw this.#notUtf8(line + this.#heldLines(bytes, 0));
      head = piece.toString("utf8");
    }
    const nul = bytes.indexOf(0, start);
    const end = completeEnd(bytes, start);
    const body = bytes.subarray(start, end);
    if (!isUtf8(body)) {
      const bad = start + firstInvalid(body);
      if (nul !== -1 && nul < bad) throw this.#binary(line + this.#heldLines(bytes, nul));
      throw this.#notUtf8(line + this.#heldLines(bytes, bad));
    }
    if (nul !== -1 && nul < end) throw this.#binary(line + this.#heldLines(bytes, nul));
    if (end < bytes.length) this.#carry = Buffer.from(bytes.subarray(end));
    return this.#clean(head + body.toString("utf8"));
  }

  /** The text held back at the end of the file; refuses a file that ends inside a character. */
  end(line: number): string {
    if (this.#carry.length > 0) throw this.#notUtf8(line + (this.#pendingCR ? 1 : 0));
    return this.#pendingCR ? (this.#pendingCR = false, "\n") : "";
  }

  #clean(text: string): string {
    if (this.#first && text.length > 0) {
      this.#first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.#pendingCR) {
      text = "\r" + text;
      this.#pendingCR = false;
    }
    if (text.indexOf("\r") === -1) return text;
    if (text.charCodeAt(text.length - 1) === CR) {
      // A CR at a chunk's end may be the first half of a CRLF: decide with the next chunk.
      this.#pendingCR = true;
      text = text.slice(0, -1);
    }
    return text.replace(/\r\n?/g, "\n");
  }

  /** Line breaks (LF, CRLF, lone CR) in `bytes` before `offset`, plus a CR held back from the chunk before. */
  #heldLines(bytes: Buffer, offset: number): number {
    let from = 0;
    let lines = 0;
    if (this.#pendingCR) {
      lines = 1;
      if (bytes[0] === LF) from = 1;
    }
    return lines + lineBreaks(bytes, from, offset);
  }

  #notUtf8(line: number): InputError {
    return new InputError(this.#file, line, undefined,
      "is not valid UTF-8 text (perhaps Latin-1 or a binary file); save it as UTF-8");
  }

  #binary(line: number): InputError {
    return new InputError(this.#file, line, undefined, "contains NUL bytes: this is a binary file, not a CSV");
  }
}

/** Bytes of a UTF-8 sequence, from its lead byte (1 for a byte that cannot lead one: validation refuses it). */
function sequenceLength(lead: number): number {
  return lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 1;
}

/** Where the last complete character of `bytes` ends: before a sequence the chunk's end cuts. */
function completeEnd(bytes: Buffer, start: number): number {
  const end = bytes.length;
  for (let i = end - 1; i >= Math.max(start, end - 3); i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) !== 0x80) return i + sequenceLength(b) > end ? i : end;
  }
  return end;
}

/** Offset of the first byte of `bytes` that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalid(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = sequenceLength(b);
    if (n === 1 || i + n > bytes.length) return i;
    const b1 = bytes[i + 1]!;
    // The second byte's range excludes overlong forms and surrogates (RFC 3629's table).
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (b1 < lo || b1 > hi) return i;
    for (let k = 2; k < n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += n;
  }
  return bytes.length;
}

/** Line breaks (LF, CRLF counted once, lone CR) in `bytes[from, to)`. */
function lineBreaks(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b === LF) n++;
    else if (b === CR && bytes[i + 1] !== LF) n++;
  }
  return n;
}

/** Number of "\n" in a string. */
export function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
