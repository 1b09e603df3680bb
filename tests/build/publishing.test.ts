import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DOMParser, parseHTML } from "linkedom";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import { applyCsp, SEARCH_PAGE } from "../../src/publish/applyCsp.ts";
import { sha256 } from "../../src/publish/inlineHashes.ts";
import { ownInlineScripts } from "../../src/publish/ownScripts.ts";
import { ogCardSvg } from "../../src/publish/ogCardSvg.ts";
import { haveChromium, launchBrowser } from "../support/browser.ts";
import { buildSite } from "../support/buildSite.ts";
import { busyCpu } from "../support/busyCpu.ts";
import { serveStatic } from "../support/staticServer.ts";

// Publishing checks on a site built under a sub-path: links, feed, sitemap, sharing
// metadata, byte-identical rebuilds and a CSP the pages satisfy in a real browser.
const BASE = "/jobs-review/";
const SITE = "https://example.org";
const ORIGIN_BASE = `${SITE}${BASE}`;
const ENV = { BASE_PATH: BASE, SITE_URL: SITE };

/** Every file under `dir`, relative and `/`-separated, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join("/"))
    .sort();
}

/**
 * Finishes a build the way a deployment does after `astro build`: the Pagefind index
 * (npm run build's postbuild step; skipped if buildSite already made it), then
 * scripts/csp.ts writing each page's meta policy. Returns the header policy it prints.
 */
function finishBuild(dir: string): string {
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: PROJECT_ROOT, encoding: "utf8", stdio: "pipe" });
  if (!existsSync(path.join(dir, "pagefind"))) run([path.join(PROJECT_ROOT, "node_modules", "pagefind", "lib", "runner", "bin.cjs"), "--site", dir]);
  return run(["--experimental-strip-types", "scripts/csp.ts", dir, "--write"]).trim();
}

/** The URL a built file is served at: `posts/part-1/index.html` → `https://example.org/jobs-review/posts/part-1/`. */
function urlOf(file: string): URL {
  // 404.html answers any missing path: resolve it from a deep one, so relative links show up as broken.
  if (file === "404.html") return new URL("no/such/page/", ORIGIN_BASE);
  return new URL(file.replace(/(^|\/)index\.html$/, "$1"), ORIGIN_BASE);
}

let out = "";
let headerPolicy = "";
// Temporary folders this file makes, removed when it ends.
const made: string[] = [];
beforeAll(() => {
  out = buildSite(ENV);
  made.push(out);
  headerPolicy = finishBuild(out);
});
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const parsed = new Map<string, Document>();
/** A built page as a DOM, parsed once (the crawl looks pages up for every #fragment). */
const html = (file: string): Document => {
  const key = path.join(out, file);
  if (!parsed.has(key)) parsed.set(key, parseHTML(readFileSync(key, "utf8")).document as unknown as Document);
  return parsed.get(key)!;
};
const htmlFiles = () => filesUnder(out).filter((f) => f.endsWith(".html"));
const postFiles = () => htmlFiles().filter((f) => /^posts\/[^/]+\/index\.html$/.test(f));

