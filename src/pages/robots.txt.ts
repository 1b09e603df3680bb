/**
 * robots.txt: allow everything and point crawlers at the sitemap. Only useful when the
 * site is served at the domain root (crawlers read /robots.txt, never a sub-path's),
 * but harmless under a base path.
 */
import type { APIRoute } from "astro";
import { withBase } from "../site/url.ts";

export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `Sitemap: ${new URL(withBase("sitemap-index.xml"), site).href}\n` : "";
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { "content-type": "text/plain; charset=utf-8" } });
};
