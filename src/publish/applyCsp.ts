import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cspPolicy } from "./cspPolicy.ts";
import { inlineHashes } from "./inlineHashes.ts";

/**
 * The one page that runs WebAssembly: the search page (src/pages/search.astro, built as
 * search/index.html in Astro's directory format). Pagefind's search index runs in WASM,
 * which CSP gates behind 'wasm-unsafe-eval'; no other page gets it.
 */
export const SEARCH_PAGE = "search/index.html";

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
 * CSP on hosts without custom headers, such as GitHub Pages. Idempotent.
 *
 * Styles are hashed as found (Shiki and chart marks style by attribute; a style cannot run
 * code). Scripts are not: an inline script is allowed only if it is one of the project's
 * own, `ownScripts` (the `is:inline` scripts of src/, by source: src/publish/ownScripts.ts).
 * Throws, naming each page and the start of the script, if a page has any other inline
 * script, or inline code that only 'unsafe-inline' could allow (onclick=, javascript: URLs),
 * so a script that reached a page at build time fails the build instead of being hashed
 * into the policy. 'wasm-unsafe-eval' goes to {@link SEARCH_PAGE} only, when the site has
 * a Pagefind index.
 */
export function applyCsp(dir: string, { write = false, ownScripts }: { write?: boolean; ownScripts: ReadonlyMap<string, string> }): SiteCsp {
  const hasIndex = existsSync(path.join(dir, "pagefind"));
  const all = { scripts: new Set<string>(), styles: new Set<string>(), styleAttributes: new Set<string>() };
  const pages: { file: string; policy: string }[] = [];
  const problems: string[] = [];
  let anyWasm = false;

  for (const file of htmlFiles(dir)) {
    const full = path.join(dir, file);
    const html = readFileSync(full, "utf8").replace(META, "");
    const hashes = inlineHashes(html);
    const foreign = hashes.scripts.filter((h) => !ownScripts.has(h));
    problems.push(...hashes.problems.map((p) => `${file}: ${p}`));
    problems.push(...foreign.map((h) => `${file}: <script>${hashes.scriptStarts[h] ?? ""}</script>: an inline script that is not one of the project's own (src/**/*.astro is:inline)`));
    if (foreign.length > 0 || hashes.problems.length > 0) continue;
    for (const key of ["scripts", "styles", "styleAttributes"] as const) for (const h of hashes[key]) all[key].add(h);
    const wasm = hasIndex && file === SEARCH_PAGE;
    anyWasm ||= wasm;
    const policy = cspPolicy(hashes, { header: false, wasm });
    pages.push({ file, policy });
    if (write) writeFileSync(full, withMeta(html, policy, file));
  }
  if (problems.length > 0) {
    throw new Error(`inline code the CSP does not allow (a component's <script> is bundled; an inline one must be an is:inline script in src/):\n${problems.join("\n")}`);
  }
  const union = { scripts: sortedList(all.scripts), styles: sortedList(all.styles), styleAttributes: sortedList(all.styleAttributes) };
  // One header serves every page, so it is the union: 'wasm-unsafe-eval' is in it when the
  // search page needs it. Sent together with the meta tags (browsers enforce both), each
  // page is still held to its own policy, so WASM stays limited to the search page.
  return { header: cspPolicy(union, { header: true, wasm: anyWasm }), pages };
}

// The meta policy carries no frame-ancestors: browsers ignore that directive in a
// <meta http-equiv> policy (CSP Level 3, and so do report-uri and sandbox), so a page
// cannot forbid its own framing from here. A host must send it as an HTTP header
// (Content-Security-Policy: frame-ancestors 'none', with X-Frame-Options: DENY for older
// browsers): public/_headers does for Netlify and Cloudflare, docs/deploy.md shows nginx,
// and GitHub Pages cannot send it at all.
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
