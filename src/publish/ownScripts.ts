import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { sha256 } from "./inlineHashes.ts";

/**
 * The project's own inline scripts, by source: the text of every `<script is:inline>` in
 * the components and pages under `src/` (`.astro` files), keyed by its CSP hash
 * (`sha256-…`), with the file it comes from. Astro writes an `is:inline` script into the
 * page exactly as it stands in the source, so these are the only inline scripts a built
 * page may have; every other script the site runs is a bundled file under `_astro/`
 * (astro.config.mjs keeps Vite from inlining those). An inline script with any other text
 * (one that reached a page through data, a post or a dependency) is foreign, and the CSP
 * step refuses the page (src/publish/applyCsp.ts).
 *
 * The template is parsed with linkedom (the frontmatter between the `---` fences is cut
 * off first); a script's text is raw text in HTML, so expressions elsewhere in the
 * template do not disturb it.
 */
export function ownInlineScripts(root: string): ReadonlyMap<string, string> {
  const own = new Map<string, string>();
  const src = path.join(root, "src");
  const files = readdirSync(src, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".astro"))
    .map((f) => f.split(path.sep).join("/"))
    .sort();
  for (const file of files) {
    const template = withoutFrontmatter(readFileSync(path.join(src, file), "utf8"));
    if (!/<script\b[^>]*\bis:inline\b/.test(template)) continue;
    const { document } = parseHTML(`<!doctype html><html><body>${template}</body></html>`);
    for (const script of document.querySelectorAll("script")) {
      if (script.hasAttribute("is:inline") && !script.hasAttribute("src")) own.set(sha256(script.textContent ?? ""), `src/${file}`);
    }
  }
  return own;
}

function withoutFrontmatter(source: string): string {
  const fence = /^\s*---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(source);
  return fence ? source.slice(fence[0].length) : source;
}
