import { describe, expect, it } from "vitest";
import { pay } from "../../src/analysis/figures/pay.ts";
import { searches, treemap } from "../../src/analysis/figures/areas.ts";
import type { FigureContext } from "../../src/charts/defineFigure.ts";
import type { ChartSpec } from "../../src/charts/renderChart.ts";
import { NO_PLACES, type ChartPlace } from "../../src/charts/chartKind.ts";
import { drawChart } from "../snapshot/drawChart.ts";

// Annotations (issue 11 item 12): the chart kinds draw the notes they are given where they
// miss the marks, and the figure specs give a note only when its finding holds for the data.

const SEARCHES = [
  { name: "Boston", count: 140 },
  { name: "Denver", count: 140 },
  { name: "Seattle", count: 140 },
  { name: "Austin", count: 139 },
  { name: "Tulsa", count: 30 },
];

const bars = (options: Record<string, unknown>, width = 720) =>
  drawChart({ kind: "bars", options: { label: "name", value: "count", ...options } }, SEARCHES, { id: "s", width, narrowWidth: 360 });

describe("bars: a rule annotation", () => {
  for (const [view, select] of [["wide", ".chart-wide svg"], ["narrow", ".chart-narrow svg"]] as const) {
    it(`draws the rule at the value and the note above every bar (${view})`, () => {
      const svg = bars({ annotations: [{ value: 140, text: "3 searches stop at exactly 140" }] }).querySelector(select)!;
      const note = svg.querySelector(".chart-annotation text")!;
      expect(note.textContent).toBe("3 searches stop at exactly 140");
      const rule = svg.querySelector(".chart-annotation-rule line")!;
      const rects = Array.from(svg.querySelectorAll("rect[data-label]"));
      const right = (r: Element) => Number(r.getAttribute("x")) + Number(r.getAttribute("width"));
      // The rule is at the end of the bars that reach 140 …
      expect(Number(rule.getAttribute("x1"))).toBeCloseTo(right(rects[0]!), 0);
      // … and stops above the first bar that does not (139), whose value label it would cross.
      const y2 = Number(rule.getAttribute("y2"));
      expect(y2).toBeGreaterThan(Number(rects[2]!.getAttribute("y")) + Number(rects[2]!.getAttribute("height")));
      expect(y2).toBeLessThan(Number(rects[3]!.getAttribute("y")));
      // The note's band is above the first bar: the note overlaps no bar.
      const noteY = Number(note.closest("g")!.getAttribute("transform")!.match(/,(-?[\d.]+)\)/)![1]) + Number(note.getAttribute("transform")!.match(/,(-?[\d.]+)\)/)![1]);
      expect(noteY + 12).toBeLessThanOrEqual(Number(rects[0]!.getAttribute("y")));
    });
  }

  it("draws nothing extra without annotations", () => {
    const svg = bars({}).querySelector(".chart-wide svg")!;
    expect(svg.querySelector(".chart-annotation, .chart-annotation-rule")).toBeNull();
  });

  it("rejects an annotation without a value, naming the option", () => {
    expect(() => bars({ annotations: [{ text: "no value" }] })).toThrow(/annotations/);
  });
});

const AREAS = [
  { name: "Austin, TX", value: 140 },
  { name: "Denver, CO", value: 135 },
  { name: "Boston, MA", value: 35 },
  { name: "Tucson, AZ", value: 5 },
];
const tree = (options: Record<string, unknown>) => drawChart({ kind: "treemap", options: { label: "name", value: "value", ...options } }, AREAS, { id: "t" });

describe("treemap: an outline annotation", () => {
  it("outlines the named rectangles and writes the note above them", () => {
    const chart = tree({ annotations: [{ at: ["Austin, TX", "Denver, CO"], text: "The 2 hubs: 81% of postings" }] });
    const svg = chart.querySelector(".chart-wide svg")!;
    const group = svg.querySelector("g.chart-annotation")!;
    expect(group.querySelector("text")!.textContent).toBe("The 2 hubs: 81% of postings");
    // Two strokes per outline: the sample beside the note and the two rectangles.
    expect(group.querySelectorAll("rect")).toHaveLength(2 * 3);
    // Every rectangle starts below the note.
    const noteBottom = Number(group.querySelector("text")!.getAttribute("y")) + 4;
    for (const rect of svg.querySelectorAll("rect[data-label]")) expect(Number(rect.getAttribute("y"))).toBeGreaterThanOrEqual(noteBottom);
  });

  it("fails on a label that is not drawn, rather than pointing at nothing", () => {
    expect(() => tree({ annotations: [{ at: ["Atlantis"], text: "x" }] })).toThrow(/annotations\[0\]\.at names "Atlantis"/);
  });

  it("labels the phone drawing at 13 units or not at all (about 11.8 px at a 360 px phone)", () => {
    const svg = tree({}).querySelector(".chart-narrow svg")!;
    const sizes = Array.from(svg.querySelectorAll(".chart-labels text")).map((t) => Number(t.getAttribute("font-size") ?? svg.getAttribute("font-size")));
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(13);
  });
});

const PLACES = [
  { area: "austin", label: "Austin, TX", lat: 30.27, lon: -97.74, value: 100, n: 7 },
  { area: "denver", label: "Denver, CO", lat: 39.74, lon: -104.99, value: 250, n: 1 },
  { area: "boston", label: "Boston, MA", lat: 42.36, lon: -71.06, value: 64, n: 5 },
];
const map = (options: Record<string, unknown>) =>
  drawChart({ kind: "bubble-map", options: { value: "value", n: "n", missing: "none", sizeBy: "n", fewerThan: 3, valueLabel: "Median", ranked: 2, ...options } }, PLACES, { id: "m" });

