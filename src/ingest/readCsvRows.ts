import { createReadStream } from "node:fs";
import Papa from "papaparse";
import { InputError } from "./InputError.ts";
import { countNewlines, textStream } from "./textStream.ts";

/** One physical record of a CSV file. */
export interface CsvRecord {
  /** The cells as written, unquoted; no type conversion (ids stay strings). */
  readonly fields: string[];
  /** 1-based line in the file where the record starts. */
  readonly line: number;
}

/**
 * Streams a CSV file record by record, so files larger than memory parse in
 * constant space. The first record is the header. Blank lines are not
 * records: they are counted and returned in the summary.
 *
 * Rejects with an {@link InputError} (file, line, column name) for a quote
 * that is never closed or is malformed, text that is not UTF-8, or a binary
 * file. `onRecord` may throw an InputError to stop the parse.
 */
export function readCsvRows(
  file: string,
  onRecord: (record: CsvRecord) => void,
  /** How to name the file in messages (default: the path as given). */
  shown: string = file,
): Promise<{ records: number; blankLines: number; lines: number }> {
  return new Promise((resolve, reject) => {
    let line = 1;
    let records = 0;
    let blankLines = 0;
    let failed = false;
    let header: string[] = [];
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      reject(error);
    };

    const source = createReadStream(file, { highWaterMark: 1 << 20 });
    const text = textStream(shown);
    source.on("error", (error) => fail(new InputError(shown, undefined, undefined, `cannot be read (${error.message})`)));
    text.on("error", fail);
    source.pipe(text);

    Papa.parse(text as unknown as NodeJS.ReadableStream, {
      delimiter: ",",
      newline: "\n",
      quoteChar: '"',
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      step(results, parser) {
        if (failed) return;
        const fields = results.data as unknown as string[];
        const quoteError = results.errors.find((e) => e.type === "Quotes");
        if (quoteError) {
          const problem = quoteError.code === "MissingQuotes"
            ? "a quoted field is never closed (it runs to the end of the file)"
            : "a quoted field is malformed: a quote inside it is not doubled (\"\"), or the field is never closed";
          // fail() first: abort() calls complete() synchronously.
          // The field at fault: the one holding a stray quote, else the last (unclosed) one.
          let at = fields.findIndex((f) => f.includes('"'));
          if (quoteError.code === "MissingQuotes" || at === -1) at = fields.length - 1;
          // The line where that field opens; a stray quote on a later line (an earlier quote never
          // closed, merging lines) is named too.
          const before = fields.slice(0, at).reduce((n, f) => n + countNewlines(f), 0);
          const inside = quoteError.code === "MissingQuotes" ? 0 : countNewlines((fields[at] ?? "").split('"')[0] ?? "");
          const where = inside > 0 ? ` (it opens on this line and runs to a quote on line ${line + before + inside})` : "";
          fail(new InputError(shown, line + before, header[at] ?? `#${at + 1}`, problem + where));
          parser.abort();
          return;
        }
        const start = line;
        let newlines = 1;
        for (const field of fields) newlines += countNewlines(field);
        line += newlines;
        if (fields.length === 1 && fields[0] === "") {
          blankLines++;
          return;
        }
        if (records === 0) header = fields;
        records++;
        try {
          onRecord({ fields, line: start });
        } catch (error) {
          fail(error);
          parser.abort();
        }
      },
      complete() {
        if (!failed) resolve({ records, blankLines, lines: line - 1 });
      },
      error(error: Error) {
        fail(error);
      },
    });
  });
}
