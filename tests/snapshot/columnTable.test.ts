import { describe, expect, it } from "vitest";
import { drawChart, drawChartToString } from "./drawChart.ts";
import { expectInert, expectSnapshot, HOSTILE } from "./snapshot.ts";

const KIND = { kind: "column-table", options: {} } as const;

type DrawOptions = { id: string; narrowWidth?: number | null; width?: number } & Record<string, unknown>;
/** The chart drawn from `rows` with the options a post would give (KIND's, then `extra`). */
const render = (rows: readonly object[], { id, narrowWidth, width, ...extra }: DrawOptions) =>
  drawChart({ kind: KIND.kind, options: { ...KIND.options, ...extra } }, rows, { id, narrowWidth, width });
const renderToString = (rows: readonly object[], { id, narrowWidth, width, ...extra }: DrawOptions) =>
  drawChartToString({ kind: KIND.kind, options: { ...KIND.options, ...extra } }, rows, { id, narrowWidth, width });

const COLUMNS = [
  { column: "id", nonNull: 2000, dtype: "object" },
  { column: "min_amount", nonNull: 150, dtype: "float64" },
  { column: "is_remote", nonNull: 1999, dtype: "bool" },
  { column: "skills", nonNull: 0, dtype: "float64" },
];

describe("columnTable", () => {
  it("matches its snapshot", async () => {
    await expectSnapshot("columnTable", renderToString(COLUMNS, { id: "columns", total: 2000 }));
  });

  it("has one body row per column, with count, type and share", () => {
    const rows = Array.from(render(COLUMNS, { id: "columns", total: 2000 }).querySelectorAll("tbody tr"));
    expect(rows).toHaveLength(COLUMNS.length);
    const cells = rows.map((row) => Array.from(row.querySelectorAll("th, td")).map((c) => c.textContent));
    expect(cells[0]).toEqual(["id", "2,000", "object", "100%"]);
    expect(cells[1]).toEqual(["min_amount", "150", "float64", "8%"]);
    expect(cells[3]).toEqual(["skills", "0", "float64", "0%"]);
  });

  it("draws the completeness bar to scale and dims empty columns", () => {
    const table = render(COLUMNS, { id: "columns", total: 2000 });
    const bars = Array.from(table.querySelectorAll(".chart-fill > span")).map((s) => s.getAttribute("style"));
    expect(bars).toEqual(["width:100%", "width:7.5%", "width:100%", "width:0%"]);
    expect(Array.from(table.querySelectorAll("tr.is-empty")).map((r) => r.textContent)).toEqual(["skills0float640%"]);
  });

  it("is a labelled table with header cells scoped", () => {
    const table = render(COLUMNS, { id: "columns", total: 2000 }).querySelector("table")!;
    expect(table.getAttribute("aria-labelledby")).toBe("columns-title columns-desc");
    expect(table.querySelectorAll("thead th[scope='col']")).toHaveLength(4);
    expect(table.querySelectorAll("tbody th[scope='row']")).toHaveLength(COLUMNS.length);
  });

  it("keeps hostile column names as inert text", () => {
    const html = renderToString([{ column: HOSTILE, nonNull: 1, dtype: "object" }], { id: "c", total: 1 });
    expectInert(html, (document) => document.querySelector("tbody th")!.textContent ?? "");
  });
});
