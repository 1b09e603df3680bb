import { max as maxOf, min as minOf } from "d3-array";
import { BASEMAP_HEIGHT, BASEMAP_SYMBOL_ID, BASEMAP_WIDTH, basemapPaths, basemapProjection } from "./basemap.ts";
import { colors, sequentialColor } from "./colors.ts";
import { chartContainer } from "./container.ts";
import { serverDocument } from "./dom.ts";
import { finishSvg } from "./finishSvg.ts";
import { formatNumber } from "../lib/formatNumber.ts";
import { listParts } from "../lib/joinList.ts";
import type { ChartOptions } from "./options.ts";
import { placeLabels } from "./placeLabels.ts";
import { serialize } from "./serialize.ts";
import { htmlElement, round, svgElement } from "./svg.ts";
import { binOf, niceThresholds } from "./thresholds.ts";
import { thresholdLegend } from "./thresholdLegend.ts";
import { compareText } from "../lib/compareText.ts";

/** One searched area: where it is and its value (null when the area has no data). */
export interface AreaValue {
  /** Stable key of the area (used in data attributes). */
  area: string;
  /** Display name, e.g. "Austin, TX". */
  label: string;
  lat: number;
  lon: number;
  value: number | null;
  /** How many postings the value rests on (e.g. salaried postings behind a median). */
  n?: number;
}

/** Options of {@link render}. */
export interface BubbleMapOptions extends ChartOptions {
  /** What the value is, e.g. "Postings" or "Median lower bound"; heads the legend and tooltips. */
  valueLabel: string;
  format?: (value: number) => string;
  /** Compact format for the legend and size key, e.g. thousands of dollars (default: `format`). */
  shortFormat?: (value: number) => string;
  /** How many of the largest areas get a text label on a wide screen (default 10). */
  labelTop?: number;
  /** Noun for `n` in tooltips (default "postings"). */
  nLabel?: string;
  /**
   * "shared" (default) draws the states with `<use href="#chart-us-basemap">`, which needs
   * UsBasemapDefs once on the page; "inline" embeds the paths (standalone SVG).
   */
  basemap?: "shared" | "inline";
  /** Radius in px of the largest bubble (default width / 30). */
  maxRadius?: number;
}

const DEFAULT_WIDTH = 760;
// Labels for narrow containers (< 560 px, see charts.css): few and large, so that at a
// 360 px phone width they still come out near 11 px.
const NARROW_LABELS = 5;
const NARROW_SCALE = 2;
const CROSS = 6;

/**
 * A US bubble map (Albers USA): one circle per area with a value, circle AREA proportional
 * to the value (radius ∝ √value, zero at zero), colour by value in threshold bins, labels
 * for the largest areas, and a red × for each area with no data, also named in a note
 * under the map. Returns a `div.chart` holding the colour legend, the map SVG and the note.
 */
