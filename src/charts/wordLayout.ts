import { textWidth } from "./textWidth.ts";

/** A word to place, with its font size in px. */
export interface SizedWord {
  text: string;
  size: number;
}

/** A placed word: centre x, baseline y, and the exact width its text is stretched to. */
export interface PlacedWord extends SizedWord {
  x: number;
  y: number;
  width: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const PADDING = 2;
const MAX_STEPS = 4000;

/**
 * Word-cloud layout without a browser: words in the given order (largest first) walk an
 * elliptical Archimedean spiral out from the centre until their box (estimated bold text
 * width × font size) overlaps no placed word and fits the frame; words that find no spot
 * are left out (wordCloud.ts sizes every word to fit the frame's width, so that is a full frame). The spiral's starting angle comes from a hash of the word, so the layout
 * looks irregular yet is identical on every build.
 */
export function layoutWords(words: readonly SizedWord[], { width, height }: { width: number; height: number }): PlacedWord[] {
  const placed: PlacedWord[] = [];
  const boxes: Box[] = [];
  const aspect = width / height;
  for (const word of words) {
    const w = textWidth(word.text, word.size, { bold: true });
    const h = word.size * 0.95;
    const phase = (hash(word.text) % 628) / 100;
    for (let step = 0; step < MAX_STEPS; step++) {
      const t = step * 0.05;
      const radius = 1.2 * t;
      const cx = width / 2 + radius * aspect * Math.cos(t + phase);
      const cy = height / 2 + radius * Math.sin(t + phase);
      const box = { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) {
        // Both axes out of the frame: the spiral has nowhere left to go.
        if ((box.x0 < 0 || box.x1 > width) && (box.y0 < 0 || box.y1 > height) && radius > Math.max(width, height)) break;
        continue;
      }
      if (boxes.some((b) => b.x0 < box.x1 + PADDING && box.x0 < b.x1 + PADDING && b.y0 < box.y1 + PADDING && box.y0 < b.y1 + PADDING)) continue;
      boxes.push(box);
      // Baseline sits 0.75 em below the box top (cap height), leaving 0.2 em for descenders.
      placed.push({ ...word, x: cx, y: box.y0 + word.size * 0.75, width: w });
      break;
    }
  }
  return placed;
}

// FNV-1a: a small, stable string hash.
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
