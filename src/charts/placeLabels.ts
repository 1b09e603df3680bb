import { textWidth } from "./textWidth.ts";

/** A mark to label: its centre, radius and label text. */
export interface LabelTarget {
  x: number;
  y: number;
  r: number;
  text: string;
}

/** A circular mark a label should not cover. */
export interface Disc {
  x: number;
  y: number;
  r: number;
}

/** A placed label: anchor point, `text-anchor` and the text. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  text: string;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Greedy label placement. Targets go in the given order (most important first) and try
 * above, below, right, then left of their mark. A spot must stay in the frame and miss
 * every label already placed; the first spot that also misses all other marks wins, else
 * the first that at least misses their centres; else the label is dropped.
 * Deterministic, and good enough for a few dozen points.
 */
export function placeLabels(
  targets: readonly LabelTarget[],
  { width, height, fontSize, gap = 2, marks = [] }: { width: number; height: number; fontSize: number; gap?: number; marks?: readonly Disc[] },
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [];
  for (const target of targets) {
    const others = marks.filter((m) => m.x !== target.x || m.y !== target.y);
    const candidates = spots(target, fontSize, gap).filter(
      ([, box]) => box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height && !taken.some((t) => overlaps(t, box)),
    );
    const choice =
      candidates.find(([, box]) => !others.some((m) => hitsDisc(box, m.x, m.y, m.r))) ??
      candidates.find(([, box]) => !others.some((m) => hitsDisc(box, m.x, m.y, 2)));
    if (!choice) continue;
    placed.push(choice[0]);
    taken.push(choice[1]);
  }
  return placed;
}

function spots({ x, y, r, text }: LabelTarget, fontSize: number, gap: number): [PlacedLabel, Box][] {
  const w = textWidth(text, fontSize);
  const ascent = fontSize * 0.75;
  const half = fontSize / 2;
  return [
    [{ x, y: y - r - gap - fontSize * 0.25, anchor: "middle", text }, { x0: x - w / 2, y0: y - r - gap - fontSize, x1: x + w / 2, y1: y - r - gap }],
    [{ x, y: y + r + gap + ascent, anchor: "middle", text }, { x0: x - w / 2, y0: y + r + gap, x1: x + w / 2, y1: y + r + gap + fontSize }],
    [{ x: x + r + gap, y: y + ascent / 2, anchor: "start", text }, { x0: x + r + gap, y0: y - half, x1: x + r + gap + w, y1: y + half }],
    [{ x: x - r - gap, y: y + ascent / 2, anchor: "end", text }, { x0: x - r - gap - w, y0: y - half, x1: x - r - gap, y1: y + half }],
  ];
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

// Whether a box and a circle intersect: the box point nearest the centre is within r.
function hitsDisc(box: Box, cx: number, cy: number, r: number): boolean {
  const nx = Math.max(box.x0, Math.min(cx, box.x1));
  const ny = Math.max(box.y0, Math.min(cy, box.y1));
  return (nx - cx) ** 2 + (ny - cy) ** 2 < r * r;
}