describe("bubble map: a label annotation", () => {
  it("names a ring (never labelled otherwise) with its note, and keeps it in the phone's ranked list", () => {
    const plain = map({});
    expect(Array.from(plain.querySelectorAll(".chart-labels-wide text")).map((t) => t.textContent)).not.toContain("Denver");
    const chart = map({ annotations: [{ at: ["denver"], text: "one posting" }] });
    const wide = Array.from(chart.querySelectorAll(".chart-labels-wide text.chart-annotation")).map((t) => t.textContent);
    expect(wide).toEqual(["Denver: one posting"]);
    // The phone's larger labels name it too, in full, as the note alone, or as the name alone.
    const narrow = Array.from(chart.querySelectorAll(".chart-labels-narrow text.chart-annotation")).map((t) => t.textContent);
    expect(narrow).toHaveLength(1);
    expect(["Denver: one posting", "one posting", "Denver"]).toContain(narrow[0]);
    const ranks = Array.from(chart.querySelectorAll(".chart-map-ranks li")).map((li) => li.textContent);
    // ranked: 2, so the list is the highest solid value and the annotated ring.
    expect(ranks).toHaveLength(2);
    expect(ranks[1]).toMatch(/^Denver, CO \(one posting\)/);
    expect(chart.querySelector(".chart-map-ranks-title")!.textContent).toMatch(/the 1 highest of 3 areas and the one annotated/);
  });
});

// ---- The figure specs: a note only when its finding holds ------------------------------

const context = (analyses: Record<string, unknown>): FigureContext => ({ analysis: ((name: string) => analyses[name]) as FigureContext["analysis"], chart: NO_PLACES });
const chartOf = (spec: { chart: unknown }, data: unknown, ctx: FigureContext) => (spec.chart as (d: unknown, c: FigureContext) => ChartSpec)(data, ctx);
const annotationsOf = (spec: ChartSpec) => (spec.options as { annotations: unknown[] }).annotations;

describe("the figures' annotations", () => {
  const counts = [{ area: "A", count: 140 }, { area: "B", count: 140 }, { area: "C", count: 140 }, { area: "D", count: 130 }, { area: "E", count: 20 }];
  const capped = { cap: 140, atCap: counts.slice(0, 3), hubs: counts.slice(0, 4), hubsShare: 550 / 570 };
  const uncapped = { cap: null, atCap: [], hubs: [], hubsShare: null };

  it("searches: the cap rule with the count of searches at it, only when the data has a cap", () => {
    expect(annotationsOf(chartOf(searches, counts, context({ areaConcentration: capped })))).toEqual([{ value: 140, text: "3 searches stop at exactly 140" }]);
    expect(annotationsOf(chartOf(searches, counts, context({ areaConcentration: uncapped })))).toEqual([]);
  });

  it("treemap: the hubs outlined with their share, only when there are hubs", () => {
    expect(annotationsOf(chartOf(treemap, counts, context({ areaConcentration: capped })))).toEqual([{ at: ["A", "B", "C", "D"], text: "The 4 searches at or near the 140 limit: 96% of all postings" }]);
    expect(annotationsOf(chartOf(treemap, counts, context({ areaConcentration: uncapped })))).toEqual([]);
  });

  // The map draws a known place that is not a whole country; the note must sit on a drawn mark.
  const city = (label: string) => ({ label, lat: 40, lon: -100, country: "US", level: "city" as const });
  const places: Record<string, ChartPlace> = {
    "Santa Fe": city("Santa Fe"), Boston: city("Boston"), Tulsa: city("Tulsa"),
    "United States": { label: "United States", lat: 39.8, lon: -98.6, country: "US", level: "country" },
  };
  const onTheMap: FigureContext = { ...context({}), chart: { place: (area) => places[area], areas: Object.keys(places) } };
  const partNotes = (areas: readonly object[]) => {
    const spec = chartOf(pay, { areas, currency: "USD" }, onTheMap);
    return spec.parts!.items.map((item) => (item.options as { annotations: unknown[] }).annotations);
  };

  it("pay: the single-posting median noted, 'the highest' only when no median is higher", () => {
    const areas = [
      { area: "Santa Fe", salariedPostings: 1, medianMin: 200_000, medianMax: 210_000 },
      { area: "Boston", salariedPostings: 9, medianMin: 150_000, medianMax: 220_000 },
      { area: "Tulsa", salariedPostings: 1, medianMin: 90_000, medianMax: 100_000 },
    ];
    expect(partNotes(areas)).toEqual([
      [{ at: ["Santa Fe"], text: "the highest median, from one posting" }],
      [{ at: ["Santa Fe"], text: "a median from one posting" }],
    ]);
    expect(partNotes(areas.map((a) => ({ ...a, salariedPostings: 4 })))).toEqual([[], []]);
  });

  it("pay: never notes a place the map leaves off (a whole country, or no known place)", () => {
    // A note naming "United States" failed multi-board-us's build: it is not among the drawn marks.
    const areas = [
      { area: "United States", salariedPostings: 1, medianMin: 250_000, medianMax: 260_000 },
      { area: "Nowhere Known", salariedPostings: 1, medianMin: 240_000, medianMax: 250_000 },
      { area: "Tulsa", salariedPostings: 1, medianMin: 90_000, medianMax: 100_000 },
      { area: "Boston", salariedPostings: 9, medianMin: 150_000, medianMax: 220_000 },
    ];
    // Tulsa carries it, and is not "the highest": the country's median is higher.
    expect(partNotes(areas)).toEqual([[{ at: ["Tulsa"], text: "a median from one posting" }], [{ at: ["Tulsa"], text: "a median from one posting" }]]);
    expect(partNotes(areas.filter((a) => a.area !== "Tulsa"))).toEqual([[], []]);
  });
});
