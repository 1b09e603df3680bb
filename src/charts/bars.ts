import * as Plot from "@observablehq/plot";
import { z } from "zod";
import { formatNumber } from "../lib/formatNumber.ts";
import { colorOption, currencyOption, defineChart, fieldName, formatOption, unitOption, type Frame, type Row } from "./chartKind.ts";
import { valueAnnotations } from "./annotations.ts";
import { colors } from "./colors.ts";
import { num, numOrNull, text } from "./fields.ts";
import { finishSvg } from "./finishSvg.ts";
import { areaNames, capitalise, valueHeading, withUnit } from "./labels.ts";
import { withMarkData, type MarkData } from "./markData.ts";
import { htmlElement, svgElement } from "./svg.ts";
import { paletteVar } from "../styles/palette.ts";
import { textWidth, truncateToWidth } from "./textWidth.ts";

const options = z.strictObject({
  label: fieldName("field naming each bar (a field called area shows the gazetteer's label)").default("label"),
  value: fieldName("field with each bar's number (rows where it is null are left out)").default("value"),
  format: formatOption.default("int"),
  currency: currencyOption.optional(),
  unit: unitOption.default(""),
  sort: z.enum(["desc", "asc", "none"]).default("none").describe("order of the bars: desc, asc, or none (as given)"),
  top: z.number().int().positive().optional().describe("keep the first N bars (after sorting)"),
  color: colorOption.default("chart-1"),
  values: z.boolean().default(true).describe("write each value at the end of its bar"),
  shorten: z.number().int().positive().optional().describe('labels longer than this many characters are shortened on the axis ("A + 2 more" for a joined list); tooltips and the table keep them whole'),
  share: z.boolean().default(false).describe('draw each value as its share of the total, written "share (count)"'),
  mark: fieldName("field that is true on the bars to set apart (drawn in markColor, named in the tooltip and in a key under the chart)").optional(),
  markLabel: z.string().min(1).default("marked").describe('what a marked bar is, e.g. "Staffing firm or job aggregator": the key and the tooltips say it'),
  markColor: colorOption.default("chart-2"),
  annotations: valueAnnotations,
});

type Options = z.output<typeof options>;

const FONT_SIZE = 12;
const STEP = 24;

/**
 * Horizontal bars with the value written at the end of each bar and the names on the left
 * (truncated with an ellipsis beyond 45% of the width; the tooltip keeps the full text).
 * No x axis: the value labels carry the numbers. In panels (two samples side by side) the
 * panels share one scale, so with `share` equal shares get equal bars whatever the sizes.
 */
