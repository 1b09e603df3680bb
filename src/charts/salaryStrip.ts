import * as Plot from "@observablehq/plot";
import { max as maxOf, median, min as minOf } from "d3-array";
import { beeswarm } from "./beeswarm.ts";
import { colors } from "./colors.ts";
import { chartContainer } from "./container.ts";
import { serverDocument } from "./dom.ts";
import { finishSvg } from "./finishSvg.ts";
import { formatNumber } from "../lib/formatNumber.ts";
import type { ChartOptions } from "./options.ts";
import { serialize } from "./serialize.ts";
import { htmlElement } from "./svg.ts";

/** One salaried posting: its area, yearly lower and upper bound, and the interval the pay was stated in. */
export interface PostingPay {
  area: string;
  min: number;
  max: number;
  interval: string;
}

/** Options of {@link render}. */
export interface SalaryStripOptions extends ChartOptions {
  /** Width of the phone rendering (default 360); null draws only the wide one. */
  narrowWidth?: number | null;
}

interface Dot {
  area: string;
  bound: "lower" | "upper";
  value: number;
  posting: PostingPay;
  y: number;
}

const ROWS = [
  { bound: "lower", title: "Lower bound", fill: colors.series[0] },
  { bound: "upper", title: "Upper bound", fill: colors.series[1] },
] as const;

/**
 * One dot per posting and bound: a row of lower bounds above a row of upper bounds on a
 * shared dollar axis, dots stacked as a beeswarm so none hides another, a line at each
 * row's median. Pay stated per hour (converted to yearly) is drawn hollow.
 */
export function render(data: readonly PostingPay[], options: SalaryStripOptions): HTMLElement {
  const document = options.document ?? serverDocument();
  const draw = (width: number) => drawStrip(data, { ...options, document, width });
  const narrowWidth = options.narrowWidth === undefined ? 360 : options.narrowWidth;
  const converted = data.some((d) => d.interval !== "yearly");
  const note = htmlElement(document, "p", { class: "chart-note" }, [
    "Each dot is one posting. Hollow dots: pay stated per hour, converted to a yearly amount.",
  ]);
  return chartContainer(document, {
    id: options.id,
    kind: "salary-strip",
    wide: draw(options.width ?? 720),
    narrow: narrowWidth === null ? undefined : draw(narrowWidth),
    after: converted ? [note] : [],
  });
}

/** {@link render} serialised to an HTML string, for `set:html` in the Astro wrapper. */
export function renderToString(data: readonly PostingPay[], options: SalaryStripOptions): string {
  return serialize(render(data, options));
}

function drawStrip(data: readonly PostingPay[], options: SalaryStripOptions & { document: Document; width: number }): Element {
  const { width, document } = options;
  const radius = width < 500 ? 3.5 : 4.5;
  // Room for half a tick label ("$400k") at either end.
  const marginLeft = 24;
  const marginRight = 24;
  const all = data.flatMap((d) => [d.min, d.max]);
  const step = 50_000;
  const x0 = Math.floor((minOf(all) ?? 0) / step) * step;
  const x1 = Math.max(x0 + step, Math.ceil((maxOf(all) ?? 0) / step) * step);
  const px = (v: number) => marginLeft + ((v - x0) / (x1 - x0)) * (width - marginLeft - marginRight);

  const dots: Dot[] = [];
  const labels: { text: string; y: number; median: number; y1: number; y2: number }[] = [];
  let top = 4;
  for (const row of ROWS) {
    const values = data.map((d) => (row.bound === "lower" ? d.min : d.max));
    const offsets = beeswarm(values.map(px), radius);
    const reach = Math.max(0, ...offsets.map(Math.abs)) + radius;
    const labelY = top + 12;
    const centre = labelY + 8 + reach;
    data.forEach((posting, i) => dots.push({ area: posting.area, bound: row.bound, value: values[i]!, posting, y: centre + offsets[i]! }));
    const mid = median(values) ?? 0;
    labels.push({ text: `${row.title} · median ${formatNumber(mid, "usd")}`, y: labelY, median: mid, y1: centre - reach, y2: centre + reach });
    top = centre + reach + 10;
  }
  const height = Math.ceil(top + 24);

  // The tooltip is the dot's <title> alone (the island reads it): 286 dots per drawing make
  // duplicate data-* attributes a real cost.
  const tip = (d: Dot) =>
    [d.area, `${d.bound === "lower" ? "Lower" : "Upper"} bound ${formatNumber(d.value, "usd")}`, `Range ${formatNumber(d.posting.min, "usdk")}–${formatNumber(d.posting.max, "usdk")}${d.posting.interval === "yearly" ? "" : `, stated ${d.posting.interval}`}`].join("\n");
  const dotMarks = ROWS.flatMap((row) =>
    [true, false].map((stated) => {
      const subset = dots.filter((d) => d.bound === row.bound && (d.posting.interval === "yearly") === stated);
      return Plot.dot(subset, {
        x: "value",
        y: "y",
        r: radius,
        ...(stated ? { fill: row.fill, fillOpacity: 0.75, stroke: colors.background, strokeWidth: 0.5 } : { fill: "none", stroke: row.fill, strokeWidth: 1.5 }),
        title: tip,
      });
    }),
  );
  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft,
    marginRight,
    marginTop: 0,
    marginBottom: 24,
    x: { domain: [x0, x1], range: [marginLeft, width - marginRight], tickFormat: (v: number) => formatNumber(v, "usdk"), ticks: width < 500 ? 4 : 8, label: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.gridX({ stroke: colors.grid, strokeOpacity: 1, ticks: width < 500 ? 4 : 8 }),
      Plot.axisX({ tickFormat: (v: number) => formatNumber(v, "usdk"), ticks: width < 500 ? 4 : 8, label: null, stroke: colors.axis }),
      Plot.ruleX(labels, { x: "median", y1: "y1", y2: "y2", stroke: colors.label, strokeWidth: 1.5, strokeDasharray: "4 3" }),
      ...dotMarks,
      Plot.text(labels, { x: x0, y: "y", text: "text", textAnchor: "start", fill: colors.label, fontWeight: 600 }),
    ],
  }) as unknown as Element;
  svg.setAttribute("font-size", "12");
  return finishSvg(svg, { ...options, kind: "salary-strip", width, height });
}
