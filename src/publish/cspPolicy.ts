import type { InlineHashes } from "./inlineHashes.ts";

/** How the policy is delivered and what the site needs beyond its own files. */
export interface CspOptions {
  /** HTTP header (true) or `<meta http-equiv>` (false): meta cannot carry frame-ancestors. */
  readonly header: boolean;
  /** Allow WebAssembly compilation (Pagefind's search runs in WASM): the search page only. */
  readonly wasm: boolean;
}

/**
 * A Content-Security-Policy that allows exactly the site's own files and the given
 * inline code, and never 'unsafe-inline'. Style attributes are allowed one by one by
 * hash with 'unsafe-hashes' (CSP Level 3): Shiki colours tokens and Observable Plot
 * fills marks through `style="…"`, and a hash only matches that exact value.
 */
export function cspPolicy(hashes: Pick<InlineHashes, "scripts" | "styles" | "styleAttributes">, options: CspOptions): string {
  const quoted = (list: readonly string[]) => list.map((h) => `'${h}'`);
  const script = ["'self'", ...(options.wasm ? ["'wasm-unsafe-eval'"] : []), ...quoted(hashes.scripts)];
  const attrHashes = hashes.styleAttributes.filter((h) => !hashes.styles.includes(h));
  const style = ["'self'", ...(hashes.styleAttributes.length > 0 ? ["'unsafe-hashes'"] : []), ...quoted(hashes.styles), ...quoted(attrHashes)];
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    `style-src ${style.join(" ")}`,
    // Pagefind's stylesheet draws its search icon as a data: SVG; images cannot run code.
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Header only: frame-ancestors is ignored in a <meta http-equiv> policy (the CSP spec
    // leaves it out of meta policies, with report-uri and sandbox), so the meta tags cannot
    // stop framing. The host must send it as a header: see docs/deploy.md.
    ...(options.header ? ["frame-ancestors 'none'"] : []),
  ].join("; ");
}
