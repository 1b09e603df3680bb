import { describe, expect, it } from "vitest";
import { drawChart, drawChartToString } from "./drawChart.ts";
import { expectInert, expectSnapshot, HOSTILE } from "./snapshot.ts";

const spec = (extra: Record<string, unknown> = {}) => ({ kind: "range", options: { label: "name", min: "low", max: "high", format: "usdk", minLabel: "lower", maxLabel: "upper", ...extra } }) as const;
const PAY = [
  { name: "Austin", low: 100000, high: 150000, mid: 120000 },
  { name: "Boston", low: 120000, high: 200000, mid: 160000 },
  { name: "Chicago", low: null, high: 90000, mid: null },
];
const wide = (element: Element) => element.querySelector(".chart-wide svg")!;

describe("range", () => {
  it("matches its snapshot", async () => {
    await expectSnapshot("range", drawChartToString(spec({ mid: "mid", sort: "desc" }), PAY, { id: "pay" }));
  });

  it("draws a line from each low to its high end, leaving out rows without both", () => {
    const svg = wide(drawChart(spec(), PAY, { id: "p" }));
    const lines = Array.from(svg.querySelectorAll("line")).filter((l) => l.querySelector("title"));
    expect(lines.map((l) => l.querySelector("title")!.textContent)).toEqual(["Austin\nlower $100k – upper $150k", "Boston\nlower $120k – upper $200k"]);
    const length = (l: Element) => Number(l.getAttribute("x2")) - Number(l.getAttribute("x1"));
    expect(length(lines[1]!) / length(lines[0]!)).toBeCloseTo(80 / 50, 1);
  });

  it("sorts by the high end and writes the median ring's value in the tooltip", () => {
    const svg = wide(drawChart(spec({ mid: "mid", sort: "desc" }), PAY, { id: "p" }));
    const first = svg.querySelector("line title")!.textContent;
    expect(first).toBe("Boston\nlower $120k – upper $200k\nmedian $160k");
  });

  it("keeps hostile names as inert text", () => {
    expectInert(drawChartToString(spec(), [{ name: HOSTILE, low: 1, high: 2 }], { id: "c", narrowWidth: null }), (d) => d.querySelector("line title")!.textContent ?? "");
  });
});
