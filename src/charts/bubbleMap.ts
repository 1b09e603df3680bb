import { max as maxOf, min as minOf } from "d3-array";
import { z } from "zod";
import { compareText } from "../lib/compareText.ts";
import { formatNumber, type FormatName } from "../lib/formatNumber.ts";
import { listParts, needsSemicolons } from "../lib/joinList.ts";
import { atAnnotations, checkAt } from "./annotations.ts";
import { projections, type MapProjection } from "./basemap.ts";
import { currencyOption, defineChart, drawnOnMap, fieldName, formatOption, type ChartContext, type Frame, type Row } from "./chartKind.ts";
import { colors, sequentialColor } from "./colors.ts";
import { numOrNull, text } from "./fields.ts";
import { finishSvg } from "./finishSvg.ts";
import { capitalise, countOf } from "./labels.ts";
import { placeLabels, type PlacedLabel } from "./placeLabels.ts";
import { htmlElement, round, svgElement } from "./svg.ts";
import { binOf, niceThresholds } from "./thresholds.ts";
import { thresholdLegend } from "./thresholdLegend.ts";
import { worldProjection } from "./worldBasemap.ts";

const options = z.strictObject({
  area: fieldName("field with the searched area, placed by the gazetteer (rows with numeric lat and lon fields are placed by those)").default("area"),
  value: fieldName("field with each area's number; null means no data (a cross)").default("count"),
  n: fieldName("field with how many postings the value rests on, for tooltips").optional(),
  valueLabel: z.string().min(1).describe('what the value is, e.g. "Remote postings": heads the legend and the tooltips'),
  format: formatOption.default("int"),
  shortFormat: formatOption.optional().describe("compact format for the legend and size key (default: format)"),
  currency: currencyOption.optional(),
  nLabel: z.string().default("postings").describe("noun for `n` in tooltips"),
  labels: z.number().int().nonnegative().default(10).describe("how many of the largest areas are named on a wide screen"),
  missing: z
    .enum(["zero", "cross", "none"])
    .default("zero")
    .describe('searched areas the rows leave out: "zero" draws them as zero, "cross" marks them as no data, "none" leaves them off'),
  projection: z
    .enum(["auto", "albers-usa", "world"])
    .default("auto")
    .describe('the map: "auto" (the data\'s extent: the US basemap for US postings, else a world map fitted to their countries), "albers-usa" (the US with Alaska and Hawaii), "world" (fitted to `countries`)'),
  countries: z
    .array(z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code"))
    .min(1)
    .optional()
    .describe('for projection "world": the countries (ISO-2) the map is fitted to (default: those of the data\'s extent, else of the places)'),
  basemap: z.enum(["shared", "inline"]).default("shared").describe('"shared" uses the page\'s basemap symbol; "inline" embeds it (a standalone SVG)'),
  maxRadius: z.number().positive().optional().describe("radius in px of the largest bubble (default width / 30)"),
  sizeBy: z
    .enum(["value", "n"])
    .default("value")
    .describe('what a bubble\'s area shows: "value", or "n" (how many `nLabel` the value rests on; the colour then shows the value), e.g. a median sized by its sample'),
  fewerThan: z
    .number()
    .int()
    .min(2)
    .optional()
    .describe("values resting on fewer than this many `nLabel` are drawn as rings, and the legend says so (needs `n`)"),
  areaNoun: z.enum(["area", "place"]).default("area").describe('what one bubble is in the notes under the map ("No data for 2 areas", "every area"): "place" when the rows name no searches, only the places the postings give'),
  ranked: z
    .number()
    .int()
    .nonnegative()
    .default(12)
    .describe("on a phone, the map is followed by a ranked dot plot of this many areas, highest value first (0: none)"),
  annotations: atAnnotations.describe('notes on the map: [{ at: ["Santa Fe, NM"], text: "one posting" }] names those areas (by the `area` field) with the note, placed before the other labels, rings included, and adds the note to their row of the phone\'s ranked list (which then always includes them)'),
});

type Options = z.output<typeof options>;

/** A placed area: where it is on the map and its value (null when it has no data). */
interface Bubble {
  area: string;
  label: string;
  x: number;
  y: number;
  value: number | null;
  n: number | undefined;
}

/** A bubble with a value: its size (the value or its `n`, per `sizeBy`) and whether it is a ring. */
interface Drawn extends Bubble {
  value: number;
  size: number;
  ring: boolean;
}

// Labels for narrow containers (< 560 px, see charts.css): few and large, so that at a
// 360 px phone width they still come out near 11 px.
const NARROW_LABELS = 5;
// 12 px × 2.2 in a 760 px drawing shown 328 px wide (a 360 px phone): 11.4 px.
const NARROW_SCALE = 2.2;
const CROSS = 6;

/**
 * A bubble map on the data's extent (the US Albers basemap for US postings, otherwise a
 * world map fitted to their countries; see mapProjection): one circle per area with a value, circle AREA
 * proportional to the value (radius ∝ √value, zero at zero), colour by value in threshold
 * bins, labels for the largest areas placed to avoid each other, and a red × for each area
 * with no data, also named in a note under the map, as are areas outside the map's frame. Drawn by hand rather than with Plot: it
 * draws the basemap with `<use>` of one shared symbol per page, offsets labels by bubble
 * radius and places them, none of which Plot's marks do. One drawing that scales; below
 * 560 px it swaps to a few larger labels.
 */
export const bubbleMap = defineChart({
  kind: "bubble-map",
  description: "One bubble per searched area on a map, its area proportional to the value; a cross marks an area with no data.",
  options,
  fields: { area: "text", value: "number?", n: "number?" },
  widths: { wide: 760, narrow: null },
  rows: placeRows,
  columns: (o) => [
    { key: "label", label: "Area" },
    { key: o.value, label: o.valueLabel, format: o.format, currency: o.currency, missing: "no data" },
    ...(o.n === undefined ? [] : [{ key: o.n, label: capitalise(o.nLabel), format: "int" as const }]),
  ],
  draw: drawMap,
  pageDefs(o, context) {
    if (o.basemap !== "shared") return undefined;
    const projection = mapProjection(o, context);
    return { key: projection.symbolId, draw: projection.defs };
  },
  around(rows, o, frame) {
    const { document } = frame;
    const layout = mapLayout(rows, o, frame.width, frame.context);
    const short = (v: number) => formatNumber(v, o.shortFormat ?? o.format, { currency: o.currency });
    const rings = layout.present.filter((d) => d.ring).length;
    const legend = htmlElement(document, "div", { class: "chart-legend" }, [
      htmlElement(document, "span", { class: "chart-legend-title" }, [o.valueLabel]),
      ...(layout.bins > 1 ? [thresholdLegend(document, { thresholds: layout.thresholds, format: short })] : []),
      htmlElement(document, "span", { class: "chart-legend-note" }, [
        o.sizeBy === "n" ? `Circle area is proportional to the number of ${o.nLabel}; colour shows the value.` : "Circle area is proportional to the value.",
      ]),
      ...(rings > 0 && o.fewerThan !== undefined ? [ringNote(document, rings, o.fewerThan, o.nLabel, layout.present.length)] : []),
    ]);
    const drawn = new Set(layout.located.map((d) => d.area));
    const missing = rows.filter((row) => numOrNull(row, o.value) === null && drawn.has(text(row, o.area))).map((row) => text(row, "label"));
    // (One with a zero, an area added by `missing: "zero"`, has nothing to say.)
    const countryOnly = rows.filter((row) => row[COUNTRY_ONLY] === true && numOrNull(row, o.value) !== 0);
    const offMap = rows.filter((row) => !drawn.has(text(row, o.area)) && row[COUNTRY_ONLY] !== true);
    const after = [
      ...(o.ranked > 0 && layout.present.length > 1 ? [rankedDots(document, layout.present, o)] : []),
      ...(missing.length > 0 ? [missingNote(document, missing, o.areaNoun)] : []),
      ...(countryOnly.length > 0 ? [offMapNote(document, countryOnly, o, countryOnly.length === 1 ? "Not on the map, as it names a whole country: " : "Not on the map, as they name whole countries: ")] : []),
      ...(offMap.length > 0 ? [offMapNote(document, offMap, o)] : []),
    ];
    return { before: [legend], after };
  },
});

/**
 * The map's rows: each area with its place (`label`, `lat`, `lon` written on the row),
 * the searched areas the rows leave out added as zero or no data (`missing`), areas the
 * gazetteer cannot place left out (the post names them), largest value first.
 */
/** Marks a row whose place is a whole country: in the table, not on the map (the legend says so). */
const COUNTRY_ONLY = "countryOnly";

function placeRows(rows: readonly Row[], o: Options, context: ChartContext): Row[] {
  const given = new Set(rows.map((row) => text(row, o.area)));
  const absent = o.missing === "none" ? [] : context.areas.filter((area: string) => !given.has(area)).map((area: string) => ({ [o.area]: area, [o.value]: o.missing === "zero" ? 0 : null }));
  const placed = [...rows, ...absent].flatMap((row): Row[] => {
    if (typeof row["lat"] === "number" && typeof row["lon"] === "number") return [{ ...row, label: typeof row["label"] === "string" ? row["label"] : text(row, o.area) }];
    const place = context.place(text(row, o.area));
    if (place && drawnOnMap(place)) return [{ ...row, label: place.label, lat: place.lat, lon: place.lon }];
    // A whole country is named under the map instead; an unknown place is left out.
    return place ? [{ ...row, label: place.label, [COUNTRY_ONLY]: true }] : [];
  });
  // Equal values as the analysis gives them (a stable sort), the order a <RankedList> beside the
  // map names them in; the areas the rows leave out after them, in the order of the searched areas.
  return placed.sort((a, b) => (numOrNull(b, o.value) ?? -Infinity) - (numOrNull(a, o.value) ?? -Infinity));
}

/**
 * The map frame for these options: "albers-usa", a world map fitted to `countries`, or
 * ("auto") the data's extent from the context (src/places/mapExtent.ts: the US basemap for
 * US postings, otherwise a world map of their countries). A world map is fitted to its
 * countries and the context's places in them, so every map of one build shares one frame
 * (and one basemap symbol per page).
 */
export function mapProjection(o: Pick<Options, "projection" | "countries">, context: ChartContext): MapProjection {
  const frame = context.mapFrame;
  const countries = o.countries ?? (frame?.kind === "world" ? frame.countries : undefined);
  const name = o.projection === "auto" ? (frame?.kind === "world" ? "world" : "albers-usa") : o.projection;
  if (name === "albers-usa") return projections["albers-usa"];
  const places = context.areas.flatMap((area) => {
    const place = context.place(area);
    return place ? [place] : [];
  });
  const list = countries ?? [...new Set(places.flatMap((p) => (p.country ? [p.country] : [])))];
  if (list.length === 0) throw new Error('bubble-map: projection "world" needs `countries` (ISO-2 codes) or places with a country');
  const focus = new Set(list);
  const points = places.filter((p) => p.country !== undefined && focus.has(p.country)).map((p) => [p.lon, p.lat] as const);
  return worldProjection({ countries: list, points });
}

/** Where everything goes at one drawing width: shared by the drawing and its legend. */
function mapLayout(rows: readonly Row[], o: Options, width: number, context: ChartContext) {
  const projection: MapProjection = mapProjection(o, context);
  const height = Math.round((width * projection.height) / projection.width);
  const project = projection.project(width);
  const located = rows.flatMap((row): Bubble[] => {
    if (row[COUNTRY_ONLY] === true) return [];
    const point = project([Number(row["lon"]), Number(row["lat"])]);
    return point ? [{ area: text(row, o.area), label: text(row, "label"), x: point[0], y: point[1], value: numOrNull(row, o.value), n: o.n === undefined ? undefined : (numOrNull(row, o.n) ?? undefined) }] : [];
  });
  if ((o.sizeBy === "n" || o.fewerThan !== undefined) && o.n === undefined) throw new Error('bubble-map: sizeBy "n" and fewerThan need the `n` option (the field with what each value rests on)');
  const present = located.flatMap((d): Drawn[] => {
    if (d.value === null) return [];
    const size = o.sizeBy === "n" ? (d.n ?? 0) : d.value;
    return [{ ...d, value: d.value, size, ring: o.fewerThan !== undefined && (d.n ?? 0) < o.fewerThan }];
  });
  const maxValue = maxOf(present, (d) => d.value) ?? 0;
  const minValue = minOf(present, (d) => d.value) ?? 0;
  const maxSize = maxOf(present, (d) => d.size) ?? 0;
  const minSize = minOf(present, (d) => d.size) ?? 0;
  const maxRadius = o.maxRadius ?? width / 30;
  /** Radius of a bubble of size `size` (the value, or its n): area proportional to it. */
  const radius = (size: number) => (maxSize > 0 ? maxRadius * Math.sqrt(Math.max(0, size) / maxSize) : 0);
  const thresholds = niceThresholds(minValue, maxValue);
  return { projection, height, located, present, maxValue, minValue, maxSize, minSize, radius, thresholds, bins: thresholds.length + 1 };
}

function drawMap(rows: readonly Row[], o: Options, frame: Frame): Element {
  const { document, width } = frame;
  const { projection, height, located, present, maxSize, minSize, radius, thresholds, bins } = mapLayout(rows, o, width, frame.context);
  const format = (v: number) => formatNumber(v, o.format, { currency: o.currency });
  const shortFormat = (v: number) => formatNumber(v, (o.shortFormat ?? o.format) as FormatName, { currency: o.currency });
  const fillOf = (value: number) => sequentialColor(binOf(value, thresholds), bins);
  const missingLocated = located.filter((d) => d.value === null);

  // Largest first, so small bubbles are drawn on top and stay visible.
  const bubbles = present.slice().sort((a, b) => b.size - a.size || b.value - a.value || compareText(a.area, b.area));
  const sample = (n: number) => countOf(formatNumber(n), n, o.nLabel);
  const tip = (d: Drawn) =>
    [d.label, `${o.valueLabel}: ${format(d.value)}`, ...(d.n === undefined ? [] : [`Based on ${sample(d.n)}`])].join("\n");

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
          r: radius(d.size),
          // A ring (a value resting on too few): the page's colour inside, so a tap at its centre still finds it.
          style: d.ring ? `fill:${colors.background};stroke:${fillOf(d.value)}` : `fill:${fillOf(d.value)}`,
          "stroke-width": d.ring ? 2.5 : undefined,
          "fill-opacity": d.ring ? 1 : undefined,
          "data-label": d.label,
          "data-value": `${o.valueLabel}: ${format(d.value)}`,
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
        { d: `M${round(d.x - CROSS)},${round(d.y - CROSS)}l${CROSS * 2},${CROSS * 2}m0,${-CROSS * 2}l${-CROSS * 2},${CROSS * 2}`, "data-label": d.label, "data-value": `${o.valueLabel}: no data` },
        [svgElement(document, "title", {}, [`${d.label}\n${o.valueLabel}: no data`])],
      ),
    ),
  );

  const sizeOf = new Map(present.map((d) => [d.area, d.size]));
  const discs = located.map((d) => ({ x: d.x, y: d.y, r: d.value === null ? CROSS : radius(sizeOf.get(d.area) ?? 0) }));
  // Annotated areas are named first, with their note, rings included ("Santa Fe: one
  // posting"); then the largest bubbles, never a ring, whose value rests on too few to single out.
  const notes = noteOf(o, present);
  const noted = bubbles.filter((d) => notes.has(d.area));
  const targets = bubbles.filter((d) => !d.ring && !notes.has(d.area)).map((d) => ({ x: d.x, y: d.y, r: radius(d.size), text: shortLabel(d.label) }));
  const place = (count: number, fontSize: number) => {
    // A note that finds no spot in full ("Santa Fe: one posting") is tried as the note alone,
    // then as the name alone (on a phone the ranked list under the map gives the note).
    const variants = [(d: Drawn) => `${shortLabel(d.label)}: ${notes.get(d.area)!}`, (d: Drawn) => notes.get(d.area)!, (d: Drawn) => shortLabel(d.label)];
    let placed: (PlacedLabel & { note: boolean })[] = [];
    for (const variant of variants) {
      const first = noted.map((d) => ({ x: d.x, y: d.y, r: radius(d.size), text: variant(d) }));
      placed = placeLabels([...first, ...targets.slice(0, count)], { width, height, fontSize, marks: discs }).map((p) => ({ ...p, note: first.some((f) => f.text === p.text) }));
      if (first.every((f) => placed.some((p) => p.note && p.text === f.text))) break;
    }
    return placed;
  };
  const wide = place(o.labels, 12);
  const narrow = place(Math.min(o.labels, NARROW_LABELS), 12 * NARROW_SCALE);
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
      placed.map((l) => svgElement(document, "text", { x: l.x, y: l.y, "text-anchor": l.anchor === "middle" ? undefined : l.anchor, class: l.note ? "chart-annotation" : undefined, "font-weight": l.note ? "700" : undefined, "font-style": l.note ? "italic" : undefined }, [l.text])),
    );

  const basemap =
    o.basemap === "inline"
      ? svgElement(document, "g", { transform: `scale(${width / projection.width})` }, projection.paths(document))
      : svgElement(document, "use", { href: `#${projection.symbolId}`, width, height: (width * projection.height) / projection.width });

  const svg = svgElement(document, "svg", { "font-family": "system-ui, sans-serif", "text-anchor": "middle" }, [
    basemap,
    marks,
    crosses,
    sizeKey(document, { width, height, minValue: minSize, maxValue: maxSize, radius, format: o.sizeBy === "n" ? (v: number) => formatNumber(v) : shortFormat }),
    labelGroup(wide, "chart-labels-wide", 12, false),
    labelGroup(narrow, "chart-labels-narrow", 12 * NARROW_SCALE, true),
  ]);
  return finishSvg(svg, { kind: "bubble-map", width, height, labelledBy: frame.labelledBy, maxScale: Number.POSITIVE_INFINITY });
}