describe("a build under a base path", () => {
  /**
   * Resolves `ref` found in `from` and checks it: outside links are skipped; links to
   * this site must stay under the base and name an existing file (and #fragment).
   * Returns a failure message or null.
   */
  function check(ref: string, from: string, what: string): string | null {
    const trimmed = ref.trim();
    if (trimmed === "" || /^(mailto|tel|data|javascript):/i.test(trimmed)) return null;
    if (trimmed.startsWith("#")) {
      const id = decodeURIComponent(trimmed.slice(1));
      return !from.endsWith(".html") || html(from).getElementById(id) ? null : `${from}: ${what} "${ref}" → no id "${id}" on the page`;
    }
    const url = new URL(trimmed, urlOf(from));
    if (url.origin !== SITE) return null;
    if (!url.pathname.startsWith(BASE)) return `${from}: ${what} "${ref}" points outside ${BASE}`;
    let rel = decodeURIComponent(url.pathname.slice(BASE.length));
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    else if (existsSync(path.join(out, rel)) && statSync(path.join(out, rel)).isDirectory()) rel += "/index.html";
    if (!existsSync(path.join(out, rel))) return `${from}: ${what} "${ref}" → ${rel} does not exist`;
    const id = decodeURIComponent(url.hash.slice(1));
    if (id && rel.endsWith(".html") && !html(rel).getElementById(id)) return `${from}: ${what} "${ref}" → no id "${id}" in ${rel}`;
    return null;
  }

  it("has no broken internal link, asset, image, canonical or <use href>, and nothing outside the base", () => {
    const failures: string[] = [];
    let checked = 0;
    const visit = (ref: string, from: string, what: string) => {
      checked++;
      const failure = check(ref, from, what);
      if (failure) failures.push(failure);
    };
    for (const file of htmlFiles()) {
      for (const el of html(file).querySelectorAll("*")) {
        for (const { name, value } of el.attributes) {
          if (["href", "xlink:href", "src", "action", "poster"].includes(name)) visit(value, file, `<${el.localName} ${name}>`);
          if (name === "srcset") for (const part of value.split(",")) visit(part.trim().split(/\s+/)[0] ?? "", file, `<${el.localName} srcset>`);
        }
        const property = el.getAttribute("property") ?? el.getAttribute("name") ?? "";
        if (el.localName === "meta" && /^(og:image|og:url|twitter:image)$/.test(property)) visit(el.getAttribute("content") ?? "", file, `<meta ${property}>`);
      }
    }
    for (const css of filesUnder(out).filter((f) => f.endsWith(".css"))) {
      for (const [, ref] of readFileSync(path.join(out, css), "utf8").matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        if (ref && !ref.startsWith("#")) visit(ref, css, "CSS url()");
      }
    }
    for (const xml of ["rss.xml", "sitemap-index.xml", "sitemap-0.xml"]) {
      for (const [, ref] of readFileSync(path.join(out, xml), "utf8").matchAll(/<(?:loc|link|guid[^>]*)>([^<]+)</g)) {
        if (!ref?.startsWith(ORIGIN_BASE)) failures.push(`${xml}: "${ref}" is not an absolute URL under ${ORIGIN_BASE}`);
        else visit(ref, xml, "feed/sitemap URL");
      }
    }
    expect(failures).toEqual([]);
    // Every page has more links than this; a crawl that found none would prove nothing.
    expect(checked).toBeGreaterThan(htmlFiles().length * 5);
  });

  it("has an RSS feed with every post, newest first, linked absolutely under the base", () => {
    const feed = new DOMParser().parseFromString(readFileSync(path.join(out, "rss.xml"), "utf8"), "text/xml");
    const items = [...feed.querySelectorAll("item")];
    const postUrls = postFiles().map((f) => urlOf(f).href);
    expect(postUrls.length).toBeGreaterThanOrEqual(2);
    expect(items.map((i) => i.querySelector("link")?.textContent).sort()).toEqual([...postUrls].sort());
    const dates = items.map((i) => Date.parse(i.querySelector("pubDate")?.textContent ?? ""));
    expect(dates.every(Number.isFinite)).toBe(true);
    expect(dates).toEqual(dates.toSorted((a, b) => b - a));
    for (const item of items) {
      const page = html(path.posix.join(new URL(item.querySelector("link")!.textContent!).pathname.slice(BASE.length), "index.html"));
      expect(item.querySelector("title")?.textContent).toContain(page.querySelector("h1")?.textContent?.trim());
    }
    expect(feed.querySelector("channel > link")?.textContent).toBe(ORIGIN_BASE);
  });

  it("has a sitemap listing exactly the indexable pages", () => {
    const locs = [...readFileSync(path.join(out, "sitemap-0.xml"), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const pages = htmlFiles().filter((f) => !html(f).querySelector('meta[name="robots"][content*="noindex"]')).map((f) => urlOf(f).href);
    expect(locs.toSorted()).toEqual(pages.toSorted());
  });

  it.each(["index.html", "posts/part-1/index.html", "posts/part-2/index.html"])("%s has a canonical URL, Open Graph and Twitter tags and a PNG preview", (file) => {
    const doc = html(file);
    const meta = (key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content") ?? "";
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(urlOf(file).href);
    expect(meta("og:url")).toBe(urlOf(file).href);
    expect(meta("og:title")).toContain(doc.querySelector("h1")?.textContent?.trim());
    expect(meta("og:description").length).toBeGreaterThan(20);
    expect(meta("twitter:card")).toBe("summary_large_image");
    expect(meta("twitter:image")).toBe(meta("og:image"));
    const image = meta("og:image");
    expect(image.startsWith(`${ORIGIN_BASE}og/`)).toBe(true);
    const png = readFileSync(path.join(out, new URL(image).pathname.slice(BASE.length)));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(meta("og:image:width")), Number(meta("og:image:height"))]);
  });

  it("gives each post its own preview image", () => {
    const images = postFiles().map((f) => html(f).querySelector('meta[property="og:image"]')?.getAttribute("content"));
    expect(new Set(images).size).toBe(postFiles().length);
    const bytes = images.map((i) => readFileSync(path.join(out, new URL(i!).pathname.slice(BASE.length))).toString("base64"));
    expect(new Set(bytes).size).toBe(images.length);
  });

  it("keeps the 404 page out of search engines", () => {
    const doc = html("404.html");
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute("content")).toContain("noindex");
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
  });
});

