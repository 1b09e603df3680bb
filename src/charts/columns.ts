import * as Plot from "@observablehq/plot";
import { z } from "zod";
import { formatNumber } from "../lib/formatNumber.ts";
import { paletteVar } from "../styles/palette.ts";
import { colorOption, currencyOption, defineChart, fieldName, formatOption, unitOption } from "./chartKind.ts";
import { colors } from "./colors.ts";
import { numOrNull } from "./fields.ts";
import { finishSvg } from "./finishSvg.ts";
import { capitalise, valueHeading, withUnit } from "./labels.ts";
import { withMarkData } from "./markData.ts";
import { textWidth } from "./textWidth.ts";

const options = z.strictObject({
  x: fieldName("field naming each column: a category, a number (years) or a date (YYYY-MM-DD), drawn in the order given").default("label"),
  value: fieldName("field with each column's number (null: no column, the place kept)").default("value"),
  format: formatOption.default("int"),
  currency: currencyOption.optional(),
  unit: unitOption.default(""),
  color: colorOption.default("chart-1"),
  values: z.boolean().default(false).describe("write each value above its column"),
});

const FONT_SIZE = 12;

/**
 * Vertical columns over a category or time (postings per weekday, per posting date, per
 * year of experience), in the order of the rows, with a value axis and tooltips. Labels
 * that would collide are thinned to every n-th (the table and tooltips keep them all).
 */
export const columns = defineChart({
  kind: "columns",
  description: "Vertical columns over a category or time, in the order given, with a value axis.",
  options,
  fields: { x: "any", value: "number?" },
  widths: { wide: 720, narrow: 360 },
  columns: (o) => [
    { key: o.x, label: capitalise(o.x) },
    { key: o.value, label: valueHeading(o.unit, o.value), format: o.format, currency: o.currency },
  ],
  extent: (rows, o) => Math.max(0, ...rows.map((row) => numOrNull(row, o.value) ?? 0)),
  draw(rows, o, frame) {
    const { document, width } = frame;
    const write = (v: number) => formatNumber(v, o.format, { currency: o.currency });
    const data = rows.map((row, i) => {
      const label = String(row[o.x] ?? "");
      const value = numOrNull(row, o.value);
      const valueText = value === null ? "no value" : withUnit(write(value), o.unit);
      return { key: String(i), label, value: value ?? 0, missing: value === null, tip: `${frame.prefix}${label}\n${valueText}`, valueText: value === null ? "" : write(value) };
    });
    const max = frame.extent ?? Math.max(0, ...data.map((d) => d.value));
    const height = width < 500 ? 200 : 260;
    const marginLeft = Math.ceil(Math.max(textWidth(write(max), FONT_SIZE), 16)) + 10;
    // Every n-th label, so labels do not overlap at this width.
    const slot = (width - marginLeft - 8) / Math.max(1, data.length);
    const widest = Math.max(1, ...data.map((d) => textWidth(d.label, FONT_SIZE)));
    const every = Math.max(1, Math.ceil((widest + 8) / slot));
    const shown = new Map(data.map((d, i) => [d.key, i % every === 0 ? d.label : ""]));
    const ticks = width < 500 ? 4 : 6;
    const svg = Plot.plot({
      document,
      width,
      height,
      marginLeft,
      marginRight: 8,
      marginTop: o.values ? 18 : 10,
      marginBottom: 26,
      x: { domain: data.map((d) => d.key), padding: 0.2, axis: null },
      y: { domain: [0, max || 1], axis: null, nice: true },
      marks: [
        Plot.gridY({ stroke: colors.grid, strokeOpacity: 1, ticks }),
        Plot.axisY({ tickFormat: write, ticks, tickSize: 0, label: null, fill: colors.label }),
        Plot.axisX({ tickFormat: (key: string) => shown.get(key) ?? "", tickSize: 0, label: null, fill: colors.label }),
        Plot.barY(data.filter((d) => !d.missing), { x: "key", y: "value", fill: paletteVar(o.color), title: "tip", render: withMarkData(data.filter((d) => !d.missing), (d) => ({ label: `${frame.prefix}${d.label}`, value: d.valueText && withUnit(d.valueText, o.unit) })) }),
        ...(o.values ? [Plot.text(data, { x: "key", y: "value", text: "valueText", dy: -6, fill: colors.label })] : []),
        Plot.ruleY([0], { stroke: colors.axis }),
      ],
    }) as unknown as Element;
    svg.setAttribute("font-size", String(FONT_SIZE));
    return finishSvg(svg, { kind: "columns", width, height, labelledBy: frame.labelledBy });
  },
});
