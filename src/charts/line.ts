import * as Plot from "@observablehq/plot";
import { z } from "zod";
import { formatNumber } from "../lib/formatNumber.ts";
import { currencyOption, defineChart, fieldName, formatOption, unitOption, type Row } from "./chartKind.ts";
import { colors, seriesColor } from "./colors.ts";
import { numOrNull } from "./fields.ts";
import { finishSvg } from "./finishSvg.ts";
import { capitalise, valueHeading, withUnit } from "./labels.ts";
import { seriesLegend } from "./legend.ts";
import { textWidth } from "./textWidth.ts";

const options = z.strictObject({
  x: fieldName("field with each point's position: a number (years) or a date (YYYY-MM-DD)").default("x"),
  value: fieldName("field with each point's number (null: a gap in the line)").default("value"),
  series: fieldName("field naming each row's line, for several lines (a key above the chart)").optional(),
  format: formatOption.default("int"),
  xFormat: formatOption.default("int").describe("format of a numeric x axis (dates are written YYYY-MM-DD)"),
  currency: currencyOption.optional(),
  unit: unitOption.default(""),
  dots: z.boolean().default(true).describe("a dot on each point (each with a tooltip)"),
});

type Options = z.output<typeof options>;

const FONT_SIZE = 12;
const DATE = /^\d{4}-\d{2}-\d{2}/;

/** Dates as UTC milliseconds (no time zone in the output), numbers as they are. */
const position = (value: unknown): number => (typeof value === "string" && DATE.test(value) ? Date.parse(`${value.slice(0, 10)}T00:00:00Z`) : Number(value));
const isDates = (rows: readonly Row[], o: Options) => rows.some((row) => typeof row[o.x] === "string");
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The series' names in order of first appearance. */
function seriesNames(rows: readonly Row[], o: Options): string[] {
  return o.series === undefined ? [""] : [...new Set(rows.map((row) => String(row[o.series!] ?? "")))];
}

/**
 * A line over a number or a date, one line per `series` (with a key), a dot and tooltip
 * per point; a null value leaves a gap. Dates are drawn on a UTC scale and written
 * YYYY-MM-DD, so the drawing does not depend on the build machine's time zone.
 */
export const line = defineChart({
  kind: "line",
  description: "A line over a number or a date, one line per series, a dot and tooltip per point.",
  options,
  fields: { x: "any", value: "number?", series: "text" },
  widths: { wide: 720, narrow: 360 },
  rows: (rows, o) => rows.slice().sort((a, b) => position(a[o.x]) - position(b[o.x])),
  columns: (o) => [
    ...(o.series === undefined ? [] : [{ key: o.series, label: capitalise(o.series) }]),
    { key: o.x, label: capitalise(o.x), ...(o.xFormat === "int" ? {} : { format: o.xFormat }) },
    { key: o.value, label: valueHeading(o.unit, o.value), format: o.format, currency: o.currency },
  ],
  around: (rows, o, frame) => ({ before: seriesLegend(frame.document, o.series === undefined ? [] : seriesNames(rows, o)) }),
  draw(rows, o, frame) {
    const { document, width } = frame;
    const write = (v: number) => formatNumber(v, o.format, { currency: o.currency });
    const dates = isDates(rows, o);
    const writeX = (v: number) => (dates ? isoDate(v) : formatNumber(v, o.xFormat));
    const names = seriesNames(rows, o);
    const points = rows.map((row) => {
      const name = o.series === undefined ? "" : String(row[o.series] ?? "");
      const value = numOrNull(row, o.value);
      const x = position(row[o.x]);
      const head = [frame.prefix + name, writeX(x)].filter(Boolean).join(" · ");
      return { x, value, series: names.indexOf(name), tip: `${head}\n${value === null ? "no value" : withUnit(write(value), o.unit)}` };
    });
    const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
    const max = Math.max(0, ...values);
    const height = width < 500 ? 200 : 260;
    const marginLeft = Math.ceil(Math.max(textWidth(write(max), FONT_SIZE), 16)) + 10;
    const ticks = width < 500 ? 4 : 7;
    const marks = names.flatMap((_, s) => {
      const own = points.filter((p) => p.series === s);
      const stroke = seriesColor(s);
      return [
        Plot.line(own, { x: "x", y: (p: (typeof own)[number]) => p.value ?? Number.NaN, stroke, strokeWidth: 2 }),
        ...(o.dots ? [Plot.dot(own.filter((p) => p.value !== null), { x: "x", y: "value", r: 3, fill: stroke, stroke: colors.background, strokeWidth: 1, title: "tip" })] : []),
      ];
    });
    const svg = Plot.plot({
      document,
      width,
      height,
      marginLeft,
      marginRight: 16,
      marginTop: 10,
      marginBottom: 26,
      x: { ...(dates ? { type: "utc" as const } : {}), axis: null, inset: 6 },
      y: { domain: [0, max || 1], nice: true, axis: null },
      marks: [
        Plot.gridY({ stroke: colors.grid, strokeOpacity: 1, ticks }),
        Plot.axisY({ tickFormat: write, ticks, tickSize: 0, label: null, fill: colors.label }),
        Plot.axisX({ tickFormat: writeX, ticks: width < 500 ? 3 : 6, label: null, fill: colors.label, stroke: colors.axis }),
        Plot.ruleY([0], { stroke: colors.axis }),
        ...marks,
      ],
    }) as unknown as Element;
    svg.setAttribute("font-size", String(FONT_SIZE));
    return finishSvg(svg, { kind: "line", width, height, labelledBy: frame.labelledBy });
  },
});