export const bars = defineChart({
  kind: "bars",
  description: "Horizontal bars, one per row, with the value written at the end of each bar.",
  options,
  fields: { label: "text", value: "number?", mark: "any" },
  widths: { wide: 720, narrow: 360 },
  rows(rows, o, context) {
    let kept = rows.filter((row) => numOrNull(row, o.value) !== null);
    if (o.sort !== "none") kept = kept.slice().sort((a, b) => (o.sort === "desc" ? num(b, o.value) - num(a, o.value) : num(a, o.value) - num(b, o.value)));
    if (o.top !== undefined) kept = kept.slice(0, o.top);
    return o.label === "area" ? areaNames(kept, "area", context) : kept;
  },
  columns: (o) => [
    { key: o.label, label: capitalise(o.label) },
    { key: o.value, label: valueHeading(o.unit, o.value), format: o.format, currency: o.currency },
  ],
  extent: (rows, o) => Math.max(0, ...barValues(rows, o)),
  around(rows, o, frame) {
    const marked = o.mark === undefined ? 0 : rows.filter((row) => row[o.mark!] === true).length;
    if (marked === 0) return {};
    const { document } = frame;
    const swatch = svgElement(document, "svg", { width: 12, height: 12, viewBox: "0 0 12 12", "aria-hidden": "true", class: "chart-note-icon" }, [
      svgElement(document, "rect", { x: 1, y: 1, width: 10, height: 10, style: `fill:${paletteVar(o.markColor)}` }),
    ]);
    return { after: [htmlElement(document, "p", { class: "chart-note chart-note-marked" }, [swatch, ` ${o.markLabel}: ${formatNumber(marked)} of the ${formatNumber(rows.length)} bars.`])] };
  },
  draw(rows, o, frame) {
    const total = rows.reduce((sum, row) => sum + (numOrNull(row, o.value) ?? 0), 0);
    const values = barValues(rows, o);
    const write = (v: number) => formatNumber(v, o.format, { currency: o.currency });
    const barRows: BarRow[] = rows.map((row, i) => {
      const name = text(row, o.label);
      const count = numOrNull(row, o.value) ?? 0;
      const share = total > 0 ? count / total : 0;
      const valueText = o.share ? `${formatNumber(share, "pct0")} (${write(count)})` : write(count);
      const marked = o.mark !== undefined && row[o.mark] === true;
      return {
        key: String(i),
        marked,
        label: o.shorten === undefined ? name : shorten(name, o.shorten),
        value: values[i]!,
        valueText: o.values ? valueText : "",
        tip: [`${frame.prefix}${name}`, o.share ? `${write(count)} of ${write(total)}${o.unit ? ` ${o.unit}` : ""} (${formatNumber(share, "pct0")})` : withUnit(write(count), o.unit), ...(marked ? [o.markLabel] : [])].join("\n"),
        data: o.share
          ? { label: `${frame.prefix}${name}`, value: withUnit(write(count), o.unit), n: `${formatNumber(share, "pct0")} of ${write(total)}${marked ? `; ${o.markLabel}` : ""}` }
          : { label: `${frame.prefix}${name}`, value: withUnit(write(count), o.unit), ...(marked && { n: o.markLabel }) },
      };
    });
    const notes = o.annotations.map((a) => ({ value: o.share ? (total > 0 ? a.value / total : 0) : a.value, text: a.text }));
    return drawBars(barRows, { frame, xMax: frame.extent, fill: paletteVar(o.color), markFill: paletteVar(o.markColor), notes });
  },
});

/** The length of each bar: the value, or its share of the total. */
function barValues(rows: readonly Row[], o: Options): number[] {
  const values = rows.map((row) => numOrNull(row, o.value) ?? 0);
  if (!o.share) return values;
  const total = values.reduce((sum, v) => sum + v, 0);
  return values.map((v) => (total > 0 ? v / total : 0));
}

/** LinkedIn joins several industries into one label: show the first and count the rest. */
function shorten(name: string, max: number): string {
  if (name.length <= max) return name;
  const parts = name.split(/,\s*(?:and\s+)?/);
  return parts.length > 1 ? `${parts[0]} + ${parts.length - 1} more` : `${name.slice(0, max - 3)}...`;
}

/** One bar: a unique key, its axis label, length, the text written at its end and its tooltip. */
interface BarRow {
  key: string;
  /** Set apart (the `mark` option): drawn in the mark colour. */
  marked?: boolean;
  label: string;
  value: number;
  valueText: string;
  tip: string;
  data: MarkData;
}

/** `text` broken at spaces into lines no wider than `width` (a word wider than that is a line of its own). */
function wrapLines(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, FONT_SIZE) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length === 0 ? [""] : lines;
}

/** A rule annotation in the bars' units (a share when the bars are shares) and its note. */
interface BarNote {
  value: number;
  text: string;
}

interface DrawBarsOptions {
  frame: Frame;
  xMax?: number | undefined;
  fill: string;
  markFill?: string | undefined;
  notes: readonly BarNote[];
}

const NOTE_LINE = 15;