/** Each annotated area's note (several notes on one area are joined), the `at` labels checked against the drawn bubbles. */
function noteOf(o: Options, present: readonly Drawn[]): Map<string, string> {
  checkAt("bubble-map", o.annotations, new Set(present.map((d) => d.area)));
  const notes = new Map<string, string>();
  for (const a of o.annotations) for (const area of a.at) notes.set(area, notes.has(area) ? `${notes.get(area)!}; ${a.text}` : a.text);
  return notes;
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

// Areas whose place is outside the map's frame (a few postings abroad on the US basemap, a
// far country on a fitted one): named under the map with their values, never dropped silently.
function offMapNote(document: Document, rows: readonly Row[], o: Options, lead = "Outside this map: "): HTMLElement {
  const items = rows
    .map((row) => {
      const value = numOrNull(row, o.value);
      return `${text(row, "label")} (${value === null ? "no data" : formatNumber(value, o.format, { currency: o.currency })})`;
    })
    .sort((a, b) => compareText(a, b));
  return htmlElement(document, "p", { class: "chart-note chart-note-offmap" }, [
    lead,
    ...listParts(items, "and", { semicolons: needsSemicolons(items) }).map((part) => ("separator" in part ? part.separator : htmlElement(document, "span", { class: "chart-offmap-name" }, [part.item]))),
    ".",
  ]);
}

function missingNote(document: Document, labels: readonly string[], noun: "area" | "place"): HTMLElement {
  const cross = svgElement(document, "svg", { width: 12, height: 12, viewBox: "0 0 12 12", "aria-hidden": "true", class: "chart-note-icon" }, [
    svgElement(document, "path", { d: "M2,2L10,10M2,10L10,2", style: `stroke:${colors.missing}`, "stroke-width": 2.5, "stroke-linecap": "round" }),
  ]);
  const sorted = labels.slice().sort((a, b) => compareText(a, b));
  return htmlElement(document, "p", { class: "chart-note chart-note-missing" }, [
    cross,
    ` No data for ${sorted.length} ${sorted.length === 1 ? noun : `${noun}s`}: `,
    // "Atlanta, GA; Cleveland, OH; and Tucson, AZ": names with commas of their own are separated by semicolons.
    ...listParts(sorted, "and", { semicolons: needsSemicolons(sorted) }).map((part) => ("separator" in part ? part.separator : htmlElement(document, "span", { class: "chart-missing-name" }, [part.item]))),
    ".",
  ]);
}

/** The legend's ring: what it means and how many there are. */
function ringNote(document: Document, rings: number, fewerThan: number, nLabel: string, of: number): HTMLElement {
  const ring = svgElement(document, "svg", { width: 12, height: 12, viewBox: "0 0 12 12", "aria-hidden": "true", class: "chart-note-icon" }, [
    svgElement(document, "circle", { cx: 6, cy: 6, r: 4.5, style: `fill:${colors.background};stroke:${sequentialColor(0, 2)}`, "stroke-width": 2 }),
  ]);
  return htmlElement(document, "span", { class: "chart-legend-note chart-legend-rings" }, [
    ring,
    ` Rings: ${rings === of ? "every value rests" : `${rings} of ${of} values rest`} on fewer than ${formatNumber(fewerThan)} ${nLabel}.`,
  ]);
}

/**
 * A phone's view of the map (shown under 560 px, see charts.css): the `ranked` highest values
 * as a dot plot, one row per area with its name and value as text, so areas that crowd one
 * spot on a 328 px map (the US East Coast) read apart. The dots run from the lowest value on
 * the map to the highest; equal values keep the rows' order. Values drawn as rings (resting on too few) come after the others,
 * as on the map they are not singled out.
 */
function rankedDots(document: Document, present: readonly Drawn[], o: Options): HTMLElement {
  // Ties keep the rows' order, which is the analysis's ranking: the prose beside the map lists them so too.
  const rank = new Map(present.map((d, i) => [d, i]));
  const byValue = (a: Drawn, b: Drawn) => b.value - a.value || rank.get(a)! - rank.get(b)!;
  const solid = present.filter((d) => !d.ring).sort(byValue);
  const rings = present.filter((d) => d.ring).sort(byValue);
  const notes = noteOf(o, present);
  // The annotated areas are always in the list, with their note, in their place.
  const ordered = [...solid, ...rings];
  const top = ordered.slice(0, Math.max(0, o.ranked - ordered.slice(o.ranked).filter((d) => notes.has(d.area)).length));
  const kept = new Set([...top, ...ordered.filter((d) => notes.has(d.area))]);
  const shown = ordered.filter((d) => kept.has(d));
  const extra = shown.length - top.length;
  const max = maxOf(present, (d) => d.value) ?? 0;
  const min = minOf(present, (d) => d.value) ?? 0;
  const format = (v: number) => formatNumber(v, o.format, { currency: o.currency });
  const which = shown.length === present.length ? `every ${o.areaNoun}` : `the ${formatNumber(top.length)} highest of ${formatNumber(present.length)} ${o.areaNoun}s${extra > 0 ? ` and ${extra === 1 ? "the one" : "those"} annotated` : ""} (the table has them all)`;
  const order = rings.length > 0 && shown.some((d) => d.ring) ? `, highest first; rings, resting on fewer than ${formatNumber(o.fewerThan ?? 0)} ${o.nLabel}, after the rest` : ", highest first";
  return htmlElement(document, "div", { class: "chart-map-ranks" }, [
    htmlElement(document, "p", { class: "chart-map-ranks-title" }, [`${o.valueLabel}, ${which}${order}.`]),
    htmlElement(document, "ol", {}, shown.map((d) => {
      const at = max > min ? Math.round(((d.value - min) / (max - min)) * 1000) / 10 : 50;
      return htmlElement(document, "li", { class: d.ring ? "is-ring" : undefined }, [
        htmlElement(document, "span", { class: "chart-map-ranks-name" }, [d.label, ...(notes.has(d.area) ? [htmlElement(document, "em", { class: "chart-annotation" }, [` (${notes.get(d.area)!})`])] : [])]),
        htmlElement(document, "span", { class: "chart-map-ranks-track", "aria-hidden": "true" }, [
          htmlElement(document, "span", { class: "chart-map-ranks-dot", style: `left:${at}%` }),
        ]),
        htmlElement(document, "span", { class: "chart-map-ranks-value" }, [format(d.value)]),
      ]);
    })),
  ]);
}
