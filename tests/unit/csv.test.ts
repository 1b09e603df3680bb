import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsv } from "../../src/downloads/csv.ts";

const columns = [{ key: "name", label: "Company" }, { key: "count", label: "Postings" }];
const parse = (text: string) => Papa.parse<string[]>(text, { delimiter: ",", skipEmptyLines: true }).data;

describe("neutraliseFormula", () => {
  it.each(["=1+2", "+1", "-1", "@SUM(A1)", "=HYPERLINK(\"http://x\",\"y\")"])("puts an apostrophe before a formula start: %j", (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it("also after ; TAB and |, where a spreadsheet may split the cell", () => {
    // Excel in a locale whose list separator is ";" reads the part after it as a new cell.
    expect(neutraliseFormula("Foo;=cmd|' /C calc'!A0")).toBe("Foo;'=cmd|' /C calc'!A0");
    expect(neutraliseFormula("Bar\t=1+1")).toBe("Bar\t'=1+1");
    expect(neutraliseFormula("a|@x;+y")).toBe("a|'@x;'+y");
  });

  it("guards a leading TAB or CR that hides a formula behind whitespace", () => {
    expect(neutraliseFormula("\tx")).toBe("'\tx");
    expect(neutraliseFormula("\t=1")).toBe("'\t'=1");
    expect(neutraliseFormula("\rx")).toBe("'\rx");
  });

  it("leaves ordinary text alone", () => {
    for (const text of ["Seattle", "a=b", "C++ developer", "Rust; Go", "x - y", "AT&T"]) expect(neutraliseFormula(text)).toBe(text);
  });
});

describe("toCsv (Papa.unparse)", () => {
  it("quotes every text cell, header included, and writes numbers bare", () => {
    expect(toCsv(columns, [{ name: "Plain", count: 3 }, { name: "Neg", count: -3 }])).toBe('"Company","Postings"\r\n"Plain",3\r\n"Neg",-3\r\n');
  });

  it("neutralises the hostile names so a spreadsheet in any locale keeps them as text", () => {
    const rows = [{ name: "Foo;=cmd|' /C calc'!A0", count: 1 }, { name: "Bar\t=1+1", count: 2 }, { name: "=SUM(A1:A9)", count: 3 }];
    const text = toCsv(columns, rows);
    // Each cell, parsed back, starts with no formula character, nor does any ;-, TAB- or |-separated part of it.
    const cells = parse(text).slice(1).map((row) => row[0]!);
    expect(cells).toEqual(["Foo;'=cmd|' /C calc'!A0", "Bar\t'=1+1", "'=SUM(A1:A9)"]);
    for (const cell of cells) for (const part of cell.split(/[;\t|]/)) expect(part).not.toMatch(/^[=+\-@]/);
    // Read with ";" as the delimiter (Excel in a German or French locale), no cell starts a formula either.
    const semicolon = Papa.parse<string[]>(text, { delimiter: ";", skipEmptyLines: true }).data.flat();
    for (const cell of semicolon) expect(cell.replace(/^"/, "")).not.toMatch(/^[=+\-@]/);
  });

  it("round-trips commas, quotes and line breaks through a CSV parser", () => {
    const rows = [
      { name: 'Acme, "Inc."', count: 3 },
      { name: "Two\nlines", count: 1200 },
      { name: "Plain", count: null },
    ];
    expect(parse(toCsv(columns, rows))).toEqual([
      ["Company", "Postings"],
      ['Acme, "Inc."', "3"],
      ["Two\nlines", "1200"],
      ["Plain", ""],
    ]);
  });

  it("writes missing values and non-finite numbers as empty cells, and objects as JSON text", () => {
    const text = toCsv([{ key: "v", label: "V" }], [{ v: null }, { v: undefined }, { v: Number.NaN }, { v: Infinity }, { v: [30, 33] }]);
    expect(text).toBe('"V"\r\n\r\n\r\n\r\n\r\n"[30,33]"\r\n');
  });

  it("ends every line with CRLF and writes the columns in the given order", () => {
    expect(toCsv([...columns].reverse(), [{ name: "A", count: 2 }])).toBe('"Postings","Company"\r\n2,"A"\r\n');
  });
});
