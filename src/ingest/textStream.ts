import { Transform, type TransformCallback } from "node:stream";
import { InputError } from "./InputError.ts";

/**
 * A stream that turns the raw bytes of a CSV file into clean UTF-8 text:
 * strips a leading byte-order mark, turns CRLF and lone CR line endings into
 * LF (so mixed endings parse and line numbers stay true), and refuses bytes
 * that are not UTF-8 or that contain NUL (a binary file) with an
 * {@link InputError} naming the line where they appear.
 */
export function textStream(file: string): Transform {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let first = true;
  let pendingCR = false;
  let line = 1;

  const clean = (text: string): string => {
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (pendingCR) {
      text = "\r" + text;
      pendingCR = false;
    }
    if (text.endsWith("\r")) {
      // A CR at a chunk's end may be the first half of a CRLF: decide with the next chunk.
      pendingCR = true;
      text = text.slice(0, -1);
    }
    const nul = text.indexOf("\0");
    if (nul !== -1) {
      throw new InputError(file, line + countNewlines(text.slice(0, nul)), undefined,
        "contains NUL bytes: this is a binary file, not a CSV");
    }
    const out = text.replace(/\r\n?/g, "\n");
    line += countNewlines(out);
    return out;
  };

  return new Transform({
    decodeStrings: true,
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        callback(null, clean(decoder.decode(chunk, { stream: true })));
      } catch (error) {
        callback(asInputError(error, file, line + linesBeforeBadByte(chunk)));
      }
    },
    flush(callback: TransformCallback) {
      try {
        let rest = clean(decoder.decode());
        if (pendingCR) rest += "\n";
        callback(null, rest);
      } catch (error) {
        callback(asInputError(error, file, line));
      }
    },
  });
}

function asInputError(error: unknown, file: string, line: number): Error {
  if (error instanceof InputError) return error;
  if (error instanceof TypeError) {
    return new InputError(file, line, undefined,
      "is not valid UTF-8 text (perhaps Latin-1 or a binary file); save it as UTF-8");
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Lines before the first byte that is not UTF-8, counted within one chunk. */
function linesBeforeBadByte(chunk: Buffer): number {
  const lenient = new TextDecoder("utf-8").decode(chunk);
  const bad = lenient.indexOf("\uFFFD");
  return bad === -1 ? 0 : countNewlines(lenient.slice(0, bad).replace(/\r\n?/g, "\n"));
}

/** Number of "\n" in a string. */
export function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
