import * as Plot from "@observablehq/plot";
import { z } from "zod";
import { formatNumber } from "../lib/formatNumber.ts";
import { colorOption, currencyOption, defineChart, fieldName, formatOption } from "./chartKind.ts";
import { colors } from "./colors.ts";
import { num, numOrNull, text } from "./fields.ts";
import { finishSvg } from "./finishSvg.ts";
import { areaNames, capitalise } from "./labels.ts";
import { paletteVar } from "../styles/palette.ts";
import { textWidth, truncateToWidth } from "./textWidth.ts";

const options = z.strictObject({
  label: fieldName("field naming each row (a field called area shows the gazetteer's label)").default("label"),
  min: fieldName("field with the low end of each row's range").default("min"),
  max: fieldName("field with the high end of each row's range").default("max"),
  mid: fieldName("field with a value inside the range drawn as a dot (a median), optional").optional(),
  minLabel: z.string().default("low").describe("what the low end is, in tooltips and the table"),
  maxLabel: z.string().default("high").describe("what the high end is, in tooltips and the table"),
  midLabel: z.string().default("median").describe("what `mid` is, in tooltips and the table"),
  format: formatOption.default("int"),
  currency: currencyOption.optional(),
  sort: z.enum(["desc", "asc", "none"]).default("none").describe("order of the rows by their high end: desc, asc, or none (as given)"),
  top: z.number().int().positive().optional().describe("keep the first N rows (after sorting)"),
  color: colorOption.default("chart-1"),
});

const FONT_SIZE = 12;
const STEP = 24;

/**
 * A dot-and-range plot: one row per label, a line from its low to its high end (min–max
 * pay by area, lower and upper bound), a dot at each end and, with `mid`, a ring at a value
 * inside. Rows without both ends are left out (the table says nothing about them either).
 */
export const range = defineChart({
  kind: "range",
  description: "A dot-and-range plot: a line from each row's low to its high end, a dot at each end.",
  options,
  fields: { label: "text", min: "number?", max: "number?", mid: "number?" },
  widths: { wide: 720, narrow: 360 },
  rows(rows, o, context) {
    let kept = rows.filter((row) => numOrNull(row, o.min) !== null && numOrNull(row, o.max) !== null);
    if (o.sort !== "none") kept = kept.slice().sort((a, b) => (o.sort === "desc" ? num(b, o.max) - num(a, o.max) : num(a, o.max) - num(b, o.max)));
    if (o.top !== undefined) kept = kept.slice(0, o.top);
    return o.label === "area" ? areaNames(kept, "area", context) : kept;
  },
  columns: (o) => [
    { key: o.label, label: capitalise(o.label) },
    { key: o.min, label: capitalise(o.minLabel), format: o.format, currency: o.currency },
    ...(o.mid === undefined ? [] : [{ key: o.mid, label: capitalise(o.midLabel), format: o.format, currency: o.currency }]),
    { key: o.max, label: capitalise(o.maxLabel), format: o.format, currency: o.currency },
  ],
  extent: (rows, o) => Math.max(0, ...rows.map((row) => numOrNull(row, o.max) ?? 0)),
  draw(rows, o, frame) {
    const { document, width } = frame;
    const write = (v: number) => formatNumber(v, o.format, { currency: o.currency });
    const data = rows.map((row, i) => {
      const name = text(row, o.label);
      const low = num(row, o.min);
      const high = num(row, o.max);
      const mid = o.mid === undefined ? null : numOrNull(row, o.mid);
      const tip = [`${frame.prefix}${name}`, `${o.minLabel} ${write(low)} – ${o.maxLabel} ${write(high)}`, ...(mid === null ? [] : [`${o.midLabel} ${write(mid)}`])].join("\n");
      return { key: String(i), name, low, high, mid, tip };
    });
    const labelRoom = Math.min(Math.max(0, ...data.map((d) => textWidth(d.name, FONT_SIZE))), width * 0.4);
    const labels = new Map(data.map((d) => [d.key, truncateToWidth(d.name, labelRoom, FONT_SIZE)]));
    const lows = data.map((d) => d.low);
    const x0 = Math.min(0, ...lows);
    const x1 = frame.extent ?? Math.max(0, ...data.map((d) => d.high));
    const height = data.length * STEP + 30;
    const ticks = width < 500 ? 3 : 6;
    const stroke = paletteVar(o.color);
    const svg = Plot.plot({
      document,
      width,
      height,
      marginLeft: Math.ceil(labelRoom) + 10,
      marginRight: 24,
      marginTop: 4,
      marginBottom: 26,
      x: { domain: [x0, x1 || 1], nice: true, axis: null },
      y: { domain: data.map((d) => d.key), padding: 0.3, axis: null },
      marks: [
        Plot.gridX({ stroke: colors.grid, strokeOpacity: 1, ticks }),
        Plot.axisX({ tickFormat: write, ticks, label: null, fill: colors.label, stroke: colors.axis }),
        Plot.axisY({ tickSize: 0, tickPadding: 6, label: null, tickFormat: (key: string) => labels.get(key) ?? key, fill: colors.label }),
        Plot.ruleY(data, { y: "key", x1: "low", x2: "high", stroke, strokeWidth: 3, title: "tip" }),
        Plot.dot(data, { y: "key", x: "low", r: 4, fill: stroke, title: "tip" }),
        Plot.dot(data, { y: "key", x: "high", r: 4, fill: stroke, title: "tip" }),
        ...(o.mid === undefined ? [] : [Plot.dot(data.filter((d) => d.mid !== null), { y: "key", x: "mid", r: 4, fill: colors.background, stroke, strokeWidth: 2, title: "tip" })]),
      ],
    }) as unknown as Element;
    svg.setAttribute("font-size", String(FONT_SIZE));
    return finishSvg(svg, { kind: "range", width, height, labelledBy: frame.labelledBy });
  },
});
