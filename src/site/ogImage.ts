/** Width and height in pixels of every preview card (the size Open Graph and X recommend). */
export const OG_CARD_SIZE = { width: 1200, height: 630 } as const;

/** The card shown for pages that are not posts (home, 404, anything added later). */
export const SITE_CARD = "site";

/** The card id of a post, from its content-collection id: `part-1` → `posts/part-1`. */
export function postCardId(postId: string): string {
  return `posts/${postId}`;
}

/**
 * The site-relative path (no base) of the preview image for a page, from the page's
 * site-relative path: `posts/part-1/` → `og/posts/part-1.png`, anything else →
 * `og/site.png`. It mirrors the post URL scheme in postUrl.ts; the cards themselves
 * are rendered by src/pages/og/[...card].png.ts for exactly these ids.
 */
export function ogImagePath(pagePath: string): string {
  const post = /^posts\/([^/]+)\/$/.exec(pagePath.replace(/^\/+/, ""));
  return `og/${post?.[1] ? postCardId(post[1]) : SITE_CARD}.png`;
}
