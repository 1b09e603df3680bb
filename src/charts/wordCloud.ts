import { z } from "zod";
import { compareText } from "../lib/compareText.ts";
import type { LabelValue } from "../lib/LabelValue.ts";
import { formatNumber } from "../lib/formatNumber.ts";
import { defineChart, fieldName, unitOption, type Frame } from "./chartKind.ts";
import { seriesColor } from "./colors.ts";
import { num, text } from "./fields.ts";
import { finishSvg } from "./finishSvg.ts";
import { capitalise, valueHeading, withUnit } from "./labels.ts";
import { htmlElement, svgElement } from "./svg.ts";
import { layoutWords } from "./wordLayout.ts";
import { textWidth } from "./textWidth.ts";

const options = z.strictObject({
  label: fieldName("field with each word").default("label"),
  value: fieldName("field with each word's weight; words of weight 0 are left out").default("value"),
  unit: unitOption.default(""),
  maxWords: z.number().int().positive().default(80).describe("most words drawn in the wide cloud (the phone cloud draws half); all are listed"),
  listLabel: z.string().default("The names as a ranked list").describe("summary of the fold holding the ranked list"),
});

/**
 * A word cloud of names sized by count (font size ∝ √count, so ink area tracks the count),
 * laid out at build time with a deterministic spiral (wordLayout.ts). Each word's text is
 * stretched to its computed width (`textLength`), so no font can make words collide.
 * Always followed by the full ranked list as an `<ol>` in a fold: the form for screen
 * readers, for the names the cloud had no room for, and the counts the canvas island
 * (islands/wordCloudIsland.ts) redraws the cloud from.
 */
export const wordCloud = defineChart({
  kind: "word-cloud",
  description: "Names sized by their count, laid out at build, with the full ranked list in a fold.",
  options,
  fields: { label: "text", value: "number" },
  widths: { wide: 720, narrow: 360 },
  islands: ["marks", "word-cloud"],
  rows: (rows, o) => rows.filter((row) => num(row, o.value) > 0).sort((a, b) => num(b, o.value) - num(a, o.value) || compareText(text(a, o.label), text(b, o.label))),
  columns: (o) => [{ key: o.label, label: capitalise(o.label) }, { key: o.value, label: valueHeading(o.unit, o.value), format: "int" }],
  draw(rows, o, frame) {
    const ranked: LabelValue[] = rows.map((row) => ({ label: text(row, o.label), value: num(row, o.value) }));
    const words = frame.narrow ? Math.ceil(o.maxWords / 2) : o.maxWords;
    const height = Math.round(frame.width * (frame.narrow ? 0.8 : 0.5));
    return drawCloud(ranked.slice(0, words), { frame, height, fonts: frame.narrow ? [11, 40] : [11, 56], unit: o.unit });
  },
  around(rows, o, frame) {
    const { document } = frame;
    const list = htmlElement(document, "details", { class: "chart-list", "data-unit": o.unit }, [
      htmlElement(document, "summary", {}, [o.listLabel]),
      htmlElement(
        document,
        "ol",
        {},
        rows.map((row) => htmlElement(document, "li", { "data-count": String(num(row, o.value)) }, [htmlElement(document, "bdi", {}, [text(row, o.label)]), ` (${formatNumber(num(row, o.value))})`])),
      ),
    ]);
    return { after: [list] };
  },
});

function drawCloud(
  words: readonly LabelValue[],
  { frame, height, fonts, unit }: { frame: Frame; height: number; fonts: [number, number]; unit: string },
): Element {
  const { document, width } = frame;
  const counts = words.map((w) => Math.sqrt(w.value));
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  const sizeOf = (count: number) => (hi > lo ? fonts[0] + ((Math.sqrt(count) - lo) / (hi - lo)) * (fonts[1] - fonts[0]) : (fonts[0] + fonts[1]) / 2);
  const countOf = new Map(words.map((w) => [w.label, w.value]));
  // A name wider than the frame at its size would find no spot and be left out (on a phone,
  // a long top name was): every size is scaled down so the widest word fits (at most to half,
  // keeping the order of sizes), and a name still too wide is set at the size that fits.
  const room = width * 0.96;
  const widthAt1 = (w: LabelValue) => Math.max(1e-9, textWidth(w.label, 1, { bold: true }));
  const fit = Math.max(0.5, Math.min(1, ...words.map((w) => room / (widthAt1(w) * sizeOf(w.value)))));
  const placed = layoutWords(
    words.map((w) => ({ text: w.label, size: Math.round(Math.min(sizeOf(w.value) * fit, room / widthAt1(w)) * 10) / 10 })),
    { width, height },
  );
  const texts = placed.map((word, i) =>
    svgElement(
      document,
      "text",
      { x: word.x, y: word.y, "font-size": word.size, textLength: word.width, lengthAdjust: "spacingAndGlyphs", style: `fill:${seriesColor(i % 5)}` },
      [word.text, svgElement(document, "title", {}, [`${word.text}\n${withUnit(formatNumber(countOf.get(word.text) ?? 0), unit)}`])],
    ),
  );
  const svg = svgElement(document, "svg", { "font-family": "system-ui, sans-serif", "font-weight": 600, "text-anchor": "middle" }, [
    svgElement(document, "g", { class: "chart-marks" }, texts),
  ]);
  return finishSvg(svg, { kind: "word-cloud", width, height, labelledBy: frame.labelledBy });
}
