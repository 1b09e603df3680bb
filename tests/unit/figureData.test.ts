import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { figureData, figures, figuresInMdx, isFigureId, type FigureId } from "../../src/components/post/figureData.ts";
import { figureDownload } from "../../src/utils/figureDownload.ts";

const ids = Object.keys(figures) as FigureId[];

describe("figuresInMdx", () => {
  it("finds the registered figures a post draws, in order, once each, telling maps apart by `of`", () => {
    const body = [
      "Some prose.",
      '<AreaMapFigure of="entryByArea" title="t" description="d" valueLabel="v" />',
      "<TreemapFigure />",
      '<AreaMapFigure of="countByArea" title="t" description="d" valueLabel="v" />',
      "<TreemapFigure />",
    ].join("\n\n");
    expect(figuresInMdx(body)).toEqual(["map-entryByArea", "treemap", "map-countByArea"]);
  });

  it("ignores prose and components that are not figures", () => {
    expect(figuresInMdx('<Stat of="jobLevels" path="entry" /> and <Fold summary="x">text</Fold>')).toEqual([]);
  });

  it("names a figure component the registry does not know", () => {
    expect(() => figuresInMdx("<SankeyFigure />")).toThrow(/<SankeyFigure> has no entry in src\/components\/post\/figureData.ts/);
    expect(() => figuresInMdx('<AreaMapFigure of="nowhere" />')).toThrow(/of="nowhere"/);
  });
});

describe("figure data from the precomputed analyses", () => {
  it.each(ids)("%s: has rows, and every row holds every column", (id) => {
    const { columns, rows } = figureData(id);
    expect(rows.length).toBeGreaterThan(0);
    expect(columns.length).toBeGreaterThan(1);
    for (const row of rows) for (const { key } of columns) expect(Object.hasOwn(row, key), `${id}.${key}`).toBe(true);
  });

  it("knows its ids and no others", () => {
    expect(ids.every(isFigureId)).toBe(true);
    expect(isFigureId("toString")).toBe(false);
  });
});

describe("figureDownload", () => {
  const table = {
    columns: [{ key: "name", label: "Company" }, { key: "count", label: "Postings", numeric: true, format: () => "formatted" }],
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
