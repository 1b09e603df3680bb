import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cspPolicy } from "./cspPolicy.ts";
import { inlineHashes } from "./inlineHashes.ts";

/** The policies of a built site. */
export interface SiteCsp {
  /** One policy for every page, for an HTTP header: the union of all pages' hashes. */
  readonly header: string;
  /** Each HTML file (relative to the site folder, `/`-separated) and its own meta policy. */
  readonly pages: ReadonlyArray<{ readonly file: string; readonly policy: string }>;
}

// Marks the tag this step writes, so running it again replaces it instead of adding another.
const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*" data-csp="hashes">/;

/**
 * Computes the Content-Security-Policy of the built site in `dir` from what its pages
 * inline, so the policy stays true as posts and charts change. With `write`, puts each
 * page's own policy in a `<meta http-equiv>` tag right after `<meta charset>` (before
 * any script or style, as a meta policy only covers what follows it): the way to get a
 * CSP on hosts without custom headers, such as GitHub Pages. Idempotent. Throws if a page
 * has inline code that only 'unsafe-inline' could allow (onclick=, javascript: URLs).
 */
export function applyCsp(dir: string, { write = false }: { write?: boolean } = {}): SiteCsp {
  // Pagefind's search index runs in WebAssembly, which CSP gates behind 'wasm-unsafe-eval'.
  const wasm = existsSync(path.join(dir, "pagefind"));
  const all = { scripts: new Set<string>(), styles: new Set<string>(), styleAttributes: new Set<string>() };
  const pages: { file: string; policy: string }[] = [];
  const problems: string[] = [];

  for (const file of htmlFiles(dir)) {
    const full = path.join(dir, file);
    const html = readFileSync(full, "utf8").replace(META, "");
    const hashes = inlineHashes(html);
    problems.push(...hashes.problems.map((p) => `${file}: ${p}`));
    for (const key of ["scripts", "styles", "styleAttributes"] as const) for (const h of hashes[key]) all[key].add(h);
    const policy = cspPolicy(hashes, { header: false, wasm });
    pages.push({ file, policy });
    if (write) writeFileSync(full, withMeta(html, policy, file));
  }
  if (problems.length > 0) {
    throw new Error(`inline code that a hash-based CSP cannot allow (use a bundled <script> instead):\n${problems.join("\n")}`);
  }
  const union = { scripts: sortedList(all.scripts), styles: sortedList(all.styles), styleAttributes: sortedList(all.styleAttributes) };
  return { header: cspPolicy(union, { header: true, wasm }), pages };
}

function withMeta(html: string, policy: string, file: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}" data-csp="hashes">`;
  const anchor = /<meta charset="[^"]*"\s*\/?>/i.exec(html) ?? /<head(\s[^>]*)?>/i.exec(html);
  if (!anchor) throw new Error(`${file}: no <head> to put the CSP meta tag in`);
  const at = anchor.index + anchor[0].length;
  return `${html.slice(0, at)}${tag}${html.slice(at)}`;
}

/** Every .html file under `dir`, relative and `/`-separated, in a stable order. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => f.split(path.sep).join("/"))
    .sort();
}

function sortedList(set: Set<string>): string[] {
  return [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
