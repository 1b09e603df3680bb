import { describe, expect, it } from "vitest";
import { drawChart, drawChartToString } from "./drawChart.ts";
import { expectInert, expectSnapshot, HOSTILE } from "./snapshot.ts";

const spec = (extra: Record<string, unknown> = {}) => ({ kind: "columns", options: { x: "day", value: "count", unit: "postings", ...extra } }) as const;
const DAYS = [
  { day: "Mon", count: 120 },
  { day: "Tue", count: 240 },
  { day: "Wed", count: null },
  { day: "Thu", count: 60 },
];
const wide = (element: Element) => element.querySelector(".chart-wide svg")!;

describe("columns", () => {
  it("matches its snapshot", async () => {
    await expectSnapshot("columns", drawChartToString(spec({ values: true }), DAYS, { id: "days" }));
  });

  it("draws a column per value in the order given, heights proportional, none for null", () => {
    const rects = Array.from(wide(drawChart(spec(), DAYS, { id: "d" })).querySelectorAll("rect"));
    expect(rects.map((r) => r.querySelector("title")?.textContent)).toEqual(["Mon\n120 postings", "Tue\n240 postings", "Thu\n60 postings"]);
    const [mon, tue, thu] = rects.map((r) => Number(r.getAttribute("height")));
    expect(tue! / mon!).toBeCloseTo(2, 1);
    expect(mon! / thu!).toBeCloseTo(2, 1);
    const xs = rects.map((r) => Number(r.getAttribute("x")));
    expect(xs[0]! < xs[1]! && xs[1]! < xs[2]!).toBe(true);
  });

  it("thins crowded labels on a phone and keeps every one in the tooltips", () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ day: `2025-11-${String(i % 30 + 1).padStart(2, "0")}#${i}`, count: i + 1 }));
    const narrow = drawChart(spec(), many, { id: "m" }).querySelector(".chart-narrow svg")!;
    const labels = Array.from(narrow.querySelectorAll("text")).map((t) => t.textContent).filter((t) => t?.startsWith("2025"));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThan(many.length);
    expect(narrow.querySelectorAll("rect title")).toHaveLength(many.length);
  });

  it("keeps hostile names as inert text", () => {
    expectInert(drawChartToString(spec(), [{ day: HOSTILE, count: 3 }], { id: "c", narrowWidth: null }), (d) => d.querySelector("rect title")!.textContent ?? "");
  });
});
