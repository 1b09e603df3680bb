import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import { haveChromium, launchBrowser } from "../support/browser.ts";
import { buildSite, readPage } from "../support/buildSite.ts";
import { serveStatic } from "../support/staticServer.ts";

// The reader's side of the site, in Debian's Chromium against a build under a base path:
// theme, search, navigation between parts, contents links, downloads, phone layout, axe.

const BASE = "/jobs-review/";
// Every published post (drafts are left out of production builds).
const POSTS_DIR = path.join(PROJECT_ROOT, "content", "posts");
const POSTS = readdirSync(POSTS_DIR).filter((f) => f.endsWith(".mdx") && !/^draft:\s*true\s*$/m.test(readFileSync(path.join(POSTS_DIR, f), "utf8")))
  .map((f) => `posts/${f.replace(/\.mdx$/, "")}/`).sort();
const PAGES = ["", "about/", "search/", "docs/components/", ...POSTS, "404.html"];
const AXE = readFileSync(path.join(PROJECT_ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
const PAGEFIND = path.join(PROJECT_ROOT, "node_modules", "pagefind", "lib", "runner", "bin.cjs");

type Scheme = "light" | "dark";

describe.runIf(haveChromium())("the site for readers", () => {
  let out = "";
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let seriesPage = "";
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    out = buildSite({ BASE_PATH: BASE });
    // npm run build runs Pagefind as its postbuild step; buildSite runs astro only.
    execFileSync(process.execPath, [PAGEFIND, "--site", out], { stdio: "pipe" });
    server = await serveStatic(out, BASE);
    browser = await launchBrowser();
    const home = parseHTML(readPage(out, "/")).document;
    seriesPage = home.querySelector(".series-name a")?.getAttribute("href")?.slice(BASE.length) ?? "";
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await server?.close();
  });

  async function open(url: string, { width = 1280, scheme = "light" as Scheme, context, bypassCSP = false }: { width?: number; scheme?: Scheme; context?: BrowserContext; bypassCSP?: boolean } = {}) {
    const ctx = context ?? (await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme, reducedMotion: "reduce", bypassCSP }));
    if (!context) contexts.push(ctx);
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    await page.goto(server.url + url, { waitUntil: "networkidle" });
    return { page, errors, ctx };
  }

  it("has a series page linked from the home page and from every post", async () => {
    expect(seriesPage).toMatch(/^series\/[a-z0-9-]+\/$/);
    const { page } = await open(seriesPage);
    const parts = await page.locator(".part-title a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    const home = parseHTML(readPage(out, "/")).document;
    expect(parts).toEqual([...home.querySelectorAll(".part-title a")].map((a) => a.getAttribute("href")));
    expect(parts).toContain(`${BASE}posts/part-2/`);
    for (const post of POSTS) {
      const doc = parseHTML(readPage(out, `/${post}`)).document;
      expect(doc.querySelector(".kicker a")?.getAttribute("href"), post).toMatch(new RegExp(`^${BASE}series/[a-z0-9-]+/$`));
    }
    expect(parseHTML(readPage(out, "/posts/part-1/")).document.querySelector(".kicker a")?.getAttribute("href")).toBe(BASE + seriesPage);
    await page.close();
  });

  it("remembers the theme the reader picks and applies it before the body is parsed (no flash)", async () => {
    // System says light; the reader picks dark.
    const { page, ctx } = await open("posts/part-1/", { scheme: "light" });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.locator(".theme-toggle").click();
    expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("dark");
    expect(await page.locator(".theme-toggle").getAttribute("aria-pressed")).toBe("true");
    const dark = await background();
    expect(dark).not.toBe(light);

    // On the next page load, record the theme at the moment <body> is inserted, before any
    // of the page's own scripts in the body, and at DOMContentLoaded.
    await page.addInitScript(() => {
      const seen: Record<string, string | undefined> = {};
      (window as unknown as { __theme: typeof seen }).__theme = seen;
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        seen["atBody"] = document.documentElement.dataset["theme"];
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
      document.addEventListener("DOMContentLoaded", () => { seen["atDomContentLoaded"] = document.documentElement.dataset["theme"]; });
    });
    await page.reload({ waitUntil: "networkidle" });
    const seen = await page.evaluate(() => (window as unknown as { __theme: Record<string, string> }).__theme);
    expect(seen).toEqual({ atBody: "dark", atDomContentLoaded: "dark" });
    expect(await background()).toBe(dark);

    // Another page of the site gets the choice too; toggling back is remembered as well.
    const other = await ctx.newPage();
    await other.goto(server.url, { waitUntil: "networkidle" });
    expect(await other.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
    await other.locator(".theme-toggle").click();
    await other.reload({ waitUntil: "networkidle" });
    expect(await other.evaluate(() => document.documentElement.dataset["theme"])).toBe("light");
    expect(await other.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(light);
  });

  it("follows the system theme when the reader has not chosen", async () => {
    const { page } = await open("", { scheme: "dark" });
    expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBeUndefined();
    expect(await page.locator(".theme-toggle").getAttribute("aria-pressed")).toBe("true");
  });

  it("finds, from the keyboard, a word that only Part II contains, and opens Part II", async () => {
    const word = wordOnlyIn("/posts/part-2/", ["/posts/part-1/", "/about/"]);
    const { page, errors } = await open("search/");
    // The field has the focus on arrival, so typing goes straight into it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-input");
    await page.keyboard.type(word);
    // Results update as each letter is typed: wait for the ones for the whole word.
    await expect.poll(() => page.locator("#search-status").textContent(), { timeout: 10_000 }).toContain(`“${word}”`);
    const results = page.locator(".search-result-link");
    expect(await results.count()).toBeGreaterThan(0);
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.every((h) => h.startsWith(`${BASE}posts/part-2/`)), `${word}: ${hrefs.join(", ")}`).toBe(true);
    expect(new URL(page.url()).searchParams.get("q")).toBe(word);

    // Tab to the first result and follow it with Enter.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.classList.contains("search-result-link"))) break;
    }
    await Promise.all([page.waitForURL(/\/posts\/part-2\//), page.keyboard.press("Enter")]);
    expect(new URL(page.url()).pathname).toBe(`${BASE}posts/part-2/`);
    expect(errors).toEqual([]);
  });

  it("shows each excerpt once in a search result, not once for the page and again for its section", async () => {
    const { page, errors } = await open("search/");
    let checked = 0;
    for (const term of ["postings", "salary", "remote", "companies"]) {
      await page.locator("#search-input").fill(term);
      await expect.poll(() => page.locator("#search-status").textContent(), { timeout: 10_000 }).toContain(`“${term}”`);
      const results = await page.locator(".search-result").evaluateAll((items) => items.map((item) =>
        [...item.querySelectorAll(".search-result-excerpt")].map((e) => (e.textContent ?? "").replace(/^ — /, "").replace(/\s+/g, " ").trim())));
      for (const excerpts of results) {
        expect(excerpts.length, term).toBeGreaterThan(0);
        // Not the same passage twice, even shifted by a few words: no six words in a row in two excerpts.
        const runs = excerpts.map((e) => {
          const words = e.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
          return new Set(words.slice(5).map((_, i) => words.slice(i, i + 6).join(" ")));
        });
        const shared = runs.flatMap((a, i) => runs.slice(i + 1).flatMap((b) => [...a].filter((run) => b.has(run))));
        expect(shared, `${term}: ${excerpts.join(" | ")}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
    expect(errors).toEqual([]);
  });

  it("links each part to the previous and next ones, in the home page's order", async () => {
    const home = parseHTML(readPage(out, "/")).document;
    const parts = [...home.querySelectorAll(".part-title a")].map((a) => a.getAttribute("href")!.slice(BASE.length));
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, part] of parts.entries()) {
      const { page } = await open(part);
      const prev = page.locator("a[rel=prev]");
      const next = page.locator("a[rel=next]");
      expect(await prev.count()).toBe(i > 0 ? 1 : 0);
      expect(await next.count()).toBe(i < parts.length - 1 ? 1 : 0);
      if (i < parts.length - 1) {
        await Promise.all([page.waitForURL(server.url + parts[i + 1]), next.click()]);
        expect(await page.locator("a[rel=prev]").getAttribute("href")).toBe(BASE + part);
      }
      await page.close();
    }
  });

  for (const post of POSTS) {
    it(`${post}: every contents link lands on its heading, and the contents stay in view on a wide screen`, async () => {
      const { page } = await open(post, { width: 1400 });
      const links = page.locator(".toc a");
      const n = await links.count();
      expect(n).toBeGreaterThan(3);
      for (let i = 0; i < n; i++) {
        const link = links.nth(i);
        const target = decodeURIComponent((await link.getAttribute("href"))!.slice(1));
        await link.click();
        await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash.slice(1)))).toBe(target);
        const heading = await page.evaluate((id) => {
          const el = document.getElementById(id);
          return el && { tag: el.localName, top: el.getBoundingClientRect().top };
        }, target);
        expect(heading?.tag).toMatch(/^h[23]$/);
        // At the top of the window, unless the page ends first.
        const atEnd = await page.evaluate(() => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1);
        if (!atEnd) expect(Math.abs(heading!.top)).toBeLessThan(40);
        // The contents mark that section as the one being read (once the scroll has settled),
        // unless the next heading is so close that it has reached the top too.
        const nextTop = i + 1 < n ? await page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? Infinity,
          decodeURIComponent((await links.nth(i + 1).getAttribute("href"))!.slice(1))) : Infinity;
        if (!atEnd && nextTop > 150) {
          await expect.poll(() => page.locator(".toc a[aria-current='true']").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([`#${encodeURIComponent(target)}`]);
        }
        const toc = await page.locator(".toc").boundingBox();
        expect(toc && toc.y >= 0 && toc.y < 100, `contents at y=${toc?.y}`).toBe(true);
      }
      await page.close();
    });

    it(`${post}: every chart's CSV and JSON downloads hold the numbers its chart and table show`, async () => {
      const { page } = await open(post);
      await page.evaluate(() => { for (const d of document.querySelectorAll("details")) d.open = true; });
      const figures = await page.locator("figure[id]").evaluateAll((fs) => fs.map((f) => f.id));
      expect(figures.length).toBeGreaterThan(3);
      for (const id of figures) {
        const figure = page.locator(`figure[id="${id}"]`);
        const csvHref = await figure.locator(".chart-downloads a[download$='.csv']").getAttribute("href");
        const jsonHref = await figure.locator(".chart-downloads a[download$='.json']").getAttribute("href");
        // A declared figure's files are on the site (precompute wrote them); an ad-hoc chart's travel in the page.
        const declared = !csvHref!.startsWith("data:");
        if (declared) {
          expect(csvHref).toBe(`${BASE}data/figures/${id}.csv`);
          expect(jsonHref).toBe(`${BASE}data/figures/${id}.json`);
        } else {
          expect(csvHref).toMatch(/^data:text\/csv;charset=utf-8;base64,/);
          expect(jsonHref).toMatch(/^data:application\/json;charset=utf-8;base64,/);
        }
        const fetchText = async (href: string) => {
          if (href.startsWith("data:")) return Buffer.from(href.slice(href.indexOf(",") + 1), "base64").toString("utf8");
          const response = await page.request.get(new URL(href, server.url).href);
          expect(response.status(), href).toBe(200);
          return response.text();
        };
        const [header, ...csvRows] = Papa.parse<string[]>(await fetchText(csvHref!), { delimiter: ",", skipEmptyLines: true }).data;
        const json = JSON.parse(await fetchText(jsonHref!)) as { columns: { key: string; label: string }[]; rows: Record<string, unknown>[] };

        // JSON and CSV hold the same table.
        expect(json.columns.map((c) => c.label)).toEqual(header);
        expect(json.rows.map((r) => json.columns.map((c) => csvText(r[c.key])))).toEqual(csvRows.map((row) => row.map(unneutralise)));

        // The figure's table: the data fold, or the chart itself when it is a table.
        const foldTable = figure.locator(".chart-data table");
        const table = (await foldTable.count()) > 0 ? foldTable : figure.locator("table").first();
        const shown = await table.evaluate((t) => [...(t as HTMLTableElement).rows].map((r) => [...r.cells].map((c) => c.textContent?.trim() ?? "")));
        const [shownHeader = [], ...shownRows] = shown;
        const columnAt = header!.map((label) => shownHeader.indexOf(label));
        expect(columnAt.every((i) => i >= 0), `${id}: ${header} vs ${shownHeader}`).toBe(true);
        expect(shownRows.length, id).toBe(csvRows.length);
        csvRows.forEach((row, r) => row.forEach((cell, c) => {
          const text = shownRows[r]![columnAt[c]!]!;
          if (cell === "") expect(/\d/.test(text), `${id} row ${r}: "${text}" for an empty cell`).toBe(false);
          else if (isNumber(cell)) expect(shows(text, Number(cell)), `${id} row ${r} col ${c}: "${text}" for ${cell}`).toBe(true);
          else expect(text, `${id} row ${r} col ${c}`).toBe(unneutralise(cell));
        }));

        // Chart marks that name a row show one of that row's numbers.
        const marks = await figure.locator("[data-label][data-value]").evaluateAll((els) => els.map((e) => [e.getAttribute("data-label")!, e.getAttribute("data-value")!] as const));
        let matched = 0;
        for (const [label, value] of marks) {
          const row = csvRows.find((r) => sameName(label, unneutralise(r[0]!)));
          if (!row) continue;
          matched++;
          // A "no data" mark stands for an empty cell; any other shows one of the row's numbers.
          if (!/\d/.test(value)) expect(row, `${id}: ${label} ${value}`).toContain("");
          else expect(row.filter(isNumber).some((c) => shows(value, Number(c))), `${id}: ${label} ${value} vs ${row}`).toBe(true);
        }
        if (marks.length > 0) expect(matched, `${id}: marks matched to rows`).toBeGreaterThan(marks.length / 2);
      }
      await page.close();
    });
  }

  it("links each post's datasets to the about page and serves their quality reports", async () => {
    for (const post of POSTS.map((p) => `/${p}`)) {
      const doc = parseHTML(readPage(out, post)).document;
      const reports = [...doc.querySelectorAll(".post-datasets a[href$='.json']")].map((a) => a.getAttribute("href")!);
      expect(reports.length).toBeGreaterThan(0);
      for (const href of reports) {
        const report = JSON.parse(readFileSync(path.join(out, href.slice(BASE.length)), "utf8")) as { rowsRead: number; files: { file: string }[] };
        expect(report.rowsRead).toBeGreaterThan(0);
        // Paths are cut to the dataset's folder.
        expect(report.files.every((f) => !f.file.includes("/"))).toBe(true);
      }
      for (const a of doc.querySelectorAll(".post-datasets a[href*='about/#']")) {
        const id = a.getAttribute("href")!.split("#")[1]!;
        expect(parseHTML(readPage(out, "/about/")).document.getElementById(id), id).not.toBeNull();
      }
    }
  });

  for (const url of [...PAGES, "series"]) {
    it(`${url || "home"}: at 360 px the page does not scroll sideways`, async () => {
      const { page, errors } = await open(url === "series" ? seriesPage : url, { width: 360 });
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
      expect(errors.filter((e) => !e.includes("404"))).toEqual([]);
      await page.close();
    });
  }

  for (const scheme of ["light", "dark"] as const) {
    for (const url of [...PAGES, "series"]) {
      it(`${url || "home"} (${scheme}): axe finds no violation`, async () => {
        // The site's CSP forbids inline scripts, which is how axe is injected.
        const { page } = await open(url === "series" ? seriesPage : url, { scheme, bypassCSP: true });
        if (url === "search/") {
          // With results on the page, highlights and section links included.
          await page.locator("#search-input").fill("postings");
          await expect.poll(() => page.locator(".search-result").count(), { timeout: 10_000 }).toBeGreaterThan(0);
        }
        // Folded notes, tables and code are checked too.
        await page.evaluate(() => { for (const d of document.querySelectorAll("details")) d.open = true; });
        await page.addScriptTag({ content: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
          const result = await axe.run({ resultTypes: ["violations"] });
          return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(" ")}`);
        });
        expect(violations).toEqual([]);
        await page.close();
      });
    }
  }

  /** A word of at least seven letters in `page`'s indexed prose and in none of `others` (whole text), stems included. */
  function wordOnlyIn(pagePath: string, others: string[]): string {
    // Tags become spaces: "Part II</span><h1>Levels" is two words, as Pagefind reads it.
    const words = (html: string) => new Set(html.replace(/<[^>]*>/g, " ").toLowerCase().match(/\p{L}+/gu) ?? []);
    const doc = parseHTML(readPage(out, pagePath)).document;
    const body = doc.querySelector("[data-pagefind-body]")!;
    for (const el of body.querySelectorAll("[data-pagefind-ignore], script, style")) el.remove();
    const elsewhere = new Set(others.flatMap((o) => [...words(readPage(out, o))]));
    // Search matches word stems, so no word elsewhere may share the candidate's first six letters.
    const stems = new Set([...elsewhere].map((w) => w.slice(0, 6)));
    const word = [...words(body.innerHTML)].find((w) => w.length >= 7 && !stems.has(w.slice(0, 6)));
    if (!word) throw new Error(`no word only in ${pagePath}`);
    return word;
  }
});

function isNumber(cell: string): boolean {
  return cell !== "" && Number.isFinite(Number(cell));
}

/**
 * Does `text` (a table cell or tooltip) show the number `raw`, at the precision it is written
 * with? "$171,900" shows 171900, "Postings: 140" 140, "93.7%" 0.937, "$172k" 171900, "2.0 years" 2.
 */
function shows(text: string, raw: number): boolean {
  const written = /([<>]?)(-?\d+(\.\d+)?)/.exec(text.replaceAll(",", ""));
  if (!written) return false;
  const decimals = written[3] ? written[3].length - 1 : 0;
  const scale = /\d%/.test(text) ? 100 : /\dk\b/.test(text) ? 1 / 1000 : 1;
  const [bound, number] = [written[1], Number(written[2])];
  // "<1%" and ">99%" (src/lib/formatNumber.ts): a share short of the written bound, not zero or whole.
  if (bound === "<") return raw * scale < number && raw !== 0;
  if (bound === ">") return raw * scale > number && raw !== 1;
  return Math.abs(raw * scale - number) <= 0.5 * 10 ** -decimals + 1e-9;
}

/** The CSV writer's formula guard (src/downloads/csv.ts) undone: "'=x" → "=x", "a;'=b" → "a;=b". */
function unneutralise(cell: string): string {
  return cell.replace(/^'(?=[\t\r])/, "").replace(/(^|[;\t|])'(?=[=+\-@])/g, "$1");
}

/** A JSON value as its CSV cell text. */
function csvText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/** A mark's label names a row: "Seattle, WA", or "Backend engineering: Entry level" for "entry level". */
function sameName(label: string, name: string): boolean {
  const l = label.toLowerCase();
  const n = name.toLowerCase();
  return l === n || l.endsWith(`: ${n}`);
}
