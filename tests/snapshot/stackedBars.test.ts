import { describe, expect, it } from "vitest";
import { drawChart, drawChartToString } from "./drawChart.ts";
import { expectInert, expectSnapshot, HOSTILE } from "./snapshot.ts";

const SERIES = [{ value: "remote", label: "Remote" }, { value: "onSite", label: "Not remote" }];
const spec = (extra: Record<string, unknown> = {}) => ({ kind: "stacked-bars", options: { label: "level", series: SERIES, unit: "postings", ...extra } }) as const;
const LEVELS = [
  { level: "entry level", remote: 20, onSite: 80 },
  { level: "mid-senior level", remote: 60, onSite: 140 },
];
const wide = (element: Element) => element.querySelector(".chart-wide svg")!;
const rects = (svg: Element) => Array.from(svg.querySelectorAll("rect")).filter((r) => r.querySelector("title"));

describe("stacked-bars", () => {
  it("matches its snapshot, stacked and grouped", async () => {
    await expectSnapshot("stackedBars", drawChartToString(spec(), LEVELS, { id: "levels" }));
    await expectSnapshot("stackedBars-grouped", drawChartToString(spec({ layout: "grouped" }), LEVELS, { id: "levels" }));
  });

  it("stacks each row's parts end to end, the whole bar proportional to the row's total", () => {
    const parts = rects(wide(drawChart(spec(), LEVELS, { id: "s" })));
    expect(parts.map((r) => r.querySelector("title")!.textContent)).toEqual([
      "entry level\nRemote: 20 postings of 100", "mid-senior level\nRemote: 60 postings of 200",
      "entry level\nNot remote: 80 postings of 100", "mid-senior level\nNot remote: 140 postings of 200",
    ]);
    const [entryRemote, , entryOnSite] = parts;
    // The second part starts where the first ends.
    const end = Number(entryRemote!.getAttribute("x")) + Number(entryRemote!.getAttribute("width"));
    expect(Number(entryOnSite!.getAttribute("x"))).toBeCloseTo(end, 0);
    expect(Number(entryOnSite!.getAttribute("width")) / Number(entryRemote!.getAttribute("width"))).toBeCloseTo(4, 1);
  });

  it("groups the parts side by side, from zero, with a key", () => {
    const element = drawChart(spec({ layout: "grouped" }), LEVELS, { id: "g" });
    const parts = rects(wide(element));
    const xs = new Set(parts.map((r) => r.getAttribute("x")));
    expect(xs.size).toBe(1);
    expect(new Set(parts.map((r) => r.getAttribute("y"))).size).toBe(4);
    expect(Array.from(element.querySelectorAll(".chart-series-legend li")).map((li) => li.textContent)).toEqual(["Remote", "Not remote"]);
  });

  it("keeps hostile names as inert text", () => {
    expectInert(drawChartToString(spec(), [{ level: HOSTILE, remote: 1, onSite: 2 }], { id: "c", narrowWidth: null }), (d) => d.querySelector("rect title")!.textContent ?? "");
  });
});
