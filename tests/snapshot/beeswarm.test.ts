import { describe, expect, it } from "vitest";
import { drawChart, drawChartToString } from "./drawChart.ts";
import { expectSnapshot } from "./snapshot.ts";

// Many equal values, so dots must stack to stay visible.
const KIND = {
  kind: "beeswarm",
  options: {
    label: "area", stated: "interval", usual: "yearly", format: "usd", axisFormat: "usdk",
    series: [{ value: "min", label: "Lower bound" }, { value: "max", label: "Upper bound" }],
    note: "Each dot is one posting.", hollowNote: "Hollow dots: pay stated per hour, converted to a yearly amount.",
  },
} as const;
const PARTS = {};

type DrawOptions = { id: string; narrowWidth?: number | null; width?: number } & Record<string, unknown>;
/** The chart drawn from `rows` with the options a post would give (KIND's, then `extra`). */
const render = (rows: readonly object[], { id, narrowWidth, width, ...extra }: DrawOptions) =>
  drawChart({ kind: KIND.kind, options: { ...KIND.options, ...extra }, ...PARTS }, rows, { id, narrowWidth, width });
const renderToString = (rows: readonly object[], { id, narrowWidth, width, ...extra }: DrawOptions) =>
  drawChartToString({ kind: KIND.kind, options: { ...KIND.options, ...extra }, ...PARTS }, rows, { id, narrowWidth, width });

const POSTINGS = [
  ...Array.from({ length: 12 }, (_, i) => ({ area: `Area ${i % 3}`, min: 120_000, max: 150_000 + (i % 4) * 1000, interval: "yearly" })),
  { area: "Area 9", min: 60_000, max: 90_000, interval: "hourly" },
  { area: "Area 8", min: 200_000, max: 310_000, interval: "yearly" },
];

const dots = (svg: Element) => Array.from(svg.querySelectorAll("circle"));

describe("beeswarm", () => {
  it("matches its snapshot", async () => {
    await expectSnapshot("beeswarm", renderToString(POSTINGS, { id: "pay" }));
  });

  it("draws one dot per posting and bound, in each drawing", () => {
    const chart = render(POSTINGS, { id: "pay" });
    for (const svg of Array.from(chart.querySelectorAll("svg"))) expect(dots(svg)).toHaveLength(2 * POSTINGS.length);
  });

  it("stacks dots so that none overlaps another", () => {
    const svg = render(POSTINGS, { id: "pay" }).querySelector(".chart-wide svg")!;
    const circles = dots(svg).map((c) => ({ x: Number(c.getAttribute("cx")), y: Number(c.getAttribute("cy")), r: Number(c.getAttribute("r")) }));
    for (const [i, a] of circles.entries()) {
      for (const b of circles.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r - 0.2);
    }
  });

  it("draws pay stated per hour hollow, and says so", () => {
    const chart = render(POSTINGS, { id: "pay", narrowWidth: null });
    const hollow = dots(chart).filter((c) => (c.parentElement?.getAttribute("fill") ?? c.getAttribute("fill")) === "none");
    expect(hollow).toHaveLength(2);
    expect(hollow[0]!.querySelector("title")?.textContent).toContain("Area 9");
    expect(chart.querySelector(".chart-note")?.textContent).toContain("per hour");
  });

  it("names the median of each row", () => {
    const texts = Array.from(render(POSTINGS, { id: "pay", narrowWidth: null }).querySelectorAll("text")).map((t) => t.textContent);
    expect(texts).toContain("Lower bound · median $120,000");
    expect(texts).toContain("Upper bound · median $151,500");
  });
});
