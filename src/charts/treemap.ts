import { hierarchy, treemap as d3Treemap, treemapSquarify } from "d3-hierarchy";
import { z } from "zod";
import { compareText } from "../lib/compareText.ts";
import type { LabelValue } from "../lib/LabelValue.ts";
import { formatNumber, type FormatName } from "../lib/formatNumber.ts";
import { atAnnotations, checkAt } from "./annotations.ts";
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
  annotations: atAnnotations,
});

const FONT_SIZE = 12;
/**
 * Label sizes, tried in order for each rectangle: both lines, then the name alone, at each
 * size, then the name shortened with an ellipsis at the last size; else no label (the
 * tooltip and the table keep every name). The wide drawing (720) is shown 560 px wide or
 * more; the narrow one (360) about 328 px wide on a 360 px phone, so its 13 comes out near
 * 11.8 px there, and nothing on the chart is below 11 px.
 */
const SIZES = { wide: [12, 11], narrow: [13] } as const;
const NOTE_LINE = 16;

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
    checkAt("treemap", o.annotations, new Set(data.filter((d) => d.value > 0).map((d) => d.label)));
    return drawTreemap(data, { frame, height, unit: o.unit, notes: o.annotations, write: (v) => formatNumber(v, o.format as FormatName, { currency: o.currency }) });
  },
});

/** A part of the whole (e.g. an area and its postings), or the root that holds them. */
type Node = LabelValue | { children: readonly LabelValue[] };

/** The note band above the rectangles: per note, a sample of its outline and its lines. */
function noteBand(notes: readonly { at: readonly string[]; text: string }[], width: number, fontSize: number) {
  let y = 4;
  const laid = notes.map((note, i) => {
    // 10% short of the width: the width table is an estimate, and bold text runs wider.
    const lines = wrapText(note.text, (width - 26) * 0.9, fontSize);
    const top = y;
    y += lines.length * NOTE_LINE + 4;
    return { ...note, lines, top, dash: i === 0 ? undefined : "5 3" };
  });
  return { laid, height: notes.length === 0 ? 0 : y + 2 };
}

function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize, { bold: true }) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function drawTreemap(data: readonly LabelValue[], { frame, height: mapHeight, unit, notes, write }: { frame: Frame; height: number; unit: string; notes: readonly { at: readonly string[]; text: string }[]; write: (value: number) => string }): Element {
  const { document, width } = frame;
  const sizes = frame.narrow ? SIZES.narrow : SIZES.wide;
  const band = noteBand(notes, width, sizes[0]);
  const top = band.height;
  const height = mapHeight + top;
  const items = data.filter((d) => d.value > 0);
  const total = items.reduce((sum, d) => sum + d.value, 0);
  const values = items.map((d) => d.value);
  const thresholds = niceThresholds(Math.min(...values), Math.max(...values));
  const bins = thresholds.length + 1;
  const root = hierarchy<Node>({ children: items }, (d) => ("children" in d ? d.children : undefined))
    .sum((d) => ("value" in d ? d.value : 0))
    // Ties by name, so equal values always land in the same place.
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || compareText(nameOf(a.data), nameOf(b.data)));
  const leaves = d3Treemap<Node>().size([width, mapHeight]).paddingInner(1).tile(treemapSquarify.ratio(1.4)).round(false)(root).leaves();

  const rects: SVGElement[] = [];
  const labels: SVGElement[] = [];
  const outlined = new Set(notes.flatMap((n) => n.at));
  for (const leaf of leaves) {
    const datum = leaf.data as LabelValue;
    // An outlined rectangle's label moves inside its outline.
    const pad = outlined.has(datum.label) ? 6 : 3;
    leaf.y0 += top;
    leaf.y1 += top;
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
    const label = fitLabel(shortName(datum.label), write(datum.value), w - 2 * pad, h - pad - 1, sizes);
    if (!label) continue;
    const lineHeight = label.fontSize * 1.15;
    labels.push(
      svgElement(
        document,
        "text",
        { x: leaf.x0 + pad, y: leaf.y0 + pad + label.fontSize * 0.85, "font-size": label.fontSize === FONT_SIZE ? undefined : label.fontSize, style: `fill:${inkOnSequential()}` },
        label.lines.map((line, i) => svgElement(document, "tspan", { x: leaf.x0 + pad, dy: i === 0 ? undefined : lineHeight, "font-weight": i === 0 ? "600" : undefined }, [line])),
      ),
    );
  }
  // The annotated rectangles outlined (a dark line inside a light one, so it reads on every
  // step of the ramp in both themes), and each note above the rectangles with a sample of its outline.
  const outline = (x: number, y: number, w: number, h: number, dash: string | undefined) => [
    svgElement(document, "rect", { x, y, width: Math.max(0, w), height: Math.max(0, h), style: `stroke:${colors.background}`, "stroke-width": 3.5, "stroke-dasharray": dash }),
    svgElement(document, "rect", { x, y, width: Math.max(0, w), height: Math.max(0, h), style: `stroke:${colors.label}`, "stroke-width": 2, "stroke-dasharray": dash }),
  ];
  const byName = new Map(leaves.map((leaf) => [(leaf.data as LabelValue).label, leaf]));
  const annotation = band.laid.flatMap((note) => {
    const outlines = note.at.flatMap((name) => {
      const leaf = byName.get(name);
      return leaf ? outline(leaf.x0 + 1.75, leaf.y0 + 1.75, leaf.x1 - leaf.x0 - 3.5, leaf.y1 - leaf.y0 - 3.5, note.dash) : [];
    });
    const text = svgElement(
      document,
      "text",
      { x: 24, y: note.top + sizes[0] * 0.85, "font-size": sizes[0] === FONT_SIZE ? undefined : sizes[0], "font-weight": "600", style: `fill:${colors.label}` },
      note.lines.map((line, i) => svgElement(document, "tspan", { x: 24, dy: i === 0 ? undefined : NOTE_LINE }, [line])),
    );
    return [...outline(3, note.top + 1, 15, sizes[0] - 1, note.dash), ...outlines, text];
  });
  const svg = svgElement(document, "svg", { "font-family": "system-ui, sans-serif", "font-size": FONT_SIZE }, [
    svgElement(document, "g", { class: "chart-marks", style: `stroke:${colors.background}`, "stroke-width": 0.5 }, rects),
    svgElement(document, "g", { class: "chart-labels", "pointer-events": "none" }, labels),
    ...(annotation.length === 0 ? [] : [svgElement(document, "g", { class: "chart-annotation", fill: "none", "pointer-events": "none" }, annotation)]),
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
function fitLabel(name: string, value: string, width: number, height: number, sizes: readonly number[]): { fontSize: number; lines: string[] } | null {
  for (const fontSize of sizes) {
    const nameFits = textWidth(name, fontSize, { bold: true }) <= width && fontSize <= height;
    if (nameFits && textWidth(value, fontSize) <= width && fontSize * 2.15 <= height) return { fontSize, lines: [name, value] };
    if (nameFits) return { fontSize, lines: [name] };
  }
  const smallest = sizes.at(-1)!;
  if (smallest > height) return null;
  const chars = Array.from(name);
  // At least three letters before the ellipsis, or the label says nothing.
  for (let keep = chars.length - 1; keep >= 3; keep--) {
    const short = `${chars.slice(0, keep).join("").trimEnd()}…`;
    if (textWidth(short, smallest, { bold: true }) <= width) return { fontSize: smallest, lines: [short] };
  }
  return null;
}
