import { describe, expect, it } from "vitest";
import type { ChartContext, ChartPlace } from "../../src/charts/chartKind.ts";
import { bubbleMap, mapProjection } from "../../src/charts/bubbleMap.ts";
import { parseChartOptions } from "../../src/charts/renderChart.ts";
import { serverDocument } from "../../src/charts/dom.ts";
import { serialize } from "../../src/charts/serialize.ts";
import { mapExtent } from "../../src/places/mapExtent.ts";
import { drawChart, drawChartToString } from "./drawChart.ts";
import { expectSnapshot, parse } from "./snapshot.ts";

// The map's frame follows the data's extent (src/places/mapExtent.ts, through the chart
// context, as the site passes places.json): the US basemap for US postings, a world map
// fitted to the countries otherwise. Real city coordinates, invented counts.

interface Area extends ChartPlace {
  readonly area: string;
  readonly country: string;
  readonly count: number;
}

const UK: Area[] = [
  { area: "London", label: "London, England", country: "GB", lat: 51.5085, lon: -0.1257, count: 40 },
  { area: "Manchester", label: "Manchester, England", country: "GB", lat: 53.4809, lon: -2.2374, count: 14 },
  { area: "Edinburgh", label: "Edinburgh, Scotland", country: "GB", lat: 55.9521, lon: -3.1965, count: 9 },
  { area: "Glasgow", label: "Glasgow, Scotland", country: "GB", lat: 55.8651, lon: -4.2576, count: 7 },
  { area: "Cardiff", label: "Cardiff, Wales", country: "GB", lat: 51.48, lon: -3.18, count: 5 },
  { area: "Belfast", label: "Belfast, Northern Ireland", country: "GB", lat: 54.5968, lon: -5.9254, count: 4 },
  { area: "Bristol", label: "Bristol, England", country: "GB", lat: 51.4552, lon: -2.5966, count: 3 },
  // A stray: 1 of 83 postings, so the map is of the UK and names it.
  { area: "New York, NY", label: "New York, NY", country: "US", lat: 40.7143, lon: -74.006, count: 1 },
];

const MIXED: Area[] = [
  { area: "Toronto, ON", label: "Toronto, ON", country: "CA", lat: 43.7001, lon: -79.4163, count: 30 },
  { area: "Vancouver, BC", label: "Vancouver, BC", country: "CA", lat: 49.2497, lon: -123.1193, count: 12 },
  { area: "Ottawa, ON", label: "Ottawa, ON", country: "CA", lat: 45.4112, lon: -75.6981, count: 8 },
  { area: "Seattle, WA", label: "Seattle, WA", country: "US", lat: 47.6062, lon: -122.3321, count: 10 },
  // Inland cities: a point on a coast or a river (Manhattan, Montreal) may fall a pixel into the sea of a simplified coastline.
  { area: "Chicago, IL", label: "Chicago, IL", country: "US", lat: 41.85, lon: -87.65, count: 9 },
  { area: "Austin, TX", label: "Austin, TX", country: "US", lat: 30.2672, lon: -97.7431, count: 5 },
];

const US: Area[] = [
  { area: "Austin, TX", label: "Austin, TX", country: "US", lat: 30.2672, lon: -97.7431, count: 100 },
  { area: "Boston, MA", label: "Boston, MA", country: "US", lat: 42.3584, lon: -71.0598, count: 64 },
  { area: "Denver, CO", label: "Denver, CO", country: "US", lat: 39.7392, lon: -104.9847, count: 25 },
  { area: "Seattle, WA", label: "Seattle, WA", country: "US", lat: 47.6062, lon: -122.3321, count: 9 },
  { area: "Anchorage, AK", label: "Anchorage, AK", country: "US", lat: 61.2181, lon: -149.9003, count: 4 },
  // 2 of 204 postings abroad: the US basemap, with Mexico City named under it.
  { area: "Mexico City", label: "Mexico City, Mexico", country: "MX", lat: 19.4285, lon: -99.1277, count: 2 },
];

/** The context the site builds from places.json: places by area, the areas most postings first, the extent. */
function contextOf(areas: readonly Area[]): ChartContext {
  const byArea = new Map(areas.map((a) => [a.area, a]));
  const extent = mapExtent(areas.map((a) => ({ area: a.area, country: a.country, rows: a.count })));
  return { place: (area) => byArea.get(area), areas: areas.map((a) => a.area), mapFrame: extent };
}

