import { describe, expect, it } from "vitest";
import { fontSizer } from "../../src/charts/islands/wordCloudIsland.ts";
import { drawChart, drawChartToString } from "./drawChart.ts";
import { expectInert, expectSnapshot, HOSTILE } from "./snapshot.ts";

const KIND = { kind: "word-cloud", options: { label: "name", value: "count", unit: "postings" } } as const;

type DrawOptions = { id: string; narrowWidth?: number | null; width?: number } & Record<string, unknown>;
/** The chart drawn from `rows` with the options a post would give (KIND's, then `extra`). */
const render = (rows: readonly object[], { id, narrowWidth, width, ...extra }: DrawOptions) =>
  drawChart({ kind: KIND.kind, options: { ...KIND.options, ...extra } }, rows, { id, narrowWidth, width });
const renderToString = (rows: readonly object[], { id, narrowWidth, width, ...extra }: DrawOptions) =>
  drawChartToString({ kind: KIND.kind, options: { ...KIND.options, ...extra } }, rows, { id, narrowWidth, width });

const PAIRS: [string, number][] = [
  ["Initech", 40],
  ["Globex", 25],
  ["Umbrella Corporation", 12],
  ["Hooli", 12],
  ["Acme", 3],
  ["Vandelay Industries", 1],
];
const NAMES = PAIRS.map(([name, count]) => ({ name, count }));

describe("wordCloud", () => {
  it("matches its snapshot", async () => {
    await expectSnapshot("wordCloud", renderToString(NAMES, { id: "cloud" }));
  });

  it("keeps a long top name on the phone drawing, scaled to fit, sizes still in rank order", () => {
    // linkedin-us's cloud left out its top name, "Northwind Systems", on the 360 px drawing: too wide at its size.
    const rows = [["Northwind Systems", 8], ["Quarry Data", 7], ["Bluefin Labs", 6], ["Copperline", 6], ["Redwood Ledger", 5], ["Cedar Grove Software", 4], ["Lumen Harbor", 3], ["Pinecrest Health IT", 1]].map(([name, count]) => ({ name, count }));
    const narrow = render(rows, { id: "cloud" }).querySelector(".chart-narrow svg")!;
    const texts = Array.from(narrow.querySelectorAll("text"));
    expect(texts.map((t) => t.childNodes[0]?.textContent)).toEqual(rows.map((r) => r.name));
    const sizes = texts.map((t) => Number(t.getAttribute("font-size")));
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeLessThanOrEqual(sizes[i - 1]!);
    for (const t of texts) expect(Number(t.getAttribute("textLength"))).toBeLessThanOrEqual(360);
  });

  it("lists every name in rank order, ties by name", () => {
    const items = Array.from(render(NAMES, { id: "cloud" }).querySelectorAll("ol li")).map((li) => li.textContent);
    expect(items).toEqual(["Initech (40)", "Globex (25)", "Hooli (12)", "Umbrella Corporation (12)", "Acme (3)", "Vandelay Industries (1)"]);
  });

  it("sizes words by count and keeps their boxes apart", () => {
    const words = Array.from(render(NAMES, { id: "cloud" }).querySelectorAll(".chart-wide text")).map((t) => ({
      text: t.childNodes[0]?.textContent,
      x: Number(t.getAttribute("x")),
      y: Number(t.getAttribute("y")),
      size: Number(t.getAttribute("font-size")),
      width: Number(t.getAttribute("textLength")),
    }));
    expect(words.map((w) => w.text)).toEqual(["Initech", "Globex", "Hooli", "Umbrella Corporation", "Acme", "Vandelay Industries"]);
    const size = (name: string) => words.find((w) => w.text === name)!.size;
    expect(size("Initech")).toBeGreaterThan(size("Globex"));
    expect(size("Hooli")).toBe(size("Umbrella Corporation"));
    // Boxes: width × (0.75 em above the baseline, 0.2 em below).
    const boxes = words.map((w) => ({ x0: w.x - w.width / 2, x1: w.x + w.width / 2, y0: w.y - 0.75 * w.size, y1: w.y + 0.2 * w.size }));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
    }
  });

  it("gives the canvas island the SVG's font sizes, from the counts and the SVG's size range", () => {
    const counts = new Map(PAIRS);
    for (const rendering of [".chart-wide", ".chart-narrow"]) {
      const words = Array.from(render(NAMES, { id: "cloud", maxWords: 5 }).querySelectorAll(`${rendering} text`)).map((t) => ({
        count: counts.get(t.childNodes[0]?.textContent ?? "")!,
        size: Number(t.getAttribute("font-size")),
      }));
      expect(words.length).toBeGreaterThan(1);
      const sizes = words.map((w) => w.size);
      const sizeOf = fontSizer(words.map((w) => w.count), [Math.min(...sizes), Math.max(...sizes)]);
      // The SVG rounds sizes to a tenth.
      for (const { count, size } of words) expect(Math.abs(sizeOf(count) - size)).toBeLessThanOrEqual(0.051);
    }
    expect(fontSizer([7, 7], [10, 20])(7)).toBe(15);
  });

  it("lays out the same way every time", () => {
    expect(renderToString(NAMES, { id: "cloud" })).toBe(renderToString(NAMES, { id: "cloud" }));
  });

  it("keeps hostile names as inert text", () => {
    const html = renderToString([{ name: HOSTILE, count: 3 }], { id: "c", narrowWidth: null });
    expectInert(html, (document) => document.querySelector("li")!.textContent ?? "");
    expectInert(html, (document) => document.querySelector("svg text")!.textContent ?? "");
  });
});
