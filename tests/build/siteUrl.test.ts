import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../support/buildSite.ts";

/** Every file under `dir`, relative. */
const filesUnder = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => statSync(path.join(dir, f)).isFile());

describe("a production build with no site URL (no SITE_URL, no siteUrl in src/site/config.ts)", () => {
  let out = "";
  beforeAll(() => {
    out = buildSite({ SITE_URL: "" });
  }, 300_000);

  it("writes no localhost anywhere, and no absolute URL of its own", () => {
    const texts = filesUnder(out).filter((f) => /\.(html|xml|txt|json|js|css)$/.test(f));
    expect(texts.length).toBeGreaterThan(5);
    for (const file of texts) expect(readFileSync(path.join(out, file), "utf8"), file).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it("leaves out canonical links, og:url, preview images, the feed and the sitemap, and keeps the rest of the sharing tags", () => {
    const doc = parseHTML(readFileSync(path.join(out, "posts", "part-1", "index.html"), "utf8")).document;
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    expect(doc.querySelector('meta[property="og:url"]')).toBeNull();
    expect(doc.querySelector('meta[property="og:image"]')).toBeNull();
    expect(doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')).toBeNull();
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute("content")).toBeTruthy();
    expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute("content")).toBe("summary");
    const files = filesUnder(out);
    expect(files).not.toContain("rss.xml");
    expect(files.some((f) => f.startsWith("sitemap"))).toBe(false);
    expect(readFileSync(path.join(out, "robots.txt"), "utf8")).not.toMatch(/Sitemap:/);
  });
});