const SPEC = { kind: "bubble-map", options: { area: "area", value: "count", valueLabel: "Postings", missing: "zero", labels: 6 } } as const;
const rowsOf = (areas: readonly Area[]) => areas.map(({ area, count }) => ({ area, count }));
const draw = (areas: readonly Area[]) => drawChart(SPEC, rowsOf(areas), { id: "map" }, contextOf(areas));

/** The basemap symbol the page holds once (the kind's pageDefs), as markup. */
function symbolOf(areas: readonly Area[]): Element {
  const def = bubbleMap.pageDefs!(parseChartOptions("bubble-map", SPEC.options) as never, contextOf(areas))!;
  const symbol = parse(serialize(def.draw(serverDocument()))).querySelector("symbol");
  expect(symbol?.getAttribute("id")).toBe(def.key);
  return symbol!;
}

// The rings of path data written as "M x,y L x,y ... Z" (worldBasemap's pathData).
function ringsOf(d: string): [number, number][][] {
  return d.split("M").filter(Boolean).map((ring) => ring.replace(/Z$/, "").split("L").map((p) => p.split(",").map(Number) as [number, number]));
}

/** Even-odd point in polygon over every ring of the path. */
function insidePath([x, y]: [number, number], d: string): boolean {
  let inside = false;
  for (const ring of ringsOf(d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Each bubble's centre in the basemap symbol's own units (the drawing scales the symbol to its width). */
function bubbleCentres(chart: Element, symbol: Element): Map<string, [number, number]> {
  const svg = chart.querySelector("svg.chart-svg")!;
  const scale = Number(symbol.getAttribute("viewBox")!.split(" ")[2]) / Number(svg.getAttribute("width"));
  return new Map(Array.from(svg.querySelectorAll(".chart-marks circle")).map((c) => [
    c.getAttribute("data-label")!,
    [Number(c.getAttribute("cx")) * scale, Number(c.getAttribute("cy")) * scale],
  ]));
}

describe("bubble map frames", () => {
  it("UK postings: a map fitted to the UK, the bubbles on British land, the stray named", async () => {
    const html = drawChartToString(SPEC, rowsOf(UK), { id: "map" }, contextOf(UK));
    await expectSnapshot("bubbleMap-uk", html);
    const chart = draw(UK);
    const symbol = symbolOf(UK);
    expect(chart.querySelector("use")!.getAttribute("href")).toBe(`#${symbol.getAttribute("id")}`);
    expect(symbol.getAttribute("id")).toMatch(/^chart-world-basemap-gb-/);
    const [others, focus] = Array.from(symbol.querySelectorAll("path")).map((p) => p.getAttribute("d")!);
    const centres = bubbleCentres(chart, symbol);
    expect([...centres.keys()].sort()).toEqual(UK.filter((a) => a.country === "GB").map((a) => a.label).sort());
    for (const [label, centre] of centres) expect(insidePath(centre, focus!), `${label} on the UK's land`).toBe(true);
    // Ireland, France and the sea are not the UK: Dublin and Paris fall outside its shape.
    const project = mapProjection(parseChartOptions("bubble-map", SPEC.options) as never, contextOf(UK)).project(Number(symbol.getAttribute("viewBox")!.split(" ")[2]));
    expect(insidePath(project([-6.26, 53.35])!, focus!)).toBe(false);
    expect(insidePath(project([-6.26, 53.35])!, others!)).toBe(true);
    // North up, east right: Edinburgh above London, Cardiff west of it, Belfast west of Glasgow.
    const at = (label: string) => centres.get(label)!;
    expect(at("Edinburgh, Scotland")[1]).toBeLessThan(at("London, England")[1]);
    expect(at("Cardiff, Wales")[0]).toBeLessThan(at("London, England")[0]);
    expect(at("Belfast, Northern Ireland")[0]).toBeLessThan(at("Glasgow, Scotland")[0]);
    // The UK fills the frame: London to Edinburgh is over a third of its height.
    expect(at("London, England")[1] - at("Edinburgh, Scotland")[1]).toBeGreaterThan(Number(symbol.getAttribute("viewBox")!.split(" ")[3]) / 3);
    const note = chart.querySelector(".chart-note-offmap")!;
    expect(note.textContent).toBe("Outside this map: New York, NY (1).");
    // Labels for the largest, without the region ("London", not "London, England").
    expect(Array.from(chart.querySelectorAll(".chart-labels-wide text")).map((t) => t.textContent)).toContain("London");
  });

  it("a mixed Canadian and US scrape: one map of both countries, each bubble in its own", async () => {
    await expectSnapshot("bubbleMap-mixed", drawChartToString(SPEC, rowsOf(MIXED), { id: "map" }, contextOf(MIXED)));
    const chart = draw(MIXED);
    const symbol = symbolOf(MIXED);
    expect(symbol.getAttribute("id")).toMatch(/^chart-world-basemap-ca-us-/);
    const [, focus] = Array.from(symbol.querySelectorAll("path")).map((p) => p.getAttribute("d")!);
    const centres = bubbleCentres(chart, symbol);
    expect(centres.size).toBe(MIXED.length);
    for (const [label, centre] of centres) expect(insidePath(centre, focus!), `${label} on land`).toBe(true);
    expect(chart.querySelector(".chart-note-offmap")).toBeNull();
    // Toronto is north of Chicago and east of it; Vancouver north of Seattle and west of Toronto.
    const at = (label: string) => centres.get(label)!;
    expect(at("Toronto, ON")[1]).toBeLessThan(at("Chicago, IL")[1]);
    expect(at("Toronto, ON")[0]).toBeGreaterThan(at("Chicago, IL")[0]);
    expect(at("Vancouver, BC")[1]).toBeLessThan(at("Seattle, WA")[1]);
    expect(at("Vancouver, BC")[0]).toBeLessThan(at("Toronto, ON")[0]);
  });

  it("US postings: the shared Albers basemap, as before, with the postings abroad named", async () => {
    await expectSnapshot("bubbleMap-us", drawChartToString(SPEC, rowsOf(US), { id: "map" }, contextOf(US)));
    const chart = draw(US);
    expect(chart.querySelector("use")!.getAttribute("href")).toBe("#chart-us-basemap");
    expect(symbolOf(US).getAttribute("id")).toBe("chart-us-basemap");
    const drawn = Array.from(chart.querySelectorAll(".chart-marks circle")).map((c) => c.getAttribute("data-label"));
    expect(drawn).toEqual(["Austin, TX", "Boston, MA", "Denver, CO", "Seattle, WA", "Anchorage, AK"]);
    expect(chart.querySelector(".chart-note-offmap")!.textContent).toBe("Outside this map: Mexico City, Mexico (2).");
  });

  it("shares one symbol between the maps of a build, and keeps the US map without a frame in the context", () => {
    expect(symbolOf(UK).getAttribute("id")).toBe(symbolOf(UK).getAttribute("id"));
    expect(symbolOf(UK).getAttribute("id")).not.toBe(symbolOf(MIXED).getAttribute("id"));
    const noFrame = drawChart(SPEC, [{ area: "x", count: 1, lat: 51.5, lon: -0.12, label: "London" }], { id: "map" });
    expect(noFrame.querySelector("use")!.getAttribute("href")).toBe("#chart-us-basemap");
  });

  it("draws the world basemap in the theme's colours (dark mode follows the variables)", () => {
    const styles = Array.from(symbolOf(UK).querySelectorAll("path")).map((p) => p.getAttribute("style") ?? "");
    for (const style of styles) expect(style).toMatch(/fill:var\(--chart-land, #[0-9a-f]{6}\);stroke:var\(--chart-borders, #[0-9a-f]{6}\)/);
  });

  it("can be asked for a given frame: projection world with countries, or albers-usa whatever the data", () => {
    const india = drawChart({ kind: "bubble-map", options: { ...SPEC.options, projection: "world", countries: ["IN"] } },
      [{ area: "b", count: 3, lat: 12.97, lon: 77.59, label: "Bengaluru, Karnataka" }], { id: "map" });
    expect(india.querySelector("use")!.getAttribute("href")).toMatch(/^#chart-world-basemap-in-/);
    expect(india.querySelectorAll(".chart-marks circle")).toHaveLength(1);
    const forcedUs = drawChart({ kind: "bubble-map", options: { ...SPEC.options, projection: "albers-usa" } }, rowsOf(UK), { id: "map" }, contextOf(UK));
    expect(forcedUs.querySelector("use")!.getAttribute("href")).toBe("#chart-us-basemap");
    expect(() => parseChartOptions("bubble-map", { ...SPEC.options, projection: "world", countries: ["gb"] })).toThrow(/ISO 3166-1 alpha-2/);
  });
});
