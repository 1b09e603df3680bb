/**
 * Prefixes a site-internal path with the configured base (`import.meta.env.BASE_URL`),
 * so links keep working when the site is served from a sub-path such as `/jobs-review/`.
 * Accepts paths with or without a leading slash; `withBase("/")` and `withBase("")` give
 * the home page. Query strings and #fragments are kept. External URLs (with a scheme,
 * or protocol-relative `//host`) are returned unchanged.
 */
export function withBase(path: string): string {
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(path)) return path;
  return joinBase(import.meta.env.BASE_URL, path);
}

/**
 * Joins a base path and a site path with exactly one slash between them.
 * Split out from {@link withBase} so it can be tested without Vite's `import.meta.env`.
 */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith("/") ? base : `${base}/`;
  const tail = path.replace(/^\/+/, "");
  return `${head.startsWith("/") ? head : `/${head}`}${tail}`;
}
