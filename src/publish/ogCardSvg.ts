import { textWidth, truncateToWidth } from "../charts/textWidth.ts";
import { paletteValue } from "../styles/palette.ts";
import { OG_CARD_SIZE } from "../site/ogImage.ts";

/** What a preview card shows. All text is plain text; it is escaped here. */
export interface OgCard {
  /** Small line above the title, e.g. "US backend-engineering jobs · Part I". */
  readonly kicker: string;
  /** The page title, wrapped onto at most three lines. */
  readonly title: string;
  /** A line or two under the title (the site card shows the site's description). */
  readonly subtitle?: string | undefined;
  /** The site name, bottom right. */
  readonly siteName: string;
  /** A tiny bar chart along the bottom (values drawn left to right), with its caption. */
  readonly figure?: { readonly values: readonly number[]; readonly caption: string } | undefined;
}

// Liberation Sans is metric-compatible with Arial, whose widths textWidth() assumes;
// DejaVu Sans (wider) is the usual fallback on Linux, and textWidth() leaves room for it.
const FONT = "Liberation Sans, Arial, Helvetica, DejaVu Sans, sans-serif";
// The light theme of the site's palette: a card is an image, so it takes the values, not the variables.
const COLORS = { bg: paletteValue("bg"), fg: paletteValue("fg"), muted: paletteValue("muted"), accent: paletteValue("accent"), bar: paletteValue("chart-1"), rule: paletteValue("border") };
const MARGIN = 80;
const TITLE_SIZE = 64;
const TITLE_LEADING = 78;
const MAX_TITLE_LINES = 3;

/**
 * A 1200×630 SVG preview card (Open Graph / Twitter) for a page: kicker, title, an
 * optional subtitle, an optional tiny bar chart and the site name. Pure and deterministic, so the
 * PNG rendered from it at build is the same every time.
 */
export function ogCardSvg(card: OgCard): string {
  const { width, height } = OG_CARD_SIZE;
  const inner = width - 2 * MARGIN;
  const lines = wrap(card.title, inner, TITLE_SIZE, MAX_TITLE_LINES);
  const title = lines
    .map((line, i) => `<tspan x="${MARGIN}" y="${200 + i * TITLE_LEADING}">${escapeXml(line)}</tspan>`)
    .join("");
  const subtitleTop = 200 + (lines.length - 1) * TITLE_LEADING + 62;
  // As many subtitle lines (up to three) as fit above the bars, which start at y = 456.
  const subtitleLines = Math.min(3, Math.max(0, Math.floor((430 - subtitleTop) / 40) + 1));
  const subtitle = wrap(card.subtitle ?? "", inner, 30, subtitleLines, false)
    .map((line, i) => `<tspan x="${MARGIN}" y="${subtitleTop + i * 40}">${escapeXml(line)}</tspan>`)
    .join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${COLORS.bg}"/>`,
    `<rect width="${width}" height="12" fill="${COLORS.accent}"/>`,
    `<g font-family="${FONT}">`,
    `<text x="${MARGIN}" y="110" font-size="26" letter-spacing="2" fill="${COLORS.muted}">${escapeXml(truncateToWidth(card.kicker.toUpperCase(), inner, 28))}</text>`,
    `<text font-size="${TITLE_SIZE}" font-weight="700" fill="${COLORS.fg}">${title}</text>`,
    subtitle ? `<text font-size="30" fill="${COLORS.muted}">${subtitle}</text>` : "",
    card.figure ? bars(card.figure.values, inner) : "",
    `<line x1="${MARGIN}" x2="${width - MARGIN}" y1="566" y2="566" stroke="${COLORS.rule}" stroke-width="2"/>`,
    card.figure ? `<text x="${MARGIN}" y="602" font-size="24" fill="${COLORS.muted}">${escapeXml(truncateToWidth(card.figure.caption, inner * 0.6, 24))}</text>` : "",
    `<text x="${width - MARGIN}" y="602" font-size="26" font-weight="700" text-anchor="end" fill="${COLORS.accent}">${escapeXml(card.siteName)}</text>`,
    `</g></svg>`,
  ].join("");
}

/** Bars standing on the rule at y = 566, tallest 110 px, across the inner width. */
function bars(values: readonly number[], inner: number): string {
  const max = Math.max(0, ...values);
  if (values.length === 0 || max <= 0) return "";
  const step = inner / values.length;
  const gap = Math.min(6, step * 0.25);
  const rects = values.map((v, i) => {
    const h = Math.max(1, Math.round((v / max) * 110 * 10) / 10);
    const x = Math.round((MARGIN + i * step) * 10) / 10;
    return `<rect x="${x}" y="${Math.round((566 - h) * 10) / 10}" width="${Math.round((step - gap) * 10) / 10}" height="${h}"/>`;
  });
  return `<g fill="${COLORS.bar}" fill-opacity="0.85">${rects.join("")}</g>`;
}

/** Greedy word wrap by estimated width; the last allowed line ends with "…" if text remains. */
function wrap(text: string, maxWidth: number, size: number, maxLines: number, bold = true): string[] {
  if (maxLines <= 0) return [];
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, { bold }) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncateToWidth(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxWidth * 0.93, size);
  return kept;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
