/**
 * The chart kinds, by name: the one list the site, the post validator, the docs page and
 * the figure specs read. A new kind is a module `src/charts/<kind>.ts` declaring itself
 * with defineChart (its name, zod options schema and draw function), one line here, and
 * its snapshot test in tests/snapshot/.
 *
 * For tools that check posts (the remark plugin): `charts[kind].options` is the zod schema
 * of `<Chart kind=…>`'s chart options, and `charts[kind].fields` says which of them name
 * fields of the rows; `chartPropsSchema` is the whole `<Chart>` props check.
 */
import type { z } from "zod";
import { bars } from "./bars.ts";
import { beeswarm } from "./beeswarm.ts";
import { bubbleMap } from "./bubbleMap.ts";
import { columnTable } from "./columnTable.ts";
import { columns } from "./columns.ts";
import { histogram } from "./histogram.ts";
import { line } from "./line.ts";
import { partToWhole } from "./partToWhole.ts";
import { range } from "./range.ts";
import { stackedBars } from "./stackedBars.ts";
import { treemap } from "./treemap.ts";
import { wordCloud } from "./wordCloud.ts";

export const charts = {
  bars,
  beeswarm,
  "bubble-map": bubbleMap,
  "column-table": columnTable,
  columns,
  histogram,
  line,
  "part-to-whole": partToWhole,
  range,
  "stacked-bars": stackedBars,
  treemap,
  "word-cloud": wordCloud,
} as const;

/** A chart kind's name, as posts write it: `<Chart kind="bars" … />`. */
export type ChartKindName = keyof typeof charts;

/** The options a kind accepts, as an author writes them (defaults not yet filled in). */
export type ChartOptionsInput<K extends ChartKindName> = z.input<(typeof charts)[K]["options"]>;

/** The options a kind draws with, defaults filled in. */
export type ChartOptions<K extends ChartKindName> = z.output<(typeof charts)[K]["options"]>;

/** Every kind's name. */
export const chartKindNames = Object.keys(charts) as ChartKindName[];

export { ChartInputError } from "./fields.ts";
export type { ChartContext, ChartKind, FieldType, Row } from "./chartKind.ts";
export { chartColumns, chartRows, parseChartOptions, renderChart, renderChartToString, type ChartParts, type ChartSpec } from "./renderChart.ts";
