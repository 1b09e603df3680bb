import * as Plot from "@observablehq/plot";
import { colors } from "./colors.ts";
import { finishSvg } from "./finishSvg.ts";
import { withMarkData, type MarkData } from "./markData.ts";
import type { ChartOptions } from "./options.ts";
import { textWidth, truncateToWidth } from "./textWidth.ts";

/** One bar: a unique key, its axis label, length, the text written at its end and its tooltip. */
export interface BarRow {
  key: string;
  label: string;
  value: number;
  valueText: string;
  tip: string;
  data: MarkData;
}

const FONT_SIZE = 12;
const STEP = 24;

/**
 * Horizontal bars with the value written at the end of each bar and the names on the left
 * (truncated with an ellipsis beyond 45% of the width; the tooltip keeps the full text).
 * No x axis: the value labels carry the numbers. Used by hBar and levelBars.
 */
export function drawBars(
  rows: readonly BarRow[],
  options: ChartOptions & { document: Document; width: number; kind: string; xMax?: number | undefined; fill?: string | undefined },
): Element {
  const { document, width } = options;
  const labelRoom = Math.min(Math.max(0, ...rows.map((r) => textWidth(r.label, FONT_SIZE))), width * 0.45);
  const labels = new Map(rows.map((r) => [r.key, truncateToWidth(r.label, labelRoom, FONT_SIZE)]));
  const marginLeft = Math.ceil(labelRoom) + 8;
  const marginRight = Math.ceil(Math.max(0, ...rows.map((r) => textWidth(r.valueText, FONT_SIZE)))) + 8;
  const height = rows.length * STEP + 8;
  const xMax = options.xMax ?? Math.max(0, ...rows.map((r) => r.value));
  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft,
    marginRight,
    marginTop: 4,
    marginBottom: 4,
    x: { domain: [0, xMax || 1], axis: null },
    y: { domain: rows.map((r) => r.key), padding: 0.25, axis: null },
    marks: [
      Plot.axisY({ tickSize: 0, tickPadding: 6, label: null, tickFormat: (key: string) => labels.get(key) ?? key }),
      Plot.barX(rows, {
        x: "value",
        y: "key",
        fill: options.fill ?? colors.series[0],
        title: "tip",
        render: withMarkData(rows, (r) => r.data),
      }),
      Plot.text(rows, { x: "value", y: "key", text: "valueText", dx: 4, textAnchor: "start", fill: colors.label }),
      Plot.ruleX([0], { stroke: colors.axis }),
    ],
  }) as unknown as Element;
  svg.setAttribute("font-size", String(FONT_SIZE));
  return finishSvg(svg, { ...options, width, height });
}
