import { describe, expect, it } from "vitest";
import { render, renderToString, type PostingPay } from "../../src/charts/salaryStrip.ts";
import { expectSnapshot } from "./snapshot.ts";

// Many equal values, so dots must stack to stay visible.
const POSTINGS: PostingPay[] = [
  ...Array.from({ length: 12 }, (_, i) => ({ area: `Area ${i % 3}`, min: 120_000, max: 150_000 + (i % 4) * 1000, interval: "yearly" })),
  { area: "Area 9", min: 60_000, max: 90_000, interval: "hourly" },
  { area: "Area 8", min: 200_000, max: 310_000, interval: "yearly" },
];

const dots = (svg: Element) => Array.from(svg.querySelectorAll("circle"));

describe("salaryStrip", () => {
  it("matches its snapshot", () => {
    expectSnapshot("salaryStrip", renderToString(POSTINGS, { id: "pay" }));
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
