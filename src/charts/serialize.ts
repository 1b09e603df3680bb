import { isolateLines } from "../lib/bidi.ts";

/**
 * Serialises a DOM node to HTML text, escaping every text node and attribute value.
 *
 * Why not linkedom's `outerHTML`: in HTML documents it escapes only `"` inside attribute
 * values, so a company named "AT&amp;T" would come back as "AT&T" after parsing. Here `&`,
 * `<`, `>` and `"` are always escaped, so untrusted text survives as inert text. Raw-text
 * elements (`<style>`, `<script>`) are refused: charts never emit them.
 *
 * Every text node and every text attribute (tooltips, accessible names, the island's
 * data-label) passes through {@link isolateLines}: a name from the data that could reorder
 * the text around it (a right-to-left name, an unterminated U+202E) is isolated with
 * FSI … PDI, so it cannot mirror the chart's other labels or the island's tooltip.
 */
export function serialize(node: Node): string {
  const out: string[] = [];
  write(node, out);
  return out.join("");
}

// HTML void elements: no end tag. SVG elements always get one (valid in HTML foreign content).
const VOID = new Set(["area", "br", "col", "hr", "img", "input", "wbr"]);
const RAW_TEXT = new Set(["style", "script"]);
// Attributes whose value a reader sees or hears (the rest are ids, paths, numbers, classes).
const TEXT_ATTRIBUTES = new Set(["aria-label", "title", "alt", "data-label", "data-n", "data-value"]);

function write(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(escapeText(isolateLines(node.nodeValue ?? "")));
    return;
  }
  if (node.nodeType === 11) {
    for (const child of Array.from(node.childNodes)) write(child, out);
    return;
  }
  if (node.nodeType !== 1) return; // comments and the like carry nothing a chart needs
  const element = node as Element;
  const tag = element.localName;
  if (RAW_TEXT.has(tag)) throw new Error(`serialize: refusing raw-text element <${tag}>`);
  out.push("<", tag);
  for (const attribute of Array.from(element.attributes)) {
    const value = TEXT_ATTRIBUTES.has(attribute.name) ? isolateLines(attribute.value) : attribute.value;
    out.push(" ", attribute.name, '="', escapeAttribute(value), '"');
  }
  out.push(">");
  if (VOID.has(tag)) return;
  for (const child of Array.from(element.childNodes)) write(child, out);
  out.push("</", tag, ">");
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}
