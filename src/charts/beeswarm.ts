import * as Plot from "@observablehq/plot";
import { max as maxOf, median, min as minOf } from "d3-array";
import { z } from "zod";
import { formatNumber, type FormatName } from "../lib/formatNumber.ts";
import { currencyOption, defineChart, fieldName, formatOption, type Frame, type Row } from "./chartKind.ts";
import { beeswarmOffsets } from "./beeswarmLayout.ts";
import { colors, seriesColor } from "./colors.ts";
import { num, text } from "./fields.ts";
import { finishSvg } from "./finishSvg.ts";
import { capitalise } from "./labels.ts";
import { htmlElement } from "./svg.ts";

const options = z.strictObject({
  label: fieldName("field naming each row's dots in tooltips (e.g. the area)").default("label"),
  series: z
    .array(z.strictObject({ value: fieldName("field with the number"), label: z.string().min(1).describe("the row's heading") }))
    .min(1)
    .describe("one row of dots per item, top to bottom, each from its own field"),
  stated: fieldName("field saying how each row's values were stated (e.g. the pay interval)").optional(),
  usual: z.string().default("yearly").describe("rows whose `stated` differs from this are drawn hollow"),
  note: z.string().default("").describe('a note under the chart, e.g. "Each dot is one posting."'),
  hollowNote: z.string().default("").describe("added to the note when some dots are hollow: what hollow means"),
  format: formatOption.default("int"),
  axisFormat: formatOption.optional().describe("format of the axis ticks and the tooltip's range (default: format)"),
  currency: currencyOption.optional(),
});

type Options = z.output<typeof options>;

interface Dot {
  label: string;
  series: number;
  value: number;
  row: Row;
  hollow: boolean;
  y: number;
}

/**
 * One dot per row and series: a row of dots per series (e.g. lower bounds above upper
 * bounds) on one shared axis, stacked as a beeswarm so none hides another, a dashed line
 * at each series' median. Rows stated otherwise than `usual` (e.g. hourly pay converted to
 * yearly) are drawn hollow. The tooltip is each dot's `<title>` alone: hundreds of dots per
 * drawing make duplicate data attributes a real cost.
 */
export const beeswarm = defineChart({
  kind: "beeswarm",
  description: "One dot per row on a shared axis, a row of dots per series, stacked so none hides another, with each series' median.",
  options,
  fields: { label: "text", stated: "text", "series[].value": "number" },
  widths: { wide: 720, narrow: 360 },
  columns: (o) => [
    { key: o.label, label: capitalise(o.label) },
    ...(o.stated === undefined ? [] : [{ key: o.stated, label: "Stated" }]),
    ...o.series.map((s) => ({ key: s.value, label: s.label, format: o.format, currency: o.currency })),
  ],
  draw: drawStrip,
  around(rows, o, frame) {
    const hollow = o.stated !== undefined && rows.some((row) => text(row, o.stated!) !== o.usual);
    const note = [o.note, hollow ? o.hollowNote : ""].filter(Boolean).join(" ");
    return { after: note ? [htmlElement(frame.document, "p", { class: "chart-note" }, [note])] : [] };
  },
});

function drawStrip(rows: readonly Row[], o: Options, frame: Frame): Element {
  const { width, document } = frame;
  const write = (v: number, format: FormatName = o.format) => formatNumber(v, format, { currency: o.currency });
  const axisFormat = o.axisFormat ?? o.format;
  const radius = width < 500 ? 3.5 : 4.5;
  // Room for half a tick label ("$400k") at either end.
  const marginLeft = 24;
  const marginRight = 24;
  const all = rows.flatMap((row) => o.series.map((s) => num(row, s.value)));
  const step = niceStep((maxOf(all) ?? 0) - (minOf(all) ?? 0));
  const x0 = Math.floor((minOf(all) ?? 0) / step) * step;
  const x1 = Math.max(x0 + step, Math.ceil((maxOf(all) ?? 0) / step) * step);
  const px = (v: number) => marginLeft + ((v - x0) / (x1 - x0)) * (width - marginLeft - marginRight);
  const isHollow = (row: Row) => o.stated !== undefined && text(row, o.stated) !== o.usual;

  const dots: Dot[] = [];
  const labels: { text: string; y: number; median: number; y1: number; y2: number }[] = [];
  let top = 4;
  o.series.forEach((series, s) => {
    const values = rows.map((row) => num(row, series.value));
    const offsets = beeswarmOffsets(values.map(px), radius);
    const reach = Math.max(0, ...offsets.map(Math.abs)) + radius;
    const labelY = top + 12;
    const centre = labelY + 8 + reach;
    rows.forEach((row, i) => dots.push({ label: text(row, o.label), series: s, value: values[i]!, row, hollow: isHollow(row), y: centre + offsets[i]! }));
    const mid = median(values) ?? 0;
    labels.push({ text: `${series.label} · median ${write(mid)}`, y: labelY, median: mid, y1: centre - reach, y2: centre + reach });
    top = centre + reach + 10;
  });
  const height = Math.ceil(top + 24);

  const range = (row: Row) => {
    const values = o.series.map((s) => num(row, s.value));
    const spread = values.length > 1 ? `Range ${write(Math.min(...values), axisFormat)}–${write(Math.max(...values), axisFormat)}` : "";
    const stated = isHollow(row) ? `stated ${text(row, o.stated!)}` : "";
    return [spread, stated].filter(Boolean).join(", ");
  };
  const tip = (d: Dot) => [d.label, `${o.series[d.series]!.label} ${write(d.value)}`, range(d.row)].filter(Boolean).join("\n");
  const dotMarks = o.series.flatMap((_, s) =>
    [false, true].map((hollow) => {
      const subset = dots.filter((d) => d.series === s && d.hollow === hollow);
      const fill = seriesColor(s);
      return Plot.dot(subset, {
        x: "value",
        y: "y",
        r: radius,
        ...(hollow ? { fill: "none", stroke: fill, strokeWidth: 1.5 } : { fill, fillOpacity: 0.75, stroke: colors.background, strokeWidth: 0.5 }),
        title: tip,
      });
    }),
  );
  const ticks = width < 500 ? 4 : 8;
  const tickFormat = (v: number) => write(v, axisFormat);
  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft,
    marginRight,
    marginTop: 0,
    marginBottom: 24,
    x: { domain: [x0, x1], range: [marginLeft, width - marginRight], tickFormat, ticks, label: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.gridX({ stroke: colors.grid, strokeOpacity: 1, ticks }),
      Plot.axisX({ tickFormat, ticks, label: null, stroke: colors.axis }),
      Plot.ruleX(labels, { x: "median", y1: "y1", y2: "y2", stroke: colors.label, strokeWidth: 1.5, strokeDasharray: "4 3" }),
      ...dotMarks,
      Plot.text(labels, { x: x0, y: "y", text: "text", textAnchor: "start", fill: colors.label, fontWeight: 600 }),
    ],
  }) as unknown as Element;
  svg.setAttribute("font-size", "12");
  return finishSvg(svg, { kind: "beeswarm", width, height, labelledBy: frame.labelledBy });
}

/** A round axis step (1, 2 or 5 × 10^k) giving about eight steps over `range`. */
function niceStep(range: number): number {
  if (!(range > 0)) return 1;
  const raw = range / 8;
  const decade = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].map((f) => f * decade).find((s) => s >= raw) ?? 10 * decade);
}