export function render(data: readonly AreaValue[], options: BubbleMapOptions): HTMLElement {
  const document = options.document ?? serverDocument();
  const width = options.width ?? DEFAULT_WIDTH;
  const height = Math.round((width * BASEMAP_HEIGHT) / BASEMAP_WIDTH);
  const format = options.format ?? ((v: number) => formatNumber(v));
  const shortFormat = options.shortFormat ?? format;
  const nLabel = options.nLabel ?? "postings";
  const projection = basemapProjection(width);

  const located = data.flatMap((d) => {
    const point = projection([d.lon, d.lat]);
    return point ? [{ ...d, x: point[0], y: point[1] }] : [];
  });
  const present = located.filter((d): d is typeof d & { value: number } => d.value !== null && Number.isFinite(d.value));
  const missing = data.filter((d) => d.value === null);
  const missingLocated = located.filter((d) => d.value === null);

  const maxValue = maxOf(present, (d) => d.value) ?? 0;
  const minValue = minOf(present, (d) => d.value) ?? 0;
  const maxRadius = options.maxRadius ?? width / 30;
  const radius = (value: number) => (maxValue > 0 ? maxRadius * Math.sqrt(Math.max(0, value) / maxValue) : 0);
  const thresholds = niceThresholds(minValue, maxValue);
  const bins = thresholds.length + 1;
  const fillOf = (value: number) => sequentialColor(binOf(value, thresholds), bins);

  // Largest first, so small bubbles are drawn on top and stay visible.
  const bubbles = present.slice().sort((a, b) => b.value - a.value || compareText(a.area, b.area));
  // "1 salaried posting", "2 salaried postings".
  const sample = (n: number) => `${formatNumber(n)} ${n === 1 ? nLabel.replace(/s$/, "") : nLabel}`;
  const tip = (d: AreaValue & { value: number }) =>
    [d.label, `${options.valueLabel}: ${format(d.value)}`, ...(d.n === undefined ? [] : [`Based on ${sample(d.n)}`])].join("\n");

  const marks = svgElement(
    document,
    "g",
    { class: "chart-marks", style: `stroke:${colors.background}`, "stroke-width": 1, "fill-opacity": 0.9 },
    bubbles.map((d) =>
      svgElement(
        document,
        "circle",
        {
          cx: d.x,
          cy: d.y,
          r: radius(d.value),
          style: `fill:${fillOf(d.value)}`,
          "data-label": d.label,
          "data-value": `${options.valueLabel}: ${format(d.value)}`,
          "data-n": d.n === undefined ? undefined : `Based on ${sample(d.n)}`,
        },
        [svgElement(document, "title", {}, [tip(d)])],
      ),
    ),
  );

  const crosses = svgElement(
    document,
    "g",
    { class: "chart-missing", style: `stroke:${colors.missing}`, "stroke-width": 2.5, "stroke-linecap": "round" },
    missingLocated.map((d) =>
      svgElement(
        document,
        "path",
        { d: `M${round(d.x - CROSS)},${round(d.y - CROSS)}l${CROSS * 2},${CROSS * 2}m0,${-CROSS * 2}l${-CROSS * 2},${CROSS * 2}`, "data-label": d.label, "data-value": `${options.valueLabel}: no data` },
        [svgElement(document, "title", {}, [`${d.label}\n${options.valueLabel}: no data`])],
      ),
    ),
  );

  const labelTop = options.labelTop ?? 10;
  const discs = located.map((d) => ({ x: d.x, y: d.y, r: d.value === null ? CROSS : radius(d.value) }));
  const targets = bubbles.map((d) => ({ x: d.x, y: d.y, r: radius(d.value), text: shortLabel(d.label) }));
  const wide = placeLabels(targets.slice(0, labelTop), { width, height, fontSize: 12, marks: discs });
  const narrow = placeLabels(targets.slice(0, Math.min(labelTop, NARROW_LABELS)), { width, height, fontSize: 12 * NARROW_SCALE, marks: discs });
  const labelGroup = (placed: typeof wide, className: string, fontSize: number, hidden: boolean) =>
    svgElement(
      document,
      "g",
      {
        class: `chart-labels ${className}`,
        "font-size": fontSize,
        style: `fill:${colors.label};stroke:${colors.background}`,
        "stroke-width": fontSize / 4,
        "stroke-linejoin": "round",
        "paint-order": "stroke",
        visibility: hidden ? "hidden" : undefined,
      },
      placed.map((l) => svgElement(document, "text", { x: l.x, y: l.y, "text-anchor": l.anchor === "middle" ? undefined : l.anchor }, [l.text])),
    );

  const basemap =
    options.basemap === "inline"
      ? svgElement(document, "g", { transform: `scale(${width / BASEMAP_WIDTH})` }, basemapPaths(document))
      : svgElement(document, "use", { href: `#${BASEMAP_SYMBOL_ID}`, width, height: (width * BASEMAP_HEIGHT) / BASEMAP_WIDTH });

  const svg = svgElement(document, "svg", { "font-family": "system-ui, sans-serif", "text-anchor": "middle" }, [
    basemap,
    marks,
    crosses,
    sizeKey(document, { width, height, minValue, maxValue, radius, format: shortFormat }),
    labelGroup(wide, "chart-labels-wide", 12, false),
    labelGroup(narrow, "chart-labels-narrow", 12 * NARROW_SCALE, true),
  ]);
  finishSvg(svg, { ...options, kind: "bubble-map", width, height, maxScale: Number.POSITIVE_INFINITY });

  const legend = htmlElement(document, "div", { class: "chart-legend" }, [
    htmlElement(document, "span", { class: "chart-legend-title" }, [options.valueLabel]),
    ...(bins > 1 ? [thresholdLegend(document, { thresholds, format: shortFormat })] : []),
    htmlElement(document, "span", { class: "chart-legend-note" }, ["Circle area is proportional to the value."]),
  ]);
  return chartContainer(document, { id: options.id, kind: "bubble-map", wide: svg, before: [legend], after: missing.length > 0 ? [missingNote(document, missing.map((d) => d.label))] : [] });
}

