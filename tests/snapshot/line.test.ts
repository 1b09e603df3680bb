import { describe, expect, it } from "vitest";
import { drawChart, drawChartToString } from "./drawChart.ts";
import { expectSnapshot } from "./snapshot.ts";

const spec = (extra: Record<string, unknown> = {}) => ({ kind: "line", options: { x: "date", value: "count", unit: "postings", ...extra } }) as const;
const DATES = [
  { date: "2025-11-12", count: 30, board: "Indeed" },
  { date: "2025-11-10", count: 10, board: "LinkedIn" },
  { date: "2025-11-11", count: 20, board: "LinkedIn" },
  { date: "2025-11-10", count: 5, board: "Indeed" },
];
const wide = (element: Element) => element.querySelector(".chart-wide svg")!;

describe("line", () => {
  it("matches its snapshot", async () => {
    await expectSnapshot("line", drawChartToString(spec({ series: "board" }), DATES, { id: "dates" }));
  });

  it("draws one line per series (in order of first date), points in date order, dates written YYYY-MM-DD in UTC", () => {
    const element = drawChart(spec({ series: "board" }), DATES, { id: "d" });
    const svg = wide(element);
    expect(svg.querySelectorAll("path[d]").length).toBeGreaterThanOrEqual(2);
    const tips = Array.from(svg.querySelectorAll("circle title")).map((t) => t.textContent);
    expect(tips).toEqual(["LinkedIn · 2025-11-10\n10 postings", "LinkedIn · 2025-11-11\n20 postings", "Indeed · 2025-11-10\n5 postings", "Indeed · 2025-11-12\n30 postings"]);
    expect(Array.from(element.querySelectorAll(".chart-series-legend li")).map((li) => li.textContent)).toEqual(["LinkedIn", "Indeed"]);
  });

  it("puts a later point further right and a larger value higher", () => {
    const dots = Array.from(wide(drawChart(spec(), DATES.filter((d) => d.board === "LinkedIn"), { id: "l" })).querySelectorAll("circle"));
    const [a, b] = dots.map((c) => ({ x: Number(c.getAttribute("cx")), y: Number(c.getAttribute("cy")) }));
    expect(b!.x).toBeGreaterThan(a!.x);
    expect(b!.y).toBeLessThan(a!.y);
  });

  it("takes numbers on x as well", () => {
    const svg = wide(drawChart({ kind: "line", options: { x: "years", value: "count" } }, [{ years: 0, count: 3 }, { years: 5, count: 9 }], { id: "y" }));
    expect(Array.from(svg.querySelectorAll("circle title")).map((t) => t.textContent)).toEqual(["0\n3", "5\n9"]);
  });
});