/** The note band above the bars: each note's lines, its own lines, so notes never overlap each other or a bar. */
function noteLayout(notes: readonly BarNote[], { width, marginLeft, marginRight, max }: { width: number; marginLeft: number; marginRight: number; max: number }) {
  const plotWidth = width - marginLeft - marginRight;
  let y = 2;
  const laid = notes.map((note) => {
    const x = marginLeft + (max > 0 ? Math.min(1, Math.max(0, note.value / max)) : 0) * plotWidth;
    const leftRoom = x - 6;
    const rightRoom = width - x - 6;
    // Ending at its rule when the text fits left of it, else starting there.
    const anchorEnd = textWidth(note.text, FONT_SIZE) <= leftRoom || leftRoom >= rightRoom;
    const lines = wrapLines(note.text, anchorEnd ? leftRoom : rightRoom);
    const top = y;
    y += lines.length * NOTE_LINE + 4;
    return { note, lines, anchorEnd, top };
  });
  return { laid, height: notes.length === 0 ? 0 : y };
}

/**
 * The rule annotations as Plot marks (text and rule): each note in the band above the
 * bars, its rule from the note down past the last bar of the first run of bars that reach
 * its value (bars after it would have their value labels crossed). `frameTop` and
 * `frameBottom` are Plot's frame in px; `rowBottom(k)` the y just below the k-th bar.
 */
function noteMarks(rows: readonly BarRow[], layout: ReturnType<typeof noteLayout>, { frameTop, frameBottom, rowBottom }: { frameTop: number; frameBottom: number; rowBottom: (k: number) => number }): Plot.Markish[] {
  return layout.laid.flatMap(({ note, lines, anchorEnd, top }) => {
    const reach = rows.findIndex((r) => r.value < note.value - 1e-9);
    const through = reach === -1 ? rows.length : reach;
    const marks: Plot.Markish[] = [
      Plot.text([note], {
        x: "value",
        frameAnchor: "top",
        text: () => lines.join("\n"),
        lineHeight: NOTE_LINE / FONT_SIZE,
        lineAnchor: "top",
        dy: top - frameTop,
        textAnchor: anchorEnd ? "end" : "start",
        dx: anchorEnd ? -4 : 4,
        fill: colors.label,
        fontWeight: 600,
        className: "chart-annotation",
      }),
    ];
    if (through > 0) {
      marks.push(
        Plot.ruleX([note], { x: "value", insetTop: top + 1 - frameTop, insetBottom: frameBottom - rowBottom(through), stroke: colors.label, strokeWidth: 1.5, strokeDasharray: "4 3", className: "chart-annotation-rule" }),
      );
    }
    return marks;
  });
}

function drawBars(rows: readonly BarRow[], { frame, xMax, fill, markFill, notes }: DrawBarsOptions): Element {
  const { document, width } = frame;
  const widest = Math.max(0, ...rows.map((r) => textWidth(r.label, FONT_SIZE)));
  // Names that would be cut at the left go above their bars instead, wrapped: none is cut.
  if (widest > width * 0.45) return drawBarsLabelsAbove(rows, { frame, xMax, fill, markFill, notes });
  const labelRoom = Math.min(widest, width * 0.45);
  const labels = new Map(rows.map((r) => [r.key, truncateToWidth(r.label, labelRoom, FONT_SIZE)]));
  const marginLeft = Math.ceil(labelRoom) + 8;
  const marginRight = Math.ceil(Math.max(0, ...rows.map((r) => textWidth(r.valueText, FONT_SIZE)))) + 8;
  const max = xMax ?? Math.max(0, ...rows.map((r) => r.value));
  const layout = noteLayout(notes, { width, marginLeft, marginRight, max: max || 1 });
  const marginTop = 4 + layout.height;
  const height = rows.length * STEP + 8 + layout.height;
  // The y band scale (padding 0.25 inside and out): bar k ends at k steps, plus half a gap.
  const bandStep = (height - marginTop - 4) / (rows.length + 0.25);
  const annotations = noteMarks(rows, layout, { frameTop: marginTop, frameBottom: height - 4, rowBottom: (k) => marginTop + bandStep * (k + 0.125) });
  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom: 4,
    x: { domain: [0, max || 1], axis: null },
    y: { domain: rows.map((r) => r.key), padding: 0.25, axis: null },
    marks: [
      Plot.axisY({ tickSize: 0, tickPadding: 6, label: null, tickFormat: (key: string) => labels.get(key) ?? key }),
      // Two marks, so each fill is one constant colour (a CSS variable) rather than a scale.
      ...[false, true].flatMap((marked) => {
        const these = rows.filter((r) => (r.marked ?? false) === marked);
        return these.length === 0 ? [] : [Plot.barX(these, { x: "value", y: "key", fill: marked ? (markFill ?? fill) : fill, title: "tip", render: withMarkData(these, (r) => r.data) })];
      }),
      Plot.text(rows, { x: "value", y: "key", text: "valueText", dx: 4, textAnchor: "start", fill: colors.label }),
      Plot.ruleX([0], { stroke: colors.axis }),
      ...annotations,
    ],
  }) as unknown as Element;
  svg.setAttribute("font-size", String(FONT_SIZE));
  return finishSvg(svg, { kind: "bars", width, height, labelledBy: frame.labelledBy });
}

