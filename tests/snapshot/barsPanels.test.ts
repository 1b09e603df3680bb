import { describe, expect, it } from "vitest";
import { drawChart, drawChartToString } from "./drawChart.ts";
import { expectSnapshot } from "./snapshot.ts";

// Two samples per level, in the order the figure gives them (up LinkedIn's ladder).
const DATA = [
  { level: "Internship", backend: 0, ds: 1 },
  { level: "Entry level", backend: 30, ds: 10 },
  { level: "Mid-senior level", backend: 60, ds: 9 },
  { level: "Director", backend: 10, ds: 0 },
];
const KIND = { kind: "bars", options: { label: "level", value: "backend", share: true, unit: "postings" } } as const;
const PARTS = {
  parts: {
    layout: "panels",
    items: [
      { key: "backend", label: "Backend engineering", title: "Backend engineering (100 postings)", options: { value: "backend", color: "chart-1" } },
      { key: "data-scientist", label: "Data science", title: "Data science (20 postings)", options: { value: "ds", color: "chart-2" } },
    ],
  },
} as const;

type DrawOptions = { id: string; narrowWidth?: number | null; width?: number } & Record<string, unknown>;
/** The chart drawn from `rows` with the options a post would give (KIND's, then `extra`). */
const render = (rows: readonly object[], { id, narrowWidth, width, ...extra }: DrawOptions) =>
  drawChart({ kind: KIND.kind, options: { ...KIND.options, ...extra }, ...PARTS }, rows, { id, narrowWidth, width });
const renderToString = (rows: readonly object[], { id, narrowWidth, width, ...extra }: DrawOptions) =>
  drawChartToString({ kind: KIND.kind, options: { ...KIND.options, ...extra }, ...PARTS }, rows, { id, narrowWidth, width });


const panels = (element: Element) => Array.from(element.querySelectorAll(".chart-panel"));

describe("bars in panels", () => {
  it("matches its snapshot", async () => {
    await expectSnapshot("barsPanels", renderToString(DATA, { id: "levels" }));
  });

  it("draws two panels with the same levels in the given order", () => {
    const [backend, ds] = panels(render(DATA, { id: "levels" }));
    const levels = (panel: Element) => Array.from(panel.querySelectorAll("rect")).map((r) => r.getAttribute("data-label")!.split(": ")[1]);
    expect(levels(backend!)).toEqual(["Internship", "Entry level", "Mid-senior level", "Director"]);
    expect(levels(ds!)).toEqual(levels(backend!));
  });

  it("labels each bar with its share of the sample and its count", () => {
    const [backend, ds] = panels(render(DATA, { id: "levels" }));
    const texts = (panel: Element) => Array.from(panel.querySelectorAll("svg text")).map((t) => t.textContent);
    expect(texts(backend!)).toEqual(expect.arrayContaining(["0% (0)", "30% (30)", "60% (60)", "10% (10)"]));
    expect(texts(ds!)).toEqual(expect.arrayContaining(["5% (1)", "50% (10)", "45% (9)", "0% (0)"]));
  });

  it("shares one scale: equal shares get equal bars across panels", () => {
    const [backend, ds] = panels(render(DATA, { id: "levels" }));
    const width = (panel: Element, level: string) => Number(Array.from(panel.querySelectorAll("rect")).find((r) => r.getAttribute("data-label")!.endsWith(level))!.getAttribute("width"));
    // 60% of backend vs 50% of data science, on the same axis.
    expect(width(backend!, "Mid-senior level") / width(ds!, "Entry level")).toBeCloseTo(60 / 50, 1);
  });

  it("names the sample sizes in the panel titles", () => {
    const titles = panels(render(DATA, { id: "levels" })).map((p) => p.querySelector(".chart-panel-title")!.textContent);
    expect(titles).toEqual(["Backend engineering (100 postings)", "Data science (20 postings)"]);
  });
});
