import { seriesColor } from "./colors.ts";
import { htmlElement } from "./svg.ts";

/**
 * The key of a chart with several series (lines, grouped or stacked bars): one swatch and
 * name per series, in series order, as HTML before the drawings (so it reflows on a phone
 * and its names are text a reader can select). The swatches take the palette's series colours (colors.ts: `var(--chart-n, <light>)`),
 * like the marks they stand for.
 */
export function seriesLegend(document: Document, names: readonly string[]): Node[] {
  if (names.length < 2) return [];
  const items = names.map((name, i) =>
    htmlElement(document, "li", {}, [htmlElement(document, "span", { class: "chart-swatch", style: `background:${seriesColor(i)}`, "aria-hidden": "true" }, []), name]),
  );
  return [htmlElement(document, "ul", { class: "chart-series-legend" }, items)];
}
