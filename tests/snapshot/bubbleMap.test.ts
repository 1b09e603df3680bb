import { describe, expect, it } from "vitest";
import { basemapDefs, usBasemap } from "../../src/charts/basemap.ts";
import { drawChart, drawChartToString } from "./drawChart.ts";
import { serverDocument } from "../../src/charts/dom.ts";
import { serialize } from "../../src/charts/serialize.ts";
import { expectInert, expectSnapshot, HOSTILE, parse } from "./snapshot.ts";

// Real city coordinates, invented values.
const KIND = { kind: "bubble-map", options: { value: "value", n: "n", missing: "none" } } as const;

type DrawOptions = { id: string; narrowWidth?: number | null; width?: number } & Record<string, unknown>;
/** The chart drawn from `rows` with the options a post would give (KIND's, then `extra`). */
const render = (rows: readonly object[], { id, narrowWidth, width, ...extra }: DrawOptions) =>
  drawChart({ kind: KIND.kind, options: { ...KIND.options, ...extra } }, rows, { id, narrowWidth, width });
const renderToString = (rows: readonly object[], { id, narrowWidth, width, ...extra }: DrawOptions) =>
  drawChartToString({ kind: KIND.kind, options: { ...KIND.options, ...extra } }, rows, { id, narrowWidth, width });

// area, label, lat, lon, value (null: no data), n (postings behind the value)
const AREAS = [
  { area: "austin", label: "Austin, TX", lat: 30.27, lon: -97.74, value: 100, n: 7 },
  { area: "denver", label: "Denver, CO", lat: 39.74, lon: -104.99, value: 25, n: 1 },
  { area: "boston", label: "Boston, MA", lat: 42.36, lon: -71.06, value: 64 },
  { area: "seattle", label: "Seattle, WA", lat: 47.61, lon: -122.33, value: 9 },
  { area: "kc", label: "Kansas City, MO", lat: 39.1, lon: -94.58, value: null },
  { area: "anchorage", label: "Anchorage, AK", lat: 61.22, lon: -149.9, value: null },
];

const circles = (element: Element) => Array.from(element.querySelectorAll(".chart-marks circle"));

