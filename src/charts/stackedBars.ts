import * as Plot from "@observablehq/plot";
import { z } from "zod";
import { formatNumber } from "../lib/formatNumber.ts";
import { currencyOption, defineChart, fieldName, formatOption, unitOption } from "./chartKind.ts";
import { colors, seriesColor } from "./colors.ts";
import { numOrNull, text } from "./fields.ts";
import { finishSvg } from "./finishSvg.ts";
import { areaNames, capitalise, withUnit } from "./labels.ts";
import { seriesLegend } from "./legend.ts";
import { textWidth, truncateToWidth } from "./textWidth.ts";

const options = z.strictObject({
  label: fieldName("field naming each row (a field called area shows the gazetteer's label)").default("label"),
  series: z
    .array(z.strictObject({ value: fieldName("field with the number"), label: z.string().min(1).describe("the series' name, in the key") }))
    .min(1)
    .max(8)
    .describe("the parts of each row, each from its own field, in the key's order"),
  layout: z.enum(["stacked", "grouped"]).default("stacked").describe("stacked: one bar per row, its parts end to end; grouped: a bar per part, side by side"),
  format: formatOption.default("int"),
  currency: currencyOption.optional(),
  unit: unitOption.default(""),
  top: z.number().int().positive().optional().describe("keep the first N rows"),
});

type Options = z.output<typeof options>;

const FONT_SIZE = 12;

/** One drawn bar: its row, series, band key, extent and tooltip. */
interface Part {
  key: string;
  series: number;
  x1: number;
  x2: number;
  tip: string;
}

/**
 * Horizontal bars in parts, from several number fields of each row (`series`): stacked end
 * to end (postings by level, split remote / not remote) or grouped side by side (lower and
 * upper pay by area). A key above the chart names the series; each part has a tooltip.
 */
export const stackedBars = defineChart({
  kind: "stacked-bars",
  description: "Horizontal bars in parts from several number fields: stacked end to end, or grouped side by side.",
  options,
  fields: { label: "text", "series[].value": "number?" },
  widths: { wide: 720, narrow: 360 },
  rows(rows, o, context) {
    const kept = o.top === undefined ? rows.slice() : rows.slice(0, o.top);
    return o.label === "area" ? areaNames(kept, "area", context) : kept;
  },
  columns: (o) => [{ key: o.label, label: capitalise(o.label) }, ...o.series.map((s) => ({ key: s.value, label: s.label, format: o.format, currency: o.currency }))],
  extent: (rows, o) => Math.max(0, ...rows.map((row) => (o.layout === "stacked" ? total(row, o) : Math.max(0, ...o.series.map((s) => numOrNull(row, s.value) ?? 0))))),
  around: (_rows, o, frame) => ({ before: seriesLegend(frame.document, o.series.map((s) => s.label)) }),
  draw(rows, o, frame) {
    const { document, width } = frame;
    const write = (v: number) => formatNumber(v, o.format, { currency: o.currency });
    const stacked = o.layout === "stacked";
    const parts: Part[] = [];
    const labels = new Map<string, string>();
    const names = rows.map((row) => text(row, o.label));
    const labelRoom = Math.min(Math.max(0, ...names.map((n) => textWidth(n, FONT_SIZE))), width * 0.4);
    rows.forEach((row, i) => {
      let start = 0;
      o.series.forEach((s, k) => {
        const value = numOrNull(row, s.value) ?? 0;
        const key = stacked ? String(i) : `${i}:${k}`;
        const tip = `${frame.prefix}${names[i]}\n${s.label}: ${withUnit(write(value), o.unit)}${stacked ? ` of ${write(total(row, o))}` : ""}`;
        parts.push({ key, series: k, x1: stacked ? start : 0, x2: stacked ? start + value : value, tip });
        if (k === 0 || stacked) labels.set(key, truncateToWidth(names[i]!, labelRoom, FONT_SIZE));
        else labels.set(key, "");
        start += value;
      });
    });
    const bands = stacked ? rows.length : rows.length * o.series.length;
    const step = stacked ? 24 : 14;
    const height = bands * step + (stacked ? 0 : rows.length * 8) + 30;
    const max = frame.extent ?? Math.max(0, ...parts.map((p) => p.x2));
    const ticks = width < 500 ? 3 : 6;
    const svg = Plot.plot({
      document,
      width,
      height,
      marginLeft: Math.ceil(labelRoom) + 10,
      marginRight: 24,
      marginTop: 4,
      marginBottom: 26,
      x: { domain: [0, max || 1], nice: true, axis: null },
      y: { domain: [...new Set(parts.map((p) => p.key))], padding: stacked ? 0.25 : 0.1, axis: null },
      marks: [
        Plot.gridX({ stroke: colors.grid, strokeOpacity: 1, ticks }),
        Plot.axisX({ tickFormat: write, ticks, label: null, fill: colors.label, stroke: colors.axis }),
        Plot.axisY({ tickSize: 0, tickPadding: 6, label: null, tickFormat: (key: string) => labels.get(key) ?? "", fill: colors.label }),
        ...o.series.map((_, k) => Plot.rectX(parts.filter((p) => p.series === k), { y: "key", x1: "x1", x2: "x2", fill: seriesColor(k), stroke: colors.background, strokeWidth: stacked ? 1 : 0, title: "tip" })),
        Plot.ruleX([0], { stroke: colors.axis }),
      ],
    }) as unknown as Element;
    svg.setAttribute("font-size", String(FONT_SIZE));
    return finishSvg(svg, { kind: "stacked-bars", width, height, labelledBy: frame.labelledBy });
  },
});

function total(row: Readonly<Record<string, unknown>>, o: Options): number {
  return o.series.reduce((sum, s) => sum + (numOrNull(row, s.value) ?? 0), 0);
}
