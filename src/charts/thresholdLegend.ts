import { sequentialColor } from "./colors.ts";
import { svgElement } from "./svg.ts";
import { textWidth } from "./textWidth.ts";

/**
 * A colour legend for a threshold scale: one swatch per bin of the sequential ramp, the
 * thresholds written at the swatch boundaries. Drawn at its real pixel size (it does not
 * scale with the chart), so it stays legible on a phone.
 */
export function thresholdLegend(
  document: Document,
  { thresholds, format, fontSize = 12 }: { thresholds: readonly number[]; format: (value: number) => string; fontSize?: number },
): SVGElement {
  const bins = thresholds.length + 1;
  const labels = thresholds.map(format);
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, fontSize)));
  const swatch = Math.max(36, Math.ceil(widest + 8));
  const width = bins * swatch;
  const height = 12 + 6 + fontSize + 2;
  const children: SVGElement[] = [];
  for (let bin = 0; bin < bins; bin++) {
    children.push(svgElement(document, "rect", { x: bin * swatch, y: 0, width: swatch - 1, height: 12, style: `fill:${sequentialColor(bin, bins)}` }));
  }
  labels.forEach((label, i) => {
    const x = (i + 1) * swatch - 0.5;
    children.push(svgElement(document, "path", { d: `M${x},0V16`, stroke: "currentColor" }));
    children.push(svgElement(document, "text", { x, y: 18 + fontSize * 0.8, "text-anchor": "middle" }, [label]));
  });
  return svgElement(
    document,
    "svg",
    { class: "chart-legend-swatches", width, height, viewBox: `0 0 ${width} ${height}`, "font-size": fontSize, fill: "currentColor", "aria-hidden": "true" },
    children,
  );
}
