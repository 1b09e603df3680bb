import { describe, expect, it } from "vitest";
import { chartRows } from "../../src/charts/renderChart.ts";
import { drawChart, drawChartToString } from "./drawChart.ts";
import { expectSnapshot } from "./snapshot.ts";

const spec = (extra: Record<string, unknown> = {}) => ({ kind: "histogram", options: { value: "pay", format: "usdk", unit: "postings", bins: 5, ...extra } }) as const;
const PAY = [95000, 105000, 110000, 130000, 135000, 138000, 160000, null].map((pay, i) => ({ id: i, pay }));
const wide = (element: Element) => element.querySelector(".chart-wide svg")!;

describe("histogram", () => {
  it("matches its snapshot", async () => {
    await expectSnapshot("histogram", drawChartToString(spec(), PAY, { id: "pay" }));
  });

  it("counts every non-null value into one bin with nice edges (here 10k: d3 rounds 5 bins over 95k–160k); the bins are its rows", () => {
    const bins = chartRows(spec(), PAY);
    expect(bins.reduce((sum, b) => sum + (b["count"] as number), 0)).toBe(7);
    expect(bins.map((b) => [b["from"], b["to"], b["count"]])).toEqual([
      [90000, 100000, 1], [100000, 110000, 1], [110000, 120000, 1], [120000, 130000, 0],
      [130000, 140000, 3], [140000, 150000, 0], [150000, 160000, 0], [160000, 170000, 1],
    ]);
  });

  it("draws bins side by side, heights proportional to counts", () => {
    const rects = Array.from(wide(drawChart(spec(), PAY, { id: "p" })).querySelectorAll("rect"));
    expect(rects.map((r) => r.querySelector("title")?.textContent)).toContain("$130k to under $140k\n3 postings");
    const heights = rects.map((r) => Number(r.getAttribute("height") ?? 0));
    expect(heights[4]! / heights[0]!).toBeCloseTo(3, 1);
    expect(heights[7]! / heights[0]!).toBeCloseTo(1, 1);
    expect(heights[3]).toBeCloseTo(0, 1);
  });
});
