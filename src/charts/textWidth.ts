// Advance widths of Arial/Helvetica in 1/1000 em for ASCII 32…126. Charts are laid out at
// build time, without a browser to measure text, so widths are estimated from these metrics
// (system-ui fonts are close; DejaVu Sans, common on Linux, runs up to 15% wider: hence the margin).
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const OTHER_WIDTH = 600;
const SAFETY = 1.15;

/**
 * Estimated width in pixels of `text` set at `fontSize` px (bold adds 7%). Errs wide, so a
 * label judged to fit does fit in common sans-serif fonts.
 */
export function textWidth(text: string, fontSize: number, { bold = false } = {}): number {
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    units += (code >= 32 && code <= 126 ? ASCII_WIDTHS[code - 32] : undefined) ?? OTHER_WIDTH;
  }
  return (units / 1000) * fontSize * SAFETY * (bold ? 1.07 : 1);
}

/** Shortens `text` with an ellipsis so it is at most `maxWidth` px wide at `fontSize`. */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = Array.from(text);
  while (chars.length > 1 && textWidth(`${chars.join("").trimEnd()}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join("").trimEnd()}…`;
}
