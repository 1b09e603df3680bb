import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { cellValue } from "../../src/ingest/cells.ts";
import { MISSING_TOKENS } from "../../src/ingest/columns.ts";
import { InputError } from "../../src/ingest/InputError.ts";
import { readCsvRows, type CsvRecord } from "../../src/ingest/readCsvRows.ts";
import { firstInvalid } from "../../src/ingest/textStream.ts";
import { tempFiles } from "../support/jobspyCsv.ts";

type Read = { records: [number, string[]][]; summary: { records: number; blankLines: number; lines: number } };

async function read(content: string | Buffer, chunkBytes?: number): Promise<Read> {
  const file = path.join(tempFiles({ "t.csv": content }), "t.csv");
  const records: [number, string[]][] = [];
  const summary = await readCsvRows(file, (r: CsvRecord) => records.push([r.line, r.fields]), "t.csv", chunkBytes ? { chunkBytes } : {});
  return { records, summary };
}

async function failure(content: string | Buffer, chunkBytes?: number): Promise<InputError> {
  const error = await read(content, chunkBytes).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

/**
 * What the reader gave before it was rewritten: papaparse over the whole text (BOM removed,
 * line endings made LF), each record's line counted from the line breaks of the ones before,
 * blank lines left out. The reference for the comparison below.
 */
function papaparseReference(text: string): Read {
  const clean = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const parsed = Papa.parse<string[]>(clean, { delimiter: ",", newline: "\n", quoteChar: '"', skipEmptyLines: false });
  // papaparse adds an empty row after a final line break that follows a closing quote (not after other cells),
  // where the file has no line: drop rows beyond the file's last line.
  const fileLines = (clean.match(/\n/g)?.length ?? 0) + (clean === "" || clean.endsWith("\n") ? 0 : 1);
  const records: [number, string[]][] = [];
  let line = 1;
  let blankLines = 0;
  for (const fields of parsed.data) {
    const start = line;
    line += 1 + fields.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
    if (start > fileLines) break;
    if (fields.length === 1 && fields[0] === "") blankLines++;
    else records.push([start, fields]);
  }
  return { records, summary: { records: records.length, blankLines, lines: Math.min(line - 1, fileLines) } };
}

/** A seeded generator of well-formed CSV text with every shape that has bitten a reader. */
function randomCsv(seed: number): string {
  let s = seed;
  const random = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const atoms = ["a", "word", "é", "€", "😀", " ", ",", "\n", "\r\n", "\r", '"', "", "\\\\", "NaN"];
  const cell = (padding = true) => {
    const quoted = random() < 0.6;
    const usable = quoted ? atoms : atoms.filter((a) => !/[",\n\r]/.test(a));
    const text = Array.from({ length: Math.floor(random() * 6) }, () => pick(usable)).join("");
    return quoted ? `"${text.replaceAll('"', '""')}"` + (padding && random() < 0.1 ? "  " : "") : text;
  };
  let out = random() < 0.2 ? "\uFEFF" : "";
  for (let r = Math.floor(random() * 7); r > 0; r--) {
    out += Array.from({ length: 1 + Math.floor(random() * 4) }, cell).join(",") + pick(["\n", "\r\n", "\r", "\n\n"]);
  }
  // Spaces after the last closing quote of the file are where papaparse stops agreeing with itself.
  return random() < 0.3 ? out + cell(false) : out;
}

describe("readCsvRows", () => {
  it("gives the records, lines and counts papaparse gave, at every chunk size", async () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = randomCsv(seed);
      const expected = papaparseReference(text);
      // Chunks of 1 to 7 bytes cut every character, CRLF, "" and closing quote somewhere.
      for (const chunk of [undefined, 1 + (seed % 7)]) {
        expect(await read(text, chunk), `seed ${seed}, chunks of ${chunk ?? "1 MiB"}: ${JSON.stringify(text)}`).toEqual(expected);
      }
    }
  });

  it("keeps the last record without a line break, counts blank lines, and unquotes", async () => {
    expect(await read('h1,h2\n\n"a ""b""",\n\n"x\ny",z')).toEqual({
      records: [[1, ["h1", "h2"]], [3, ['a "b"', ""]], [5, ["x\ny", "z"]]],
      summary: { records: 3, blankLines: 2, lines: 6 },
    });
  });

  it("names the line where an unclosed or malformed quoted field opens, and its column", async () => {
    const unclosed = await failure('a,b\n1,2\n3,"runs\non\n');
    expect([unclosed.line, unclosed.column]).toEqual([3, "b"]);
    expect(unclosed.message).toMatch(/never closed/);
    const stray = await failure('a,b\n"x\ny" z,2\n', 3);
    expect([stray.line, stray.column]).toEqual([2, "a"]);
    expect(stray.message).toMatch(/malformed.*runs to a quote on line 3/);
  });

  it("reports a bad byte after a character split between chunks at its own line", async () => {
    // "é" (2 bytes) straddles the first chunk boundary (1 MiB); the Latin-1 byte comes 5,000 lines later.
    const head = "h\n" + "x".repeat(1 << 10) + "\n";
    const cut = 1 << 20;
    const filler = "y".repeat(cut - 1 - Buffer.byteLength(head)) + "é\n";
    const before = head + filler + "z\n".repeat(4999);
    const bytes = Buffer.concat([Buffer.from(before), Buffer.from([0xe9, 0x0a])]);
    expect(Buffer.from(before).subarray(cut - 1, cut + 1).toString()).toBe("é");
    const lineOfBadByte = before.split("\n").length;
    expect(lineOfBadByte).toBe(5003);
    for (const chunk of [undefined, 1 << 12, 7]) {
      const e = await failure(bytes, chunk);
      expect(e.line, `chunks of ${chunk ?? "1 MiB"}`).toBe(lineOfBadByte);
      expect(e.message).toMatch(/not valid UTF-8/);
    }
  });

  it("counts CRLF split between chunks once when naming a bad byte's line", async () => {
    const bytes = Buffer.concat([Buffer.from("h\r\nx\r\ny\r"), Buffer.from("\nz\r\n"), Buffer.from([0xff])]);
    for (const chunk of [1, 2, 3, 8, 9, 64]) expect((await failure(bytes, chunk)).line, `chunks of ${chunk}`).toBe(5);
  });

  it("refuses NUL bytes and a file that ends inside a character, with the line", async () => {
    expect(await failure(Buffer.from("h\nok\nbad\0\n"), 4)).toMatchObject({ line: 3 });
    expect((await failure(Buffer.from("h\nok\nbad\0\n"))).message).toMatch(/NUL bytes/);
    expect(await failure(Buffer.concat([Buffer.from("h\n\nab"), Buffer.from([0xe2, 0x82])]), 2)).toMatchObject({ line: 3 });
  });
});

describe("firstInvalid", () => {
  it.each([
    ["ascii and multi-byte text", Buffer.from("aé€😀"), 10],
    ["a Latin-1 byte", Buffer.from([0x61, 0xe9, 0x61]), 1],
    ["an overlong encoding", Buffer.from([0x61, 0xc0, 0xaf]), 1],
    ["a surrogate", Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80]), 2],
    ["a code point above U+10FFFF", Buffer.from([0xf4, 0x90, 0x80, 0x80]), 0],
    ["a truncated sequence", Buffer.from([0x61, 0xe2, 0x82]), 1],
  ])("%s", (_, bytes, offset) => {
    expect(firstInvalid(bytes)).toBe(offset);
  });
});

describe("cellValue", () => {
  it("reads every missing-value token as missing, and a longer cell that starts with one as text", () => {
    for (const token of MISSING_TOKENS) {
      expect(cellValue(token), token).toBeNull();
      expect(cellValue(`${token}x`), token).toBe(`${token}x`);
    }
    expect(cellValue("a\\\\b")).toBe("a\\b");
  });
});
