import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { figureData, figures, type FigureId } from "../../src/components/post/figureData.ts";
import { clearFigureData, recordedFigureData, recordFigureData } from "../../src/downloads/figureDataRegistry.ts";
import { figureDownload } from "../../src/downloads/figureDownload.ts";

const ids = Object.keys(figures) as FigureId[];

describe("figure data from the precomputed analyses", () => {
  it.each(ids)("%s: has rows, and every row holds every column", (id) => {
    const { columns, rows } = figureData(id);
    expect(rows.length).toBeGreaterThan(0);
    expect(columns.length).toBeGreaterThan(1);
    for (const row of rows) for (const { key } of columns) expect(Object.hasOwn(row, key), `${id}.${key}`).toBe(true);
  });
});

describe("figureDownload", () => {
  const table = {
    columns: [{ key: "name", label: "Company" }, { key: "count", label: "Postings", format: "usd" as const }],
    rows: [{ name: "=Evil, Inc.", count: 1200, lat: 3 }, { name: "Plain", count: null }],
  };

  it("writes the table's columns as CSV, raw numbers, formula text neutralised, chart-only fields left out", () => {
    const { body, type } = figureDownload("x", table, "csv");
    expect(type).toMatch(/^text\/csv/);
    expect(Papa.parse(body, { delimiter: ",", skipEmptyLines: true }).data).toEqual([
      ["Company", "Postings"],
      ["'=Evil, Inc.", "1200"],
      ["Plain", ""],
    ]);
  });

  it("writes the same rows as JSON objects keyed by column, nulls kept", () => {
    const { body, type } = figureDownload("x", table, "json");
    expect(type).toMatch(/^application\/json/);
    expect(JSON.parse(body)).toEqual({
      figure: "x",
      columns: [{ key: "name", label: "Company" }, { key: "count", label: "Postings" }],
      rows: [{ name: "=Evil, Inc.", count: 1200 }, { name: "Plain", count: null }],
    });
  });
});

describe("the figure data registry", () => {
  it("files each figure's table next to its page, the last rendering winning", () => {
    clearFigureData();
    const table = (n: number) => ({ columns: [{ key: "n", label: "N" }], rows: [{ n }] });
    expect(recordFigureData("/base/posts/a/", "pay", table(1))).toBe("/base/posts/a/data/pay");
    expect(recordFigureData("/base/posts/a", "map", table(2))).toBe("/base/posts/a/data/map");
    recordFigureData("/base/posts/a/", "pay", table(3));
    expect([...recordedFigureData().keys()]).toEqual(["/base/posts/a/data/pay", "/base/posts/a/data/map"]);
    expect(recordedFigureData().get("/base/posts/a/data/pay")?.rows).toEqual([{ n: 3 }]);
    clearFigureData();
    expect(recordedFigureData().size).toBe(0);
  });
});
