import { withBase } from "./url.ts";

/**
 * The base-aware URL of a post page from its content-collection id
 * (`part-1` → `/jobs-review/posts/part-1/`). Ends with a slash to match
 * `trailingSlash: "always"` in astro.config.mjs.
 */
export function postUrl(id: string): string {
  return withBase(`posts/${id}/`);
}
