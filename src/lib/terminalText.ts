// Text from the data (header names, areas, file names, company names) reaches the
// terminal and CI logs in messages. Printed raw, an ESC sequence recolours or retitles the
// terminal (OSC 8 even hides a link), a CR overwrites the line, a newline starts a line
// the data chose, and a line starting with "::" is a GitHub Actions workflow command
// (`::error title=…::` makes an annotation, `::add-mask::`, `::stop-commands::`).
// Every message the pipeline prints goes through these two functions.

// C0 controls (ESC, CR, LF, TAB, BEL, ...), DEL, C1 controls (CSI U+009B, OSC U+009D, ...),
// and the invisible characters that reorder or split what a terminal shows.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * One line of untrusted text made safe to print: each control character becomes a
 * visible escape (`\x1B`, `\n`, `\u202E`), and Actions' legacy `##[` command marker is
 * broken up. Printable text, accents and emoji included, is unchanged.
 */
export function printable(text: string): string {
  return text
    .replace(UNPRINTABLE, (c) => NAMED[c] ?? (c.charCodeAt(0) <= 0xff
      ? `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
      : `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`))
    .replaceAll("##[", "#\\x23[");
}

/**
 * A message of one or more lines made safe to print: each line is {@link printable} (so
 * data can never add a line or move the cursor), and a line that would start with `::`,
 * after any spaces, has its first colon escaped (`\x3A:`), so no line the pipeline prints
 * is a workflow command.
 */
export function safeLines(text: string): string {
  return text.split("\n").map((line) => printable(line).replace(/^(\s*)::/, "$1\\x3A:")).join("\n");
}

/** A one-line message made safe to print: {@link printable} (a newline in it becomes `\n`) and never starting with `::`. */
export function safeLine(text: string): string {
  return safeLines(printable(text));
}