const LINE = 14;

/**
 * Bars with each name on its own lines above its bar, across the whole width, so that a long
 * name (a company, a joined LinkedIn industry) is never cut; used when a name would take more
 * than 45% of the width at the left.
 */
function drawBarsLabelsAbove(rows: readonly BarRow[], { frame, xMax, fill, markFill, notes }: DrawBarsOptions): Element {
  const { document, width } = frame;
  const marginRight = Math.ceil(Math.max(0, ...rows.map((r) => textWidth(r.valueText, FONT_SIZE)))) + 8;
  const lines = new Map(rows.map((r) => [r.key, wrapLines(r.label, width - 4)]));
  const maxLines = Math.max(1, ...[...lines.values()].map((l) => l.length));
  const labelBlock = maxLines * LINE + 2;
  const bar = 12;
  const step = labelBlock + bar + 8;
  const max = xMax ?? Math.max(0, ...rows.map((r) => r.value));
  const layout = noteLayout(notes, { width, marginLeft: 0, marginRight, max: max || 1 });
  const marginTop = 2 + layout.height;
  const height = rows.length * step + 4 + layout.height;
  // A rule ends just under the k-th bar (the names above the bars carry a halo where it crosses them).
  const annotations = noteMarks(rows, layout, { frameTop: marginTop, frameBottom: height - 2, rowBottom: (k) => marginTop + k * step - (step - labelBlock - bar) + 3 });
  const labelled = rows.map((r) => ({ ...r, lines: (lines.get(r.key) ?? [r.label]).join("\n") }));
  const halo = notes.length > 0 ? { stroke: colors.background, strokeWidth: 3, paintOrder: "stroke" } : {};
  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft: 0,
    marginRight,
    marginTop,
    marginBottom: 2,
    x: { domain: [0, max || 1], axis: null },
    y: { domain: rows.map((r) => r.key), padding: 0, axis: null },
    marks: [
      Plot.text(labelled, { x: 0, y: "key", text: "lines", textAnchor: "start", lineAnchor: "bottom", dx: 3, dy: -step / 2 + labelBlock - 2, lineHeight: LINE / FONT_SIZE, fill: colors.label, ...halo }),
      ...[false, true].flatMap((marked) => {
        const these = rows.filter((r) => (r.marked ?? false) === marked);
        return these.length === 0 ? [] : [Plot.barX(these, { x: "value", y: "key", fill: marked ? (markFill ?? fill) : fill, insetTop: labelBlock, insetBottom: step - labelBlock - bar, title: "tip", render: withMarkData(these, (r) => r.data) })];
      }),
      Plot.text(rows, { x: "value", y: "key", text: "valueText", dx: 4, dy: -step / 2 + labelBlock + bar / 2, textAnchor: "start", fill: colors.label }),
      Plot.ruleX([0], { stroke: colors.axis }),
      ...annotations,
    ],
  }) as unknown as Element;
  svg.setAttribute("font-size", String(FONT_SIZE));
  return finishSvg(svg, { kind: "bars", width, height, labelledBy: frame.labelledBy });
}
