import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { AnalysisName } from "../../src/analysis/registry.ts";
import { figureIds, figures } from "../../src/analysis/figures/index.ts";
import { defineFigure, type FigureFile } from "../../src/charts/defineFigure.ts";
import type { MapPlace } from "../../src/places/PlacesFile.ts";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import { buildFigure, figureFiles } from "../../src/pipeline/figureFiles.ts";
import { figureDownload } from "../../src/downloads/figureDownload.ts";
import { parseChartProps } from "../../src/components/author/chartProps.ts";

const GENERATED = path.join(PROJECT_ROOT, "src", "generated");
const analysis = (name: AnalysisName): unknown => {
  try {
    return JSON.parse(readFileSync(path.join(GENERATED, "analyses", `${name}.json`), "utf8"));
  } catch {
    return undefined;
  }
};
const places = new Map((JSON.parse(readFileSync(path.join(GENERATED, "places.json"), "utf8")) as { places: MapPlace[] }).places.map((p) => [p.area, p]));
const files = new Map(figureFiles(analysis, places));

describe("the declared figures, computed from the precomputed analyses", () => {
  it("lists each figure once, under its own id", () => {
    expect(new Set(figureIds).size).toBe(figureIds.length);
    for (const id of figureIds) expect(figures[id].id).toBe(id);
  });

  it.each(figureIds)("%s: has rows, every column in the rows, and downloads of exactly those rows", (id) => {
    const file = files.get(`figures/${id}.json`) as FigureFile;
    expect(file.rows.length).toBeGreaterThan(0);
    expect(file.columns.length).toBeGreaterThan(1);
    for (const { key } of file.columns) expect(file.rows.some((row) => Object.hasOwn(row, key)), `${id}.${key}`).toBe(true);
    const csv = Papa.parse<string[]>(files.get(`downloads/${id}.csv`) as string, { skipEmptyLines: true }).data;
    expect(csv[0]).toEqual(file.columns.map((c) => c.label));
    expect(csv.length - 1).toBe(file.rows.length);
    const json = files.get(`downloads/${id}.json`) as { rows: Record<string, unknown>[] };
    expect(json.rows.map((r) => Object.keys(r))).toEqual(file.rows.map(() => file.columns.map((c) => c.key)));
  });

  it("is what precompute wrote", () => {
    for (const [name, content] of files) {
      const written = readFileSync(path.join(GENERATED, name), "utf8");
      expect(written, name).toBe(typeof content === "string" ? content : `${JSON.stringify(content, null, 1)}\n`);
    }
  });

  it("leaves out a figure whose analysis was not computed (its dataset is not configured)", () => {
    const without = figureFiles((name) => (name === "remoteShare" ? undefined : analysis(name)), places);
    expect(without.some(([file]) => file === "figures/remote.json")).toBe(false);
    expect(without.some(([file]) => file === "figures/companies.json")).toBe(true);
  });

  it("leaves out a figure with nothing to draw in this data (no salaried posting)", () => {
    const summary = analysis("salarySummary") as Record<string, unknown>;
    const noPay = figureFiles((name) => (name === "salarySummary" ? { ...summary, postings: [], currency: null } : analysis(name)), places);
    expect(noPay.some(([file]) => file === "figures/salary-strip.json")).toBe(false);
    expect(noPay.some(([file]) => file === "downloads/salary-strip.csv")).toBe(false);
  });

  it("writes pay in the currency of the analysis' figures", () => {
    const summary = analysis("salarySummary") as Record<string, unknown>;
    const cad = new Map(figureFiles((name) => (name === "salarySummary" ? { ...summary, currency: "CAD" } : analysis(name)), places));
    const strip = cad.get("figures/salary-strip.json") as FigureFile;
    expect(strip.chart.options).toMatchObject({ format: "money", currency: "CAD" });
    expect(strip.columns.find((c) => c.key === "min")).toMatchObject({ format: "money", currency: "CAD" });
    expect(strip.description).toContain("in CAD");
  });

  it("shows a figure in one sample when the other dataset is absent", () => {
    const backendOnly = new Map(figureFiles((name) => (name === "dsJobLevels" ? undefined : analysis(name)), places));
    const levels = backendOnly.get("figures/levels.json") as FigureFile;
    expect(levels.chart.parts?.items.map((p) => p.key)).toEqual(["backend"]);
    expect(levels.columns.map((c) => c.key)).toEqual(["level", "backend"]);
  });
});

