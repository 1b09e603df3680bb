import { hierarchy, treemap as d3Treemap, treemapSquarify } from "d3-hierarchy";
import { colors, inkOnSequential, sequentialColor } from "./colors.ts";
import { chartContainer } from "./container.ts";
import { serverDocument } from "./dom.ts";
import { finishSvg } from "./finishSvg.ts";
import { formatNumber } from "../lib/formatNumber.ts";
import type { ChartOptions } from "./options.ts";
import { serialize } from "./serialize.ts";
import { svgElement } from "./svg.ts";
import { textWidth } from "./textWidth.ts";
import { binOf, niceThresholds } from "./thresholds.ts";
import { compareText } from "../lib/compareText.ts";

/** A named part of the whole, e.g. an area and its postings. */
export interface NamedValue {
  name: string;
  value: number;
}

/** Options of {@link render}. */
export interface TreemapOptions extends ChartOptions {
  /** Noun for values in tooltips (default "postings"). */
  unit?: string;
  /** Width of the phone rendering (default 360, drawn taller); null draws only the wide one. */
  narrowWidth?: number | null;
}

const FONT_SIZE = 12;
// Tried in order for each rectangle: both lines at the normal size, the name alone, then
// the same at a smaller size, then the name shortened with an ellipsis.
const SMALL_FONT_SIZE = 10;

/**
 * A squarified treemap: one rectangle per item, its area proportional to the value,
 * coloured by value on the sequential ramp. Each rectangle shows its name and value when
 * they fit (the name alone, or nothing, when they do not); every rectangle has a tooltip.
 */
export function render(data: readonly NamedValue[], options: TreemapOptions): HTMLElement {
  const document = options.document ?? serverDocument();
  const wideWidth = options.width ?? 720;
  const narrowWidth = options.narrowWidth === undefined ? 360 : options.narrowWidth;
  const draw = (width: number, height: number) => drawTreemap(data, { ...options, document, width, height });
  return chartContainer(document, {
    id: options.id,
    kind: "treemap",
    wide: draw(wideWidth, Math.round(wideWidth * 0.56)),
    narrow: narrowWidth === null ? undefined : draw(narrowWidth, Math.round(narrowWidth * 1.25)),
  });
}

/** {@link render} serialised to an HTML string, for `set:html` in the Astro wrapper. */
export function renderToString(data: readonly NamedValue[], options: TreemapOptions): string {
  return serialize(render(data, options));
}

type Node = { name: string; value: number } | { children: readonly NamedValue[] };

function drawTreemap(data: readonly NamedValue[], options: TreemapOptions & { document: Document; width: number; height: number }): Element {
  const { document, width, height } = options;
  const unit = options.unit ?? "postings";
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
    const datum = leaf.data as NamedValue;
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
          "data-label": datum.name,
          "data-value": `${formatNumber(datum.value)} ${unit}`,
          "data-n": `${formatNumber(share, "pct0")} of all`,
        },
        [svgElement(document, "title", {}, [`${datum.name}\n${formatNumber(datum.value)} ${unit} (${formatNumber(share, "pct0")} of all)`])],
      ),
    );
    const label = fitLabel(shortName(datum.name), formatNumber(datum.value), w - 6, h - 4);
    if (!label) continue;
    const lineHeight = label.fontSize * 1.15;
    labels.push(
      svgElement(
        document,
        "text",
        { x: leaf.x0 + 3, y: leaf.y0 + 3 + label.fontSize * 0.85, "font-size": label.fontSize === FONT_SIZE ? undefined : label.fontSize, style: `fill:${inkOnSequential(bin, bins)}` },
        label.lines.map((line, i) => svgElement(document, "tspan", { x: leaf.x0 + 3, dy: i === 0 ? undefined : lineHeight, "font-weight": i === 0 ? "600" : undefined }, [line])),
      ),
    );
  }
  const svg = svgElement(document, "svg", { "font-family": "system-ui, sans-serif", "font-size": FONT_SIZE }, [
    svgElement(document, "g", { class: "chart-marks", style: `stroke:${colors.background}`, "stroke-width": 0.5 }, rects),
    svgElement(document, "g", { class: "chart-labels", "pointer-events": "none" }, labels),
  ]);
  return finishSvg(svg, { ...options, kind: "treemap", width, height });
}

function nameOf(node: Node): string {
  return "name" in node ? node.name : "";
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
