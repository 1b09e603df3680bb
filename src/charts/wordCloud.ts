import { seriesColor } from "./colors.ts";
import { chartContainer } from "./container.ts";
import { serverDocument } from "./dom.ts";
import { finishSvg } from "./finishSvg.ts";
import { formatNumber } from "../lib/formatNumber.ts";
import type { ChartOptions } from "./options.ts";
import { serialize } from "./serialize.ts";
import { htmlElement, svgElement } from "./svg.ts";
import { layoutWords } from "./wordLayout.ts";
import { compareText } from "../lib/compareText.ts";

/** A name and its weight (e.g. postings per company). */
export type WeightedName = readonly [name: string, count: number];

/** Options of {@link render}. */
export interface WordCloudOptions extends ChartOptions {
  /** Noun for counts in tooltips and the list (default "postings"). */
  unit?: string;
  /** Most words drawn in the wide cloud (default 80; the narrow one draws half). All are listed. */
  maxWords?: number;
  /** Summary of the fold holding the ranked list (default "The names as a ranked list"). */
  listLabel?: string;
  /** Width of the phone rendering (default 360); null draws only the wide one. */
  narrowWidth?: number | null;
}

/**
 * A word cloud of names sized by count (font size ∝ √count, so ink area tracks the count),
 * laid out at build time with a deterministic spiral (wordLayout.ts). Each word's text is
 * stretched to its computed width (`textLength`), so no font can make words collide.
 * Always followed by the full ranked list as an `<ol>` in a fold: the form for screen
 * readers and for the names the cloud had no room for.
 */
export function render(data: readonly WeightedName[], options: WordCloudOptions): HTMLElement {
  const document = options.document ?? serverDocument();
  const unit = options.unit ?? "postings";
  const ranked = data.filter(([, count]) => count > 0).slice().sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
  const maxWords = options.maxWords ?? 80;
  const wideWidth = options.width ?? 720;
  const narrowWidth = options.narrowWidth === undefined ? 360 : options.narrowWidth;
  const draw = (width: number, height: number, words: number, fonts: [number, number]) =>
    drawCloud(ranked.slice(0, words), { ...options, document, width, height, fonts, unit });
  const list = htmlElement(document, "details", { class: "chart-list" }, [
    htmlElement(document, "summary", {}, [options.listLabel ?? "The names as a ranked list"]),
    htmlElement(
      document,
      "ol",
      {},
      ranked.map(([name, count]) => htmlElement(document, "li", {}, [`${name} (${formatNumber(count)})`])),
    ),
  ]);
  return chartContainer(document, {
    id: options.id,
    kind: "word-cloud",
    wide: draw(wideWidth, Math.round(wideWidth * 0.5), maxWords, [11, 56]),
    narrow: narrowWidth === null ? undefined : draw(narrowWidth, Math.round(narrowWidth * 0.8), Math.ceil(maxWords / 2), [11, 40]),
    after: [list],
  });
}

/** {@link render} serialised to an HTML string, for `set:html` in the Astro wrapper. */
export function renderToString(data: readonly WeightedName[], options: WordCloudOptions): string {
  return serialize(render(data, options));
}

function drawCloud(
  words: readonly WeightedName[],
  options: WordCloudOptions & { document: Document; width: number; height: number; fonts: [number, number]; unit: string },
): Element {
  const { document, width, height, fonts, unit } = options;
  const counts = words.map(([, count]) => Math.sqrt(count));
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  const sizeOf = (count: number) => (hi > lo ? fonts[0] + ((Math.sqrt(count) - lo) / (hi - lo)) * (fonts[1] - fonts[0]) : (fonts[0] + fonts[1]) / 2);
  const countOf = new Map(words.map(([name, count]) => [name, count]));
  const placed = layoutWords(
    words.map(([text, count]) => ({ text, size: Math.round(sizeOf(count) * 10) / 10 })),
    { width, height },
  );
  const texts = placed.map((word, i) =>
    svgElement(
      document,
      "text",
      { x: word.x, y: word.y, "font-size": word.size, textLength: word.width, lengthAdjust: "spacingAndGlyphs", style: `fill:${seriesColor(i % 5)}` },
      [word.text, svgElement(document, "title", {}, [`${word.text}\n${formatNumber(countOf.get(word.text) ?? 0)} ${unit}`])],
    ),
  );
  const svg = svgElement(document, "svg", { "font-family": "system-ui, sans-serif", "font-weight": 600, "text-anchor": "middle" }, [
    svgElement(document, "g", { class: "chart-marks" }, texts),
  ]);
  return finishSvg(svg, { ...options, kind: "word-cloud", width, height });
}