describe("a figure spec that does not fit its chart", () => {
  const context = { analysis: () => undefined, chart: { place: () => undefined, areas: [] } };
  const spec = (options: Record<string, unknown>) =>
    defineFigure({ id: "bad", analysis: "topCompanies", title: "T", description: "D", rows: (d) => d.top, chart: { kind: "bars", options } });
  const data = { top: [{ name: "Initech", count: 3 }], faang: [], staffingInTop: [] };

  it("names the figure and the misspelt field, with the fields the rows have", () => {
    expect(() => buildFigure(spec({ label: "name", value: "cuont" }), data, context)).toThrow(
      /figure "bad" \(src\/analysis\/figures\): value="cuont": no row has a field "cuont"; the rows have name, count/,
    );
  });

  it("names an unknown option and lists the kind's", () => {
    expect(() => buildFigure(spec({ label: "name", value: "count", colour: "red" }), data, context)).toThrow(/"colour" is not an option of kind "bars" \(its options: label, value/);
  });

  it("names a wrong value", () => {
    expect(() => buildFigure(spec({ label: "name", value: "count", format: "dollars" }), data, context)).toThrow(/format: /);
    expect(() => buildFigure(spec({ label: "name", value: "count", format: "money", currency: "EURO" }), data, context)).toThrow(/"EURO" is not an ISO 4217 currency code/);
  });
});

describe("<Chart> props", () => {
  it("take a declared figure by id, and name the ids when one is unknown", () => {
    expect(parseChartProps({ id: "pay" })).toEqual({ declared: "pay" });
    expect(() => parseChartProps({ id: "payy" })).toThrow(/<Chart id="payy">: id="payy": no declared figure of that id\. Did you mean pay\? \(declared in src\/analysis\/figures\/index\.ts: .*pay/);
    expect(() => parseChartProps({ id: "pay", title: "x" })).toThrow(/a declared figure takes only id \(got title\)/);
  });

  it("check an ad-hoc chart's figure props and its kind's options, naming the prop", () => {
    const base = { kind: "bars", of: "topCompanies", path: "top", title: "T", description: "D" };
    expect(parseChartProps({ ...base, label: "name", value: "count" })).toMatchObject({ frame: { kind: "bars", of: "topCompanies" }, options: { label: "name", value: "count" } });
    expect(() => parseChartProps({ ...base, kind: "pie" })).toThrow(/<Chart kind="pie" of="topCompanies" path="top">: kind="pie": no such chart kind\..* \(the kinds: bars, /);
    expect(() => parseChartProps({ ...base, valu: "count" })).toThrow(/"valu" is not a prop of a "bars" chart\. Did you mean value\? \(its options: label, value, /);
    expect(() => parseChartProps({ ...base, of: "topCompanys" })).toThrow(/of: /);
    expect(() => parseChartProps({ ...base, title: undefined })).toThrow(/title: /);
    expect(() => parseChartProps({ kind: "bars", title: "T", description: "D" })).toThrow(/give of="analysis" \(with path\) or data=/);
    expect(() => parseChartProps({})).toThrow(/give id="…" \(a declared figure: .*pay.*\) or kind="…"/);
  });

  it("say to write braces when a number or true/false was given in quotes (MDX makes a quoted prop text)", () => {
    const base = { kind: "bars", of: "topCompanies", path: "top", title: "T", description: "D", label: "name", value: "count" };
    expect(() => parseChartProps({ ...base, top: "5" })).toThrow(/top: .*expected number.*\(a number goes in braces, not quotes: top=\{5\}\)/);
    expect(() => parseChartProps({ ...base, share: "false" })).toThrow(/share: .*\(true or false goes in braces, not quotes: share=\{false\}\)/);
    expect(() => parseChartProps({ ...base, table: "true" })).toThrow(/table: .*table=\{true\}/);
    // Text that is no true/false at all, in a boolean prop next to one that takes text: the author meant that one.
    expect(() => parseChartProps({ ...base, values: "remote" })).toThrow(/values: .*\(values takes true or false; did you mean value="remote"\?\)/);
    expect(() => parseChartProps({ ...base, values: "remote" })).not.toThrow(/values=\{true\}/);
    // Text no other prop is near keeps the brace hint.
    expect(() => parseChartProps({ ...base, share: "maybe" })).toThrow(/share=\{true\}/);
    // A wrong value of the right type gets the schema's own message, with no brace hint.
    expect(() => parseChartProps({ ...base, top: -1 })).toThrow(/top: /);
    expect(() => parseChartProps({ ...base, top: -1 })).not.toThrow(/braces/);
  });
});

describe("figureDownload", () => {
  const table = { columns: [{ key: "name", label: "Company" }, { key: "count", label: "Postings", format: "usd" as const }], rows: [{ name: "=Evil, Inc.", count: 1200, lat: 3 }, { name: "Plain", count: null }] };

  it("writes the table's columns as CSV, raw numbers, formula text neutralised, chart-only fields left out", () => {
    const { body, type } = figureDownload("x", table, "csv");
    expect(type).toMatch(/^text\/csv/);
    expect(Papa.parse(body, { delimiter: ",", skipEmptyLines: true }).data).toEqual([["Company", "Postings"], ["'=Evil, Inc.", "1200"], ["Plain", ""]]);
  });

  it("writes the same rows as JSON objects keyed by column, nulls kept", () => {
    const { body, type } = figureDownload("x", table, "json");
    expect(type).toMatch(/^application\/json/);
    expect(JSON.parse(body)).toEqual({ figure: "x", columns: [{ key: "name", label: "Company" }, { key: "count", label: "Postings" }], rows: [{ name: "=Evil, Inc.", count: 1200 }, { name: "Plain", count: null }] });
  });
});