/** {@link render} serialised to an HTML string, for `set:html` in the Astro wrapper. */
export function renderToString(data: readonly AreaValue[], options: BubbleMapOptions): string {
  return serialize(render(data, options));
}

// "Austin, TX" → "Austin": the state adds little on a map and costs label room.
function shortLabel(label: string): string {
  return label.replace(/,[^,]*$/, "").trim() || label;
}

// Nested circles in the lower-right corner (the Atlantic), bottom-aligned, for a few round
// values: the largest, a quarter and a sixteenth of it, none below the smallest value.
function sizeKey(
  document: Document,
  { width, height, minValue, maxValue, radius, format }: { width: number; height: number; minValue: number; maxValue: number; radius: (v: number) => number; format: (v: number) => string },
): SVGElement {
  const nice = (v: number) => Number(v.toPrecision(v >= 100 ? 2 : 1));
  const values = [...new Set([maxValue, maxValue / 4, maxValue / 16].map(nice))].filter((v) => v >= minValue && v > 0);
  if (values.length < 2 && minValue > 0) values.push(nice(minValue));
  const keyValues = [...new Set(values)].sort((a, b) => b - a);
  const rMax = radius(keyValues[0] ?? 0);
  const cx = width - rMax - 60;
  const bottom = height - 8;
  const children: SVGElement[] = [];
  keyValues.forEach((value) => {
    const r = radius(value);
    const top = bottom - 2 * r;
    children.push(svgElement(document, "circle", { cx, cy: bottom - r, r, fill: "none", stroke: "currentColor" }));
    children.push(svgElement(document, "path", { d: `M${round(cx)},${round(top)}H${round(cx + rMax + 6)}`, stroke: "currentColor", "stroke-dasharray": "2 2" }));
    children.push(svgElement(document, "text", { x: cx + rMax + 8, y: top + 3.5, "text-anchor": "start", stroke: "none" }, [format(value)]));
  });
  return svgElement(document, "g", { class: "chart-size-key", "font-size": 10, style: `color:${colors.axis};fill:${colors.axis}` }, children);
}

function missingNote(document: Document, labels: readonly string[]): HTMLElement {
  const cross = svgElement(document, "svg", { width: 12, height: 12, viewBox: "0 0 12 12", "aria-hidden": "true", class: "chart-note-icon" }, [
    svgElement(document, "path", { d: "M2,2L10,10M2,10L10,2", style: `stroke:${colors.missing}`, "stroke-width": 2.5, "stroke-linecap": "round" }),
  ]);
  const sorted = labels.slice().sort((a, b) => compareText(a, b));
  return htmlElement(document, "p", { class: "chart-note chart-note-missing" }, [
    cross,
    ` No data for ${sorted.length} ${sorted.length === 1 ? "area" : "areas"}: `,
    ...listParts(sorted).map((part) => ("separator" in part ? part.separator : htmlElement(document, "span", { class: "chart-missing-name" }, [part.item]))),
    ".",
  ]);
}
