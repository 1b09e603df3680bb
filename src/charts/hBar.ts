import { serverDocument } from "./dom.ts";
import { chartContainer } from "./container.ts";
import { drawBars, type BarRow } from "./bars.ts";
import { formatNumber } from "../lib/formatNumber.ts";
import type { ChartOptions } from "./options.ts";
import { serialize } from "./serialize.ts";

/** A name and how often it occurs. */
export interface NamedCount {
  name: string;
  count: number;
}

/** Options of {@link render}. */
export interface HBarOptions extends ChartOptions {
  /** Shorter text for the axis (e.g. a long industry name); the tooltip keeps the full name. */
  displayLabel?: (name: string) => string;
  /** Noun for the counts in tooltips (default "postings"). */
  unit?: string;
  /** Width of the phone rendering (default 360); null draws only the wide one. */
  narrowWidth?: number | null;
  /** How values are written on the bars and in tooltips (default: counts, 1,234). */
  format?: (value: number) => string;
  /** Bar colour, any CSS colour (default the first series colour, themed). */
  fill?: string;
  /** Write each value at the end of its bar (default true). */
  showValues?: boolean;
}

/**
 * Horizontal bar chart of counts in the given order (callers sort), with each count
 * written at the end of its bar. Renders a wide (default 720 px) and a narrow drawing.
 */
export function render(data: readonly NamedCount[], options: HBarOptions): HTMLElement {
  const document = options.document ?? serverDocument();
  const unit = options.unit ?? "postings";
  const format = options.format ?? ((v: number) => formatNumber(v));
  const rows: BarRow[] = data.map((d, i) => ({
    key: String(i),
    label: options.displayLabel ? options.displayLabel(d.name) : d.name,
    value: d.count,
    valueText: options.showValues === false ? "" : format(d.count),
    tip: `${d.name}\n${format(d.count)}${unit ? ` ${unit}` : ""}`,
    data: { label: d.name, value: `${format(d.count)}${unit ? ` ${unit}` : ""}` },
  }));
  const draw = (width: number) => drawBars(rows, { ...options, document, width, kind: "hbar", fill: options.fill });
  const narrowWidth = options.narrowWidth === undefined ? 360 : options.narrowWidth;
  return chartContainer(document, { id: options.id, kind: "hbar", wide: draw(options.width ?? 720), narrow: narrowWidth === null ? undefined : draw(narrowWidth) });
}

/** {@link render} serialised to an HTML string, for `set:html` in the Astro wrapper. */
export function renderToString(data: readonly NamedCount[], options: HBarOptions): string {
  return serialize(render(data, options));
}