describe("bubbleMap", () => {
  it("matches its snapshot", async () => {
    await expectSnapshot("bubbleMap", renderToString(AREAS, { id: "map", valueLabel: "Postings", labels: 3 }));
  });

  it("draws one bubble per area with a value, largest first", () => {
    const chart = render(AREAS, { id: "map", valueLabel: "Postings" });
    const drawn = circles(chart).map((c) => c.getAttribute("data-label"));
    expect(drawn).toEqual(["Austin, TX", "Boston, MA", "Denver, CO", "Seattle, WA"]);
  });

  it("makes bubble area proportional to the value (radius ∝ √value)", () => {
    const chart = render(AREAS, { id: "map", valueLabel: "Postings" });
    const values = new Map(AREAS.map((a) => [a.label, a.value]));
    const ratios = circles(chart).map((c) => Number(c.getAttribute("r")) ** 2 / values.get(c.getAttribute("data-label")!)!);
    for (const ratio of ratios) expect(ratio).toBeCloseTo(ratios[0]!, 0);
    // 100 vs 25: twice the radius, four times the area.
    const r = (label: string) => Number(circles(chart).find((c) => c.getAttribute("data-label") === label)!.getAttribute("r"));
    expect(r("Austin, TX") / r("Denver, CO")).toBeCloseTo(2, 1);
  });

  it("marks areas without data with a cross and names them under the map", () => {
    const chart = render(AREAS, { id: "map", valueLabel: "Postings" });
    const crosses = Array.from(chart.querySelectorAll(".chart-missing path"));
    expect(crosses.map((c) => c.getAttribute("data-label"))).toEqual(["Kansas City, MO", "Anchorage, AK"]);
    const note = chart.querySelector(".chart-note-missing")!;
    expect(note.textContent).toContain("No data for 2 areas");
    expect(Array.from(note.querySelectorAll(".chart-missing-name")).map((n) => n.textContent)).toEqual(["Anchorage, AK", "Kansas City, MO"]);
  });

  it("calls its bubbles places when told the rows name no searches", () => {
    const chart = render(AREAS, { id: "map", valueLabel: "Postings", areaNoun: "place" });
    expect(chart.querySelector(".chart-note-missing")!.textContent).toContain("No data for 2 places");
    expect(chart.querySelector(".chart-map-ranks-title")!.textContent).toBe("Postings, every place, highest first.");
  });

  it("separates the names without data by semicolons when they hold commas of their own", () => {
    // The real data's pay map read "No data for 14 areas: Atlanta, GA, Cleveland, OH, Des Moines, IA, ...".
    const rows = [...AREAS, { area: "tucson", label: "Tucson, AZ", lat: 32.22, lon: -110.97, value: null }];
    const note = render(rows, { id: "map", valueLabel: "Postings" }).querySelector(".chart-note-missing")!;
    expect(note.textContent?.trim()).toBe("No data for 3 areas: Anchorage, AK; Kansas City, MO; and Tucson, AZ.");
  });

  it("omits the note when every area has data", () => {
    const chart = render(AREAS.filter((a) => a.value !== null), { id: "map", valueLabel: "Postings" });
    expect(chart.querySelector(".chart-note-missing")).toBeNull();
    expect(chart.querySelectorAll(".chart-missing path")).toHaveLength(0);
  });

  it("gives each bubble a tooltip with the label, formatted value and sample size", () => {
    const chart = render(AREAS, { id: "map", valueLabel: "Median lower bound", format: "usd", nLabel: "salaried postings" });
    const austin = circles(chart)[0]!;
    expect(austin.querySelector("title")?.textContent).toBe("Austin, TX\nMedian lower bound: $100\nBased on 7 salaried postings");
    expect(austin.getAttribute("data-value")).toBe("Median lower bound: $100");
    expect(austin.getAttribute("data-n")).toBe("Based on 7 salaried postings");
    expect(circles(chart)[2]!.querySelector("title")?.textContent).toContain("Based on 1 salaried posting");
    expect(circles(chart)[1]!.getAttribute("data-n")).toBeNull(); // Boston has no n
  });

  it("labels at most `labels` areas, the largest", () => {
    const chart = render(AREAS, { id: "map", valueLabel: "Postings", labels: 2 });
    const labels = Array.from(chart.querySelectorAll(".chart-labels-wide text")).map((t) => t.textContent);
    expect(labels).toEqual(["Austin", "Boston"]);
  });

  it("is labelled by the figure's title and description", () => {
    const svg = render(AREAS, { id: "map", valueLabel: "Postings" }).querySelector("svg.chart-svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-labelledby")).toBe("map-title map-desc");
  });

  it("references the shared basemap, or embeds it when asked", () => {
    const shared = render(AREAS, { id: "map", valueLabel: "Postings" });
    expect(shared.querySelector("use")?.getAttribute("href")).toBe("#chart-us-basemap");
    const inline = render(AREAS, { id: "map", valueLabel: "Postings", basemap: "inline" });
    expect(inline.querySelector("use")).toBeNull();
    expect(inline.querySelectorAll("path[d^='M']").length).toBeGreaterThan(2);
  });

  it("keeps hostile labels as inert text", () => {
    const html = renderToString([{ ...AREAS[0]!, label: HOSTILE }, { ...AREAS[4]!, label: HOSTILE }], { id: "map", valueLabel: "Postings" });
    expectInert(html, (document) => document.querySelector("circle title")!.textContent ?? "");
    expectInert(html, (document) => document.querySelector(".chart-missing-name")!.textContent ?? "");
    expect(parse(html).querySelector("circle")!.getAttribute("data-label")).toBe(HOSTILE);
  });
});

