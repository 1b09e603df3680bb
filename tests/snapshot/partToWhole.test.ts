import { describe, expect, it } from "vitest";
import { drawChart, drawChartToString } from "./drawChart.ts";
import { expectSnapshot } from "./snapshot.ts";

const KIND = { kind: "part-to-whole", options: { label: "label", value: "count", unit: "postings" } } as const;

type DrawOptions = { id: string; narrowWidth?: number | null; width?: number } & Record<string, unknown>;
/** The chart drawn from `rows` with the options a post would give (KIND's, then `extra`). */
const render = (rows: readonly object[], { id, narrowWidth, width, ...extra }: DrawOptions) =>
  drawChart({ kind: KIND.kind, options: { ...KIND.options, ...extra } }, rows, { id, narrowWidth, width });
const renderToString = (rows: readonly object[], { id, narrowWidth, width, ...extra }: DrawOptions) =>
  drawChartToString({ kind: KIND.kind, options: { ...KIND.options, ...extra } }, rows, { id, narrowWidth, width });

const REMOTE = [
  { label: "Remote", count: 250 },
  { label: "On-site", count: 730 },
  { label: "Unknown", count: 20 },
];

describe("partToWhole", () => {
  it("matches its snapshots (bar and pie)", async () => {
    await expectSnapshot("partToWhole", renderToString(REMOTE, { id: "remote" }));
    await expectSnapshot("partToWhole-pie", renderToString(REMOTE, { id: "remote", variant: "pie", narrowWidth: null }));
  });

  it("splits the bar in proportion to the counts", () => {
    const segments = Array.from(render(REMOTE, { id: "remote", width: 1000, narrowWidth: null }).querySelectorAll("rect"));
    // 1 px gaps between segments.
    expect(segments.map((s) => Number(s.getAttribute("width")) + 1)).toEqual([250, 730, 20]);
    expect(segments.map((s) => s.getAttribute("x"))).toEqual(["0", "250", "980"]);
  });

  it("labels parts inside when they fit and below when they do not", () => {
    const svg = render(REMOTE, { id: "remote", narrowWidth: null }).querySelector("svg")!;
    const texts = Array.from(svg.querySelectorAll("text")).map((t) => t.textContent);
    expect(texts).toEqual(["Remote25% (250)", "On-site73% (730)", "Unknown 2% (20)"]);
  });

  it("draws a pie with one slice per part, the largest on the far side of 180°", () => {
    const slices = Array.from(render(REMOTE, { id: "remote", variant: "pie", narrowWidth: null }).querySelectorAll("path[data-label]"));
    expect(slices.map((s) => s.getAttribute("data-n"))).toEqual(["25%", "73%", "2%"]);
    // The large-arc flag is set only for the slice above one half.
    expect(slices.map((s) => / 0 (\d),1 /.exec(s.getAttribute("d")!)?.[1])).toEqual(["0", "1", "0"]);
  });
});
