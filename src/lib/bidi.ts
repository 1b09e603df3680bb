/**
 * Bidirectional-text isolation for text from the data (issue 10 item 12). A company name
 * with an unterminated U+202E (RIGHT-TO-LEFT OVERRIDE), or a right-to-left name next to a
 * number, reorders the text around it: "Acme\u202E Corp leads with 45 postings" shows the
 * rest of the site's own sentence mirrored. HTML isolates a name with `<bdi>` (the
 * components do); plain text (SVG `<text>`, `<title>` tooltips, the island's tooltips that
 * copy them, attributes) isolates it with U+2068 FIRST STRONG ISOLATE … U+2069 POP
 * DIRECTIONAL ISOLATE, which end every embedding and override opened inside (UAX #9).
 */

const FSI = "\u2068";
const PDI = "\u2069";

/**
 * Characters that can change the order of the text around them in a left-to-right page:
 * the explicit bidi controls (LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM ALM) and the
 * letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan,
 * Mandaic, their presentation forms, and the historic RTL blocks of the SMP). Text without
 * any of them reads the same isolated or not.
 */
const BIDI_SIGNIFICANT = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** Does this text need isolating to leave the text around it in order? */
export function needsIsolation(text: string): boolean {
  return BIDI_SIGNIFICANT.test(text);
}

/**
 * The text with each line that needs it wrapped in FSI … PDI (a line, because a tooltip
 * is "name\nvalue" and the name's line is the one to contain); other text unchanged, so
 * ordinary names and every snapshot stay byte-identical.
 */
export function isolateLines(text: string): string {
  if (!needsIsolation(text)) return text;
  return text
    .split("\n")
    .map((line) => (needsIsolation(line) ? `${FSI}${line}${PDI}` : line))
    .join("\n");
}
