import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";

/** What a page runs or styles inline, as CSP hash sources (`sha256-…`, sorted, unique). */
export interface InlineHashes {
  /** Inline <script> elements the browser executes (classic, module, import map). */
  readonly scripts: readonly string[];
  /** The start of each executed inline script's text, by its hash (for messages). */
  readonly scriptStarts: Readonly<Record<string, string>>;
  /** <style> elements, in HTML and in inline SVG. */
  readonly styles: readonly string[];
  /** Distinct `style="…"` attribute values (Shiki tokens, chart fills). */
  readonly styleAttributes: readonly string[];
  /** Inline code no hash can allow without 'unsafe-inline' (onclick=, javascript: URLs). */
  readonly problems: readonly string[];
}

// Script types a browser executes, so CSP applies; JSON data blocks are never run.
/** Attributes a browser follows as URLs; text such as data-label="javascript:..." is only text. */
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset", "ping"]);

const EXECUTED_TYPES = new Set(["", "module", "text/javascript", "application/javascript", "importmap", "speculationrules"]);

/**
 * The CSP hashes of everything inline in one HTML page. Hashes are over the text the
 * browser sees (the element's text, or the attribute value with entities decoded),
 * which is what Chromium, Firefox and Safari compare against `'sha256-…'` sources.
 */
export function inlineHashes(html: string): InlineHashes {
  const { document } = parseHTML(html);
  const scripts = new Set<string>();
  const scriptStarts: Record<string, string> = {};
  const styles = new Set<string>();
  const styleAttributes = new Set<string>();
  const problems: string[] = [];

  for (const script of document.querySelectorAll("script:not([src])")) {
    if (!EXECUTED_TYPES.has((script.getAttribute("type") ?? "").trim().toLowerCase())) continue;
    const text = script.textContent ?? "";
    const hash = sha256(text);
    scripts.add(hash);
    const start = text.replace(/\s+/g, " ").trim();
    scriptStarts[hash] = start.length > 60 ? `${start.slice(0, 60)}…` : start;
  }
  for (const style of document.querySelectorAll("style")) styles.add(sha256(style.textContent ?? ""));
  for (const el of document.querySelectorAll("*")) {
    for (const { name, value } of el.attributes) {
      if (name === "style") styleAttributes.add(sha256(value));
      else if (name.startsWith("on")) problems.push(`<${el.localName} ${name}="…">: inline event handler`);
      else if (URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(value)) problems.push(`<${el.localName} ${name}="javascript:…">: javascript: URL`);
    }
  }
  return { scripts: sorted(scripts), scriptStarts, styles: sorted(styles), styleAttributes: sorted(styleAttributes), problems };
}

/** The CSP hash source (`sha256-…`) of a text, as browsers compute it for inline code. */
export function sha256(text: string): string {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

// Code-point order, not locale order: the policy text must not depend on the machine.
function sorted(set: Set<string>): string[] {
  return [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