describe("determinism", () => {
  // The second build runs with every core kept busy (a build that read the clock, raced
  // two renders or let Shiki time out on a line gave other bytes on a loaded machine) and
  // under another locale and time zone (sort order, dates).
  it("builds byte-identical output twice from the same input, the second time with the CPU busy, in sv_SE and another time zone", () => {
    const busy = busyCpu();
    let again: string;
    try {
      again = buildSite({ ...ENV, LANG: "sv_SE.UTF-8", LC_ALL: "sv_SE.UTF-8", TZ: "Pacific/Chatham" });
    } finally {
      busy.stop();
    }
    made.push(again);
    const policy = finishBuild(again);
    const [a, b] = [filesUnder(out), filesUnder(again)];
    const onlyOne = [...a.filter((f) => !b.includes(f)), ...b.filter((f) => !a.includes(f))];
    const differing = a.filter((f) => b.includes(f) && !readFileSync(path.join(out, f)).equals(readFileSync(path.join(again, f))));
    expect({ onlyInOneBuild: onlyOne, differing }).toEqual({ onlyInOneBuild: [], differing: [] });
    expect(policy).toBe(headerPolicy);
  }, 600_000);
});

describe("the CSP script", () => {
  it("puts one policy per page before any script or style, without 'unsafe-inline'", () => {
    for (const file of htmlFiles()) {
      const source = readFileSync(path.join(out, file), "utf8");
      const metas = [...source.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
      expect(metas, file).toHaveLength(1);
      expect(metas[0]!.index, file).toBeLessThan(source.search(/<script|<style/));
      expect(metas[0]![1], file).not.toContain("unsafe-inline");
    }
    expect(headerPolicy).toMatch(/script-src 'self'( '[^']+')* 'sha256-/);
    expect(headerPolicy).toContain("frame-ancestors 'none'");
    expect(headerPolicy).not.toContain("unsafe-inline");
  });

  it("refuses pages with inline event handlers, which no hash can allow", () => {
    const dir = mkdtempSync(path.join(out, "..", "csp-bad-"));
    made.push(dir);
    writeFileSync(path.join(dir, "index.html"), `<!doctype html><html><head><meta charset="utf-8"></head><body><button onclick="go()">x</button></body></html>`);
    expect(() => applyCsp(dir, { ownScripts: ownInlineScripts(PROJECT_ROOT) })).toThrow(/onclick/);
  });

  it("allows the built pages' only inline script, the theme script of src/, and nothing bundled inline", () => {
    const own = ownInlineScripts(PROJECT_ROOT);
    for (const file of htmlFiles()) {
      const inline = Array.from(html(file).querySelectorAll("script:not([src]):not([type='application/json'])"));
      expect(inline.map((s) => own.get(sha256(s.textContent ?? ""))), file)
        .toEqual(["src/components/site/ThemeScript.astro"]);
    }
  });

  it("gives 'wasm-unsafe-eval' to the search page only", () => {
    const policies = Object.fromEntries(htmlFiles().map((f) => [f, /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(readFileSync(path.join(out, f), "utf8"))![1]!]));
    expect(policies[SEARCH_PAGE]).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    const others = Object.entries(policies).filter(([f]) => f !== SEARCH_PAGE);
    expect(others.length).toBeGreaterThan(3);
    for (const [file, policy] of others) expect(policy, file).not.toContain("wasm-unsafe-eval");
  });

  it("fails the build's CSP step on a built page that carries a foreign inline script, naming the page", () => {
    const dir = mkdtempSync(path.join(out, "..", "csp-foreign-"));
    made.push(dir);
    cpSync(out, dir, { recursive: true });
    const victim = path.join(dir, "posts", "part-1", "index.html");
    writeFileSync(victim, readFileSync(victim, "utf8").replace("</main>", "<script>window.pwned = 1</script></main>"));
    const r = spawnSync(process.execPath, ["--experimental-strip-types", "scripts/csp.ts", dir, "--write"], { cwd: PROJECT_ROOT, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("posts/part-1/index.html: <script>window.pwned = 1</script>");
    expect(r.stderr).not.toMatch(/^(about|search)\//m);
  });
});

describe("preview card", () => {
  it("escapes its text and keeps a long title to three lines", () => {
    const svg = ogCardSvg({ kicker: "A & B", title: `<b>${"word ".repeat(60)}</b>`, siteName: "S" });
    const { document } = parseHTML(`<div>${svg}</div>`);
    expect(document.querySelector("b")).toBeNull();
    expect(svg).not.toMatch(/<b>|A & B/);
    const titleLines = document.querySelectorAll('text[font-weight="700"] tspan');
    expect(titleLines.length).toBe(3);
    expect(titleLines[2]?.textContent).toMatch(/…$/);
  });
});

/** The headers `public/_headers` gives every path (`/*`), as Netlify or Cloudflare would send them. */
function headersFileRules(): Record<string, string> {
  const lines = readFileSync(path.join(PROJECT_ROOT, "public", "_headers"), "utf8").split("\n");
  const headers: Record<string, string> = {};
  let inBlock = false;
  for (const line of lines) {
    if (/^\S/.test(line) && !line.startsWith("#")) inBlock = line.trim() === "/*";
    else if (inBlock && /^\s+\S/.test(line)) {
      const [name, ...value] = line.trim().split(":");
      headers[name!.trim()] = value.join(":").trim();
    }
  }
  return headers;
}

describe.runIf(haveChromium())("the CSP in a browser", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const fromFile = headersFileRules();

  beforeAll(async () => {
    // Three policies at once, as on Netlify with the header from scripts/csp.ts added: the
    // _headers baseline and the full site policy (one header, comma-separated), and each
    // page's meta tag. A page passes only if it satisfies all three.
    const csp = `${fromFile["Content-Security-Policy"]}, ${headerPolicy}`;
    server = await serveStatic(out, BASE, { ...fromFile, "Content-Security-Policy": csp });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("serves the security headers from public/_headers", () => {
    expect(fromFile["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(fromFile["X-Content-Type-Options"]).toBe("nosniff");
  });

  const pages = () => [...htmlFiles().filter((f) => f !== "404.html").map((f) => urlOf(f).pathname.slice(BASE.length)), "no/such/page/"];

  it("shows every page with JS on, scrolled through, without a CSP violation or console error", async () => {
    expect(pages().length).toBeGreaterThan(3);
    for (const rel of pages()) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const errors: string[] = [];
      const url = server.url + rel;
      page.on("console", (m) => {
        // The 404 page's own status is logged as an error; that one is expected.
        if (m.type() === "error" && !(m.location().url === url && /status of 404/.test(m.text()))) errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(String(e)));
      // Runs before the page's own scripts, outside CSP (Playwright injects it).
      await page.addInitScript(() => {
        const w = window as unknown as { cspViolations: string[] };
        w.cspViolations = [];
        document.addEventListener("securitypolicyviolation", (e) => w.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sample})`));
      });
      const response = await page.goto(url, { waitUntil: "networkidle" });
      expect(response?.headers()["content-security-policy"], rel).toContain("sha256-");
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < height; y += 700) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(40);
      }
      // Search runs Pagefind's WebAssembly and fetches its index: that must pass the CSP
      // too, with 'wasm-unsafe-eval' in the search page's own policy only.
      const search = page.locator("#search-input");
      if (rel === "search/") expect(await search.count()).toBe(1);
      if (await search.count()) {
        await search.fill("remote");
        const result = page.locator(".search-result-link").first();
        await result.waitFor({ timeout: 10_000 });
        expect(await result.getAttribute("href"), rel).toMatch(new RegExp(`^${BASE}`));
      }
      const toggle = page.locator(".theme-toggle").first();
      if (await toggle.isVisible()) await toggle.click();
      await page.waitForTimeout(200);
      const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      expect({ page: rel, violations, errors }).toEqual({ page: rel, violations: [], errors: [] });

      // The policy is really enforced: an injected inline script must not run.
      const ran = await page.evaluate(() => {
        const s = document.createElement("script");
        s.textContent = "window.injected = true";
        document.body.append(s);
        return (window as unknown as { injected?: boolean }).injected === true;
      });
      expect(ran, rel).toBe(false);
      await page.close();
    }
  }, 180_000);
});
