import { hierarchy, treemap as d3Treemap, treemapSquarify } from "d3-hierarchy";
import { z } from "zod";
import { compareText } from "../lib/compareText.ts";
import type { LabelValue } from "../lib/LabelValue.ts";
import { formatNumber, type FormatName } from "../lib/formatNumber.ts";
import { currencyOption, defineChart, fieldName, formatOption, unitOption, type Frame } from "./chartKind.ts";
import { colors, inkOnSequential, sequentialColor } from "./colors.ts";
import { num, text } from "./fields.ts";
import { finishSvg } from "./finishSvg.ts";
import { areaNames, capitalise, valueHeading, withUnit } from "./labels.ts";
import { svgElement } from "./svg.ts";
import { textWidth } from "./textWidth.ts";
import { binOf, niceThresholds } from "./thresholds.ts";

const options = z.strictObject({
  label: fieldName("field naming each rectangle (a field called area shows the gazetteer's label)").default("label"),
  value: fieldName("field with each rectangle's number; only values above zero are drawn").default("value"),
  format: formatOption.default("int"),
  currency: currencyOption.optional(),
  unit: unitOption.default(""),
});

const FONT_SIZE = 12;
// Tried in order for each rectangle: both lines at the normal size, the name alone, then
// the same at a smaller size, then the name shortened with an ellipsis.
const SMALL_FONT_SIZE = 10;

/**
 * A squarified treemap: one rectangle per row, its area proportional to the value,
 * coloured by value on the sequential ramp. Each rectangle shows its name and value when
 * they fit (the name alone, or nothing, when they do not); every rectangle has a tooltip.
 * The phone drawing is taller than wide.
 */
export const treemap = defineChart({
  kind: "treemap",
  description: "Parts of a whole as rectangles whose areas are proportional to the values.",
  options,
  fields: { label: "text", value: "number" },
  widths: { wide: 720, narrow: 360 },
  rows: (rows, o, context) => (o.label === "area" ? areaNames(rows, "area", context) : rows.slice()),
  columns: (o) => [
    { key: o.label, label: capitalise(o.label) },
    { key: o.value, label: valueHeading(o.unit, o.value), format: o.format, currency: o.currency },
  ],
  draw(rows, o, frame) {
    const data = rows.map((row) => ({ label: text(row, o.label), value: num(row, o.value) }));
    const height = Math.round(frame.width * (frame.narrow ? 1.25 : 0.56));
    return drawTreemap(data, { frame, height, unit: o.unit, write: (v) => formatNumber(v, o.format as FormatName, { currency: o.currency }) });
  },
});

/** A part of the whole (e.g. an area and its postings), or the root that holds them. */
type Node = LabelValue | { children: readonly LabelValue[] };

function drawTreemap(data: readonly LabelValue[], { frame, height, unit, write }: { frame: Frame; height: number; unit: string; write: (value: number) => string }): Element {
  const { document, width } = frame;
  const items = data.filter((d) => d.value > 0);
  const total = items.reduce((sum, d) => sum + d.value, 0);
  const values = items.map((d) => d.value);
  const thresholds = niceThresholds(Math.min(...values), Math.max(...values));
  const bins = thresholds.length + 1;
  const root = hierarchy<Node>({ children: items }, (d) => ("children" in d ? d.children : undefined))
    .sum((d) => ("value" in d ? d.value : 0))
    // Ties by name, so equal values always land in the same place.
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || compareText(nameOf(a.data), nameOf(b.data)));
  const leaves = d3Treemap<Node>().size([width, height]).paddingInner(1).tile(treemapSquarify.ratio(1.4)).round(false)(root).leaves();

  const rects: SVGElement[] = [];
  const labels: SVGElement[] = [];
  for (const leaf of leaves) {
    const datum = leaf.data as LabelValue;
    const w = leaf.x1 - leaf.x0;
    const h = leaf.y1 - leaf.y0;
    const bin = binOf(datum.value, thresholds);
    const share = total > 0 ? datum.value / total : 0;
    rects.push(
      svgElement(
        document,
        "rect",
        {
          x: leaf.x0,
          y: leaf.y0,
          width: w,
          height: h,
          style: `fill:${sequentialColor(bin, bins)}`,
          "data-label": datum.label,
          "data-value": withUnit(write(datum.value), unit),
          "data-n": `${formatNumber(share, "pct0")} of all`,
        },
        [svgElement(document, "title", {}, [`${datum.label}\n${withUnit(write(datum.value), unit)} (${formatNumber(share, "pct0")} of all)`])],
      ),
    );
    const label = fitLabel(shortName(datum.label), write(datum.value), w - 6, h - 4);
    if (!label) continue;
    const lineHeight = label.fontSize * 1.15;
    labels.push(
      svgElement(
        document,
        "text",
        { x: leaf.x0 + 3, y: leaf.y0 + 3 + label.fontSize * 0.85, "font-size": label.fontSize === FONT_SIZE ? undefined : label.fontSize, style: `fill:${inkOnSequential()}` },
        label.lines.map((line, i) => svgElement(document, "tspan", { x: leaf.x0 + 3, dy: i === 0 ? undefined : lineHeight, "font-weight": i === 0 ? "600" : undefined }, [line])),
      ),
    );
  }
  const svg = svgElement(document, "svg", { "font-family": "system-ui, sans-serif", "font-size": FONT_SIZE }, [
    svgElement(document, "g", { class: "chart-marks", style: `stroke:${colors.background}`, "stroke-width": 0.5 }, rects),
    svgElement(document, "g", { class: "chart-labels", "pointer-events": "none" }, labels),
  ]);
  return finishSvg(svg, { kind: "treemap", width, height, labelledBy: frame.labelledBy });
}

function nameOf(node: Node): string {
  return "label" in node ? node.label : "";
}

// "Austin, TX" → "Austin": the tooltip and table keep the full name.
function shortName(name: string): string {
  return name.replace(/,[^,]*$/, "").trim() || name;
}

/** The text that fits a rectangle of `width` × `height`, or null when nothing legible does. */
function fitLabel(name: string, value: string, width: number, height: number): { fontSize: number; lines: string[] } | null {
  for (const fontSize of [FONT_SIZE, SMALL_FONT_SIZE]) {
    const nameFits = textWidth(name, fontSize, { bold: true }) <= width && fontSize <= height;
    if (nameFits && textWidth(value, fontSize) <= width && fontSize * 2.15 <= height) return { fontSize, lines: [name, value] };
    if (nameFits) return { fontSize, lines: [name] };
  }
  if (SMALL_FONT_SIZE > height) return null;
  const chars = Array.from(name);
  // At least three letters before the ellipsis, or the label says nothing.
  for (let keep = chars.length - 1; keep >= 3; keep--) {
    const short = `${chars.slice(0, keep).join("").trimEnd()}…`;
    if (textWidth(short, SMALL_FONT_SIZE, { bold: true }) <= width) return { fontSize: SMALL_FONT_SIZE, lines: [short] };
  }
  return null;
}