describe("bubbleMap: a value sized by what it rests on, rings for thin samples, a phone's ranked view", () => {
  // A median per area and how many postings it rests on: the largest median has the fewest.
  const PAY = [
    { area: "santafe", label: "Santa Fe, NM", lat: 35.69, lon: -105.94, value: 200, n: 1 },
    { area: "austin", label: "Austin, TX", lat: 30.27, lon: -97.74, value: 150, n: 16 },
    { area: "denver", label: "Denver, CO", lat: 39.74, lon: -104.99, value: 120, n: 4 },
    { area: "boston", label: "Boston, MA", lat: 42.36, lon: -71.06, value: 130, n: 2 },
    { area: "seattle", label: "Seattle, WA", lat: 47.61, lon: -122.33, value: 90, n: 9 },
  ];
  const pay = (extra: Record<string, unknown> = {}) => render(PAY, { id: "pay", valueLabel: "Median", nLabel: "salaried postings", sizeBy: "n", fewerThan: 3, ...extra });
  const byLabel = (chart: Element) => new Map(circles(chart).map((c) => [c.getAttribute("data-label")!, c]));

  it('sizes bubbles by n with sizeBy "n": area proportional to the postings, not to the median', () => {
    const drawn = byLabel(pay());
    const r = (label: string) => Number(drawn.get(label)!.getAttribute("r"));
    // 16 vs 4 postings: twice the radius; the median (150 vs 120) does not enter.
    expect(r("Austin, TX") / r("Denver, CO")).toBeCloseTo(2, 1);
    expect(r("Santa Fe, NM")).toBeLessThan(r("Seattle, WA"));
    // Largest first, so the small ones are drawn on top.
    expect(circles(pay()).map((c) => c.getAttribute("data-label"))).toEqual(["Austin, TX", "Seattle, WA", "Denver, CO", "Boston, MA", "Santa Fe, NM"]);
  });

  it("draws values resting on fewer than `fewerThan` as rings, says how many, and labels none of them", () => {
    const chart = pay({ labels: 5 });
    const drawn = byLabel(chart);
    const ring = (label: string) => /^fill:var\(--bg/.test(drawn.get(label)!.getAttribute("style") ?? "");
    expect(PAY.filter((a) => ring(a.label)).map((a) => a.label)).toEqual(["Santa Fe, NM", "Boston, MA"]);
    expect(chart.querySelector(".chart-legend-rings")?.textContent).toBe(" Rings: 2 of 5 values rest on fewer than 3 salaried postings.");
    expect(chart.querySelector(".chart-legend-note")?.textContent).toBe("Circle area is proportional to the number of salaried postings; colour shows the value.");
    const labels = Array.from(chart.querySelectorAll(".chart-labels-wide text")).map((t) => t.textContent);
    expect(labels).not.toContain("Santa Fe");
    expect(labels).not.toContain("Boston");
    expect(labels.length).toBeGreaterThan(0);
  });

  it("without sizeBy and fewerThan, sizes by the value and draws no rings", () => {
    const chart = render(PAY, { id: "pay", valueLabel: "Median" });
    expect(chart.querySelector(".chart-legend-rings")).toBeNull();
    expect(chart.querySelector(".chart-legend-note")?.textContent).toBe("Circle area is proportional to the value.");
    expect(circles(chart)[0]!.getAttribute("data-label")).toBe("Santa Fe, NM");
  });

  it("refuses sizeBy n without an n field", () => {
    expect(() => drawChart({ kind: "bubble-map", options: { value: "value", valueLabel: "Median", sizeBy: "n", missing: "none" } }, PAY, { id: "pay" })).toThrow(/need the `n` option/);
  });

  it("follows the map with a ranked dot plot for phones: highest first, rings after the rest, cut at `ranked`", () => {
    const ranks = pay().querySelector(".chart-map-ranks")!;
    const names = Array.from(ranks.querySelectorAll(".chart-map-ranks-name")).map((n) => n.textContent);
    expect(names).toEqual(["Austin, TX", "Denver, CO", "Seattle, WA", "Santa Fe, NM", "Boston, MA"]);
    expect(Array.from(ranks.querySelectorAll("li.is-ring .chart-map-ranks-name")).map((n) => n.textContent)).toEqual(["Santa Fe, NM", "Boston, MA"]);
    expect(ranks.querySelector(".chart-map-ranks-title")?.textContent).toBe("Median, every area, highest first; rings, resting on fewer than 3 salaried postings, after the rest.");
    // Dots from the lowest value on the map (90, Seattle) to the highest (200, Santa Fe).
    const at = Array.from(ranks.querySelectorAll(".chart-map-ranks-dot")).map((d) => d.getAttribute("style"));
    expect(at[0]).toBe(`left:${Math.round(((150 - 90) / 110) * 1000) / 10}%`);
    expect(at[2]).toBe("left:0%");
    expect(at[3]).toBe("left:100%");

    const counts = render(AREAS, { id: "map", valueLabel: "Postings", ranked: 2 }).querySelector(".chart-map-ranks")!;
    expect(Array.from(counts.querySelectorAll(".chart-map-ranks-value")).map((v) => v.textContent)).toEqual(["100", "64"]);
    expect(counts.querySelector(".chart-map-ranks-title")?.textContent).toBe("Postings, the 2 highest of 4 areas (the table has them all), highest first.");
    expect(render(AREAS, { id: "map", valueLabel: "Postings", ranked: 0 }).querySelector(".chart-map-ranks")).toBeNull();
  });

  it("leaves a place that is a whole country off the map, and says so under it (a bubble at its centre would read as a city there)", () => {
    const PLACES: Record<string, { label: string; lat: number; lon: number; country: string; level: "city" | "country" }> = {
      "Austin, TX": { label: "Austin, TX", lat: 30.27, lon: -97.74, country: "US", level: "city" },
      "United States": { label: "United States", lat: 39.8, lon: -98.6, country: "US", level: "country" },
    };
    const context = { place: (area: string) => PLACES[area], areas: Object.keys(PLACES) };
    const rows = [{ area: "United States", value: 12 }, { area: "Austin, TX", value: 5 }];
    const chart = drawChart({ kind: "bubble-map", options: { area: "area", value: "value", valueLabel: "Postings", missing: "none" } }, rows, { id: "c" }, context);
    expect(circles(chart).map((c) => c.getAttribute("data-label"))).toEqual(["Austin, TX"]);
    expect(chart.querySelector(".chart-note-offmap")?.textContent).toBe("Not on the map, as it names a whole country: United States (12).");
  });

  it("keeps the rows' order for equal values in the ranked view (the analysis's ranking, as the prose lists it)", () => {
    const tied = [PAY[4]!, PAY[1]!, PAY[2]!].map((a) => ({ ...a, value: 100 }));
    const ranks = render(tied, { id: "pay", valueLabel: "Median" }).querySelector(".chart-map-ranks")!;
    expect(Array.from(ranks.querySelectorAll(".chart-map-ranks-name")).map((n) => n.textContent)).toEqual(["Seattle, WA", "Austin, TX", "Denver, CO"]);
  });

  it("keeps hostile area names inert in the ranked view", () => {
    const ranks = render([{ ...PAY[0]!, label: HOSTILE }, PAY[1]!], { id: "pay", valueLabel: "Median" }).querySelector(".chart-map-ranks")!;
    expect(ranks.querySelector(".chart-map-ranks-name")?.textContent).toBe(HOSTILE);
    expect(ranks.querySelector("script")).toBeNull();
  });
});

describe("basemap", () => {
  it("is small: simplified, whole-unit coordinates", () => {
    const { land, borders } = usBasemap();
    expect(land.length + borders.length).toBeLessThan(25_000);
    expect(`${land}${borders}`).not.toMatch(/\d\.\d/);
  });

  it("is one symbol with the land and the state borders", () => {
    const html = serialize(basemapDefs(serverDocument()));
    const symbol = parse(html).querySelector("symbol#chart-us-basemap")!;
    expect(symbol.getAttribute("viewBox")).toBe("0 0 975 610");
    expect(symbol.querySelectorAll("path")).toHaveLength(2);
  });
});
