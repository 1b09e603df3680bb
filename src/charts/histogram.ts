import * as Plot from "@observablehq/plot";
import { bin } from "d3-array";
import { z } from "zod";
import { formatNumber } from "../lib/formatNumber.ts";
import { paletteVar } from "../styles/palette.ts";
import { colorOption, currencyOption, defineChart, fieldName, formatOption, unitOption } from "./chartKind.ts";
import { colors } from "./colors.ts";
import { num, numOrNull } from "./fields.ts";
import { finishSvg } from "./finishSvg.ts";
import { withUnit } from "./labels.ts";
import { textWidth } from "./textWidth.ts";

const options = z.strictObject({
  value: fieldName("field with the number to count (rows where it is null are left out)").default("value"),
  bins: z.number().int().min(2).max(100).default(10).describe("about how many bins: the edges are rounded to nice numbers"),
  format: formatOption.default("int").describe("format of the bin edges (the value's format)"),
  currency: currencyOption.optional(),
  unit: unitOption.default("").describe('noun for the counts, e.g. "postings"'),
  color: colorOption.default("chart-1"),
});

const FONT_SIZE = 12;

/**
 * A histogram: the rows counted into bins of `value` with nice edges (d3-array's bin), one
 * column per bin on a continuous axis. Its rows, table and downloads are the bins
 * (`from`, `to`, `count`), so what is drawn is what can be downloaded.
 */
export const histogram = defineChart({
  kind: "histogram",
  description: "Rows counted into bins of a number, one column per bin with nice edges.",
  options,
  fields: { value: "number?" },
  widths: { wide: 720, narrow: 360 },
  rows(rows, o) {
    const values = rows.flatMap((row) => {
      const v = numOrNull(row, o.value);
      return v === null ? [] : [v];
    });
    if (values.length === 0) return [];
    const bins = bin().thresholds(o.bins)(values);
    return bins.map((b) => ({ from: b.x0 ?? 0, to: b.x1 ?? 0, count: b.length }));
  },
  columns: (o) => [
    { key: "from", label: "From", format: o.format, currency: o.currency },
    { key: "to", label: "To (not included)", format: o.format, currency: o.currency },
    { key: "count", label: o.unit ? o.unit.charAt(0).toUpperCase() + o.unit.slice(1) : "Count" },
  ],
  extent: (rows) => Math.max(0, ...rows.map((row) => num(row, "count"))),
  draw(rows, o, frame) {
    const { document, width } = frame;
    const edge = (v: number) => formatNumber(v, o.format, { currency: o.currency });
    const data = rows.map((row) => {
      const from = num(row, "from");
      const to = num(row, "to");
      const count = num(row, "count");
      return { from, to, count, tip: `${frame.prefix}${edge(from)} to under ${edge(to)}\n${withUnit(formatNumber(count), count === 1 ? o.unit.replace(/s$/, "") : o.unit)}` };
    });
    const max = frame.extent ?? Math.max(0, ...data.map((d) => d.count));
    const height = width < 500 ? 200 : 260;
    const marginLeft = Math.ceil(Math.max(textWidth(formatNumber(max), FONT_SIZE), 16)) + 10;
    const ticks = width < 500 ? 4 : 6;
    const svg = Plot.plot({
      document,
      width,
      height,
      marginLeft,
      marginRight: 24,
      marginTop: 10,
      marginBottom: 26,
      x: { domain: data.length ? [data[0]!.from, data[data.length - 1]!.to] : [0, 1], axis: null },
      y: { domain: [0, max || 1], nice: true, axis: null },
      marks: [
        Plot.gridY({ stroke: colors.grid, strokeOpacity: 1, ticks }),
        Plot.axisY({ tickFormat: (v: number) => formatNumber(v), ticks, tickSize: 0, label: null, fill: colors.label }),
        Plot.axisX({ tickFormat: edge, ticks: width < 500 ? 3 : 6, label: null, fill: colors.label, stroke: colors.axis }),
        Plot.rectY(data, { x1: "from", x2: "to", y: "count", insetLeft: 1, insetRight: 1, fill: paletteVar(o.color), title: "tip" }),
        Plot.ruleY([0], { stroke: colors.axis }),
      ],
    }) as unknown as Element;
    svg.setAttribute("font-size", String(FONT_SIZE));
    return finishSvg(svg, { kind: "histogram", width, height, labelledBy: frame.labelledBy });
  },
});
