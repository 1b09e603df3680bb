import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../src/downloads/csv.ts";

const columns = [{ key: "name", label: "Company" }, { key: "count", label: "Postings" }];
const parse = (text: string) => Papa.parse<string[]>(text, { delimiter: ",", skipEmptyLines: true }).data;

describe("csvCell", () => {
  it.each(["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\",\"y\")"])(
    "neutralises text a spreadsheet would run as a formula: %j",
    (text) => {
      const [[cell]] = parse(csvCell(text)) as [[string]];
      expect(cell.startsWith("'")).toBe(true);
      expect(cell.slice(1)).toBe(text);
    },
  );

  it("leaves ordinary text and numbers as they are, negative numbers included", () => {
    expect(csvCell("Seattle")).toBe("Seattle");
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(0.25)).toBe("0.25");
  });

  it("writes missing values and non-finite numbers as empty cells", () => {
    expect([csvCell(null), csvCell(undefined), csvCell(Number.NaN), csvCell(Infinity)]).toEqual(["", "", "", ""]);
  });
});

describe("toCsv", () => {
  it("round-trips commas, quotes and line breaks through a CSV parser", () => {
    const rows = [
      { name: 'Acme, "Inc."', count: 3 },
      { name: "Two\nlines", count: 1200 },
      { name: "Plain", count: null },
    ];
    const parsed = parse(toCsv(columns, rows));
    expect(parsed).toEqual([
      ["Company", "Postings"],
      ['Acme, "Inc."', "3"],
      ["Two\nlines", "1200"],
      ["Plain", ""],
    ]);
  });

  it("keeps a formula-like name inside a quoted cell neutralised", () => {
    const parsed = parse(toCsv(columns, [{ name: '=cmd|"/c calc"!A1,x', count: 1 }]));
    expect(parsed[1]?.[0]).toBe('\'=cmd|"/c calc"!A1,x');
  });

  it("ends every line with CRLF and writes the columns in the given order", () => {
    const text = toCsv([...columns].reverse(), [{ name: "A", count: 2 }]);
    expect(text).toBe("Postings,Company\r\n2,A\r\n");
  });
});
