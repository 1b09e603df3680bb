/**
 * Serialises a DOM node to HTML text, escaping every text node and attribute value.
 *
 * Why not linkedom's `outerHTML`: in HTML documents it escapes only `"` inside attribute
 * values, so a company named "AT&amp;T" would come back as "AT&T" after parsing. Here `&`,
 * `<`, `>` and `"` are always escaped, so untrusted text survives as inert text. Raw-text
 * elements (`<style>`, `<script>`) are refused: charts never emit them.
 */
export function serialize(node: Node): string {
  const out: string[] = [];
  write(node, out);
  return out.join("");
}

// HTML void elements: no end tag. SVG elements always get one (valid in HTML foreign content).
const VOID = new Set(["area", "br", "col", "hr", "img", "input", "wbr"]);
const RAW_TEXT = new Set(["style", "script"]);

function write(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(escapeText(node.nodeValue ?? ""));
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
    out.push(" ", attribute.name, '="', escapeAttribute(attribute.value), '"');
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
