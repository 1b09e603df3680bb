import { z } from "zod";
import { formatNumber } from "../lib/formatNumber.ts";
import type { LabelValue } from "../lib/LabelValue.ts";
import { defineChart, fieldName, unitOption, type Frame } from "./chartKind.ts";
import { colors, seriesColor } from "./colors.ts";
import { num, text } from "./fields.ts";
import { finishSvg } from "./finishSvg.ts";
import { capitalise, valueHeading, withUnit } from "./labels.ts";
import { round, svgElement } from "./svg.ts";
import { textWidth } from "./textWidth.ts";

const options = z.strictObject({
  label: fieldName("field naming each part").default("label"),
  value: fieldName("field with each part's count").default("value"),
  unit: unitOption.default(""),
  variant: z.enum(["bar", "pie"]).default("bar").describe('"bar": one 100% bar; "pie": a pie, for when the joke is the point'),
});

/** One part of the whole, e.g. { label: "Remote", value: 738 }, with where it is drawn. */
interface Part extends LabelValue {
  share: number;
  start: number;
  colour: string;
  tip: string;
}

const FONT_SIZE = 13;

/**
 * Shares of a whole: a single bar split into parts (default) or a pie. Each part is labelled
 * with its name, share and count (inside the bar when it fits, else below it) and has a tooltip.
 */
export const partToWhole = defineChart({
  kind: "part-to-whole",
  description: "Shares of a whole: one bar split into parts (or a pie), each labelled with its share and count.",
  options,
  fields: { label: "text", value: "number" },
  widths: { wide: 720, narrow: 360 },
  columns: (o) => [{ key: o.label, label: capitalise(o.label) }, { key: o.value, label: valueHeading(o.unit, o.value), format: "int" }],
  draw(rows, o, frame) {
    const data = rows.map((row) => ({ label: text(row, o.label), value: num(row, o.value) }));
    const total = data.reduce((sum, d) => sum + Math.max(0, d.value), 0);
    let start = 0;
    const parts: Part[] = data.map((d, i) => {
      const share = total > 0 ? Math.max(0, d.value) / total : 0;
      const part = { ...d, share, start, colour: seriesColor(i), tip: `${d.label}\n${withUnit(formatNumber(d.value), o.unit)} (${formatNumber(share, "pct0")})` };
      start += share;
      return part;
    });
    return (o.variant === "pie" ? drawPie : drawBar)(parts, { frame, unit: o.unit });
  },
});

type DrawOptions = { frame: Frame; unit: string };

function markAttributes(part: Part, unit: string) {
  return { "data-label": part.label, "data-value": withUnit(formatNumber(part.value), unit), "data-n": formatNumber(part.share, "pct0"), style: `fill:${part.colour}` };
}

function drawBar(parts: readonly Part[], options: DrawOptions): Element {
  const { document, width } = options.frame;
  const { unit } = options;
  const barHeight = 48;
  const top = 2;
  const segments: SVGElement[] = [];
  const inside: SVGElement[] = [];
  const below: { x: number; lines: string[] }[] = [];
  for (const part of parts) {
    const x = part.start * width;
    const w = part.share * width;
    segments.push(
      svgElement(document, "rect", { x, y: top, width: Math.max(0, w - 1), height: barHeight, ...markAttributes(part, unit) }, [
        svgElement(document, "title", {}, [part.tip]),
      ]),
    );
    const lines = [part.label, `${formatNumber(part.share, "pct0")} (${formatNumber(part.value)})`];
    const fits = lines.every((line, i) => textWidth(line, FONT_SIZE, { bold: i === 0 }) <= w - 12);
    if (fits) {
      inside.push(
        svgElement(document, "text", { x: x + 6, y: top + 20, style: `fill:${colors.background}` }, [
          svgElement(document, "tspan", { "font-weight": "600" }, [lines[0]!]),
          svgElement(document, "tspan", { x: x + 6, dy: 17 }, [lines[1]!]),
        ]),
      );
    } else if (part.share > 0) {
      below.push({ x: x + w / 2, lines: [`${lines[0]} ${lines[1]}`] });
    }
  }
  // Parts too thin for their label get it below the bar, one row each so none collide.
  const labelsBelow = below.map((label, i) => {
    const y = top + barHeight + 18 + i * 18;
    const w = textWidth(label.lines[0]!, FONT_SIZE);
    const x = Math.min(Math.max(label.x - w / 2, 0), width - w);
    return svgElement(document, "g", {}, [
      svgElement(document, "path", { d: `M${round(label.x)},${top + barHeight}V${round(y - 12)}`, style: `stroke:${colors.axis}` }),
      svgElement(document, "text", { x, y, style: `fill:${colors.label}` }, label.lines),
    ]);
  });
  const height = top + barHeight + (below.length > 0 ? 10 + below.length * 18 : 2);
  const svg = svgElement(document, "svg", { "font-family": "system-ui, sans-serif", "font-size": FONT_SIZE }, [
    svgElement(document, "g", { class: "chart-marks" }, segments),
    svgElement(document, "g", { "pointer-events": "none" }, [...inside, ...labelsBelow]),
  ]);
  return finishSvg(svg, { kind: "part-to-whole", width, height, labelledBy: options.frame.labelledBy });
}

function drawPie(parts: readonly Part[], options: DrawOptions): Element {
  const { document, width } = options.frame;
  const { unit } = options;
  const radius = Math.min(100, width / 4);
  const height = Math.round(radius * 2 + 40);
  const cx = width / 2;
  const cy = height / 2;
  const point = (share: number, r: number): [number, number] => {
    const angle = share * 2 * Math.PI - Math.PI / 2; // clockwise from twelve o'clock
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  };
  const slices: SVGElement[] = [];
  const labels: SVGElement[] = [];
  for (const part of parts) {
    if (part.share <= 0) continue;
    const [x0, y0] = point(part.start, radius);
    const [x1, y1] = point(part.start + part.share, radius);
    const d =
      part.share >= 1
        ? `M${round(cx - radius)},${round(cy)}a${radius},${radius} 0 1,1 ${2 * radius},0a${radius},${radius} 0 1,1 ${-2 * radius},0Z`
        : `M${round(cx)},${round(cy)}L${round(x0)},${round(y0)}A${radius},${radius} 0 ${part.share > 0.5 ? 1 : 0},1 ${round(x1)},${round(y1)}Z`;
    slices.push(svgElement(document, "path", { d, ...markAttributes(part, unit) }, [svgElement(document, "title", {}, [part.tip])]));
    const [lx, ly] = point(part.start + part.share / 2, radius + 10);
    labels.push(
      svgElement(document, "text", { x: lx, y: ly + 4, "text-anchor": lx < cx - 1 ? "end" : lx > cx + 1 ? "start" : "middle", style: `fill:${colors.label}` }, [
        `${part.label} ${formatNumber(part.share, "pct0")}`,
      ]),
    );
  }
  const svg = svgElement(document, "svg", { "font-family": "system-ui, sans-serif", "font-size": FONT_SIZE }, [
    svgElement(document, "g", { class: "chart-marks", style: `stroke:${colors.background}`, "stroke-width": 1.5 }, slices),
    svgElement(document, "g", {}, labels),
  ]);
  return finishSvg(svg, { kind: "part-to-whole", width, height, labelledBy: options.frame.labelledBy });
}
