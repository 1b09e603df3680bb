import { describe, expect, it } from "vitest";
import { drawChart, drawChartToString } from "./drawChart.ts";
import { expectInert, expectSnapshot, HOSTILE } from "./snapshot.ts";

const KIND = { kind: "treemap", options: { label: "name", value: "value", unit: "postings" } } as const;

type DrawOptions = { id: string; narrowWidth?: number | null; width?: number } & Record<string, unknown>;
/** The chart drawn from `rows` with the options a post would give (KIND's, then `extra`). */
const render = (rows: readonly object[], { id, narrowWidth, width, ...extra }: DrawOptions) =>
  drawChart({ kind: KIND.kind, options: { ...KIND.options, ...extra } }, rows, { id, narrowWidth, width });
const renderToString = (rows: readonly object[], { id, narrowWidth, width, ...extra }: DrawOptions) =>
  drawChartToString({ kind: KIND.kind, options: { ...KIND.options, ...extra } }, rows, { id, narrowWidth, width });

const AREAS = [
  { name: "Austin, TX", value: 140 },
  { name: "Denver, CO", value: 70 },
  { name: "Boston, MA", value: 35 },
  { name: "Tucson, AZ", value: 5 },
  { name: "Nowhere, XX", value: 0 },
];

const cells = (element: Element) => Array.from(element.querySelectorAll(".chart-wide rect"));

describe("treemap", () => {
  it("matches its snapshot", async () => {
    await expectSnapshot("treemap", renderToString(AREAS, { id: "areas" }));
  });

  it("matches its snapshot with an outline annotation", async () => {
    await expectSnapshot("treemap-annotated", renderToString(AREAS, { id: "areas", annotations: [{ at: ["Austin, TX", "Denver, CO"], text: "The 2 largest: 84% of postings" }] }));
  });

  it("draws one rectangle per positive value, area growing with the value", () => {
    const rects = cells(render(AREAS, { id: "areas" }));
    expect(rects.map((r) => r.getAttribute("data-label"))).toEqual(["Austin, TX", "Denver, CO", "Boston, MA", "Tucson, AZ"]);
    const areas = rects.map((r) => Number(r.getAttribute("width")) * Number(r.getAttribute("height")));
    // Padding costs small cells a little, so compare shares loosely: 140 of 250 → 56%.
    const total = areas.reduce((a, b) => a + b, 0);
    expect(areas[0]! / total).toBeCloseTo(140 / 250, 1);
    expect(areas[1]! / areas[2]!).toBeCloseTo(2, 0);
  });

  it("gives every rectangle a tooltip with the share", () => {
    const rect = cells(render(AREAS, { id: "areas" }))[1]!;
    expect(rect.querySelector("title")?.textContent).toBe("Denver, CO\n70 postings (28% of all)");
  });

  it("writes only labels that fit their rectangle", () => {
    const chart = render([{ name: "A very long area name that cannot fit anywhere, ZZ", value: 1 }, { name: "Big, TX", value: 999 }], { id: "t", narrowWidth: null });
    const labels = Array.from(chart.querySelectorAll("text")).map((t) => t.textContent);
    expect(labels).toContain("Big999");
    expect(labels.join(" ")).not.toContain("A very long area name that cannot fit anywhere");
  });

  it("keeps hostile names as inert text", () => {
    const html = renderToString([{ name: HOSTILE, value: 3 }], { id: "t", narrowWidth: null });
    expectInert(html, (document) => document.querySelector("rect title")!.textContent ?? "");
  });
});
