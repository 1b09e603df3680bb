import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MERGED_COLUMNS } from "../../src/ingest/columns.ts";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import { haveChromium, launchBrowser } from "../support/browser.ts";
import { buildSite } from "../support/buildSite.ts";
import { jobspyCsv, posting, tempFiles } from "../support/jobspyCsv.ts";
import { serveStatic } from "../support/staticServer.ts";

/** Scraped text that must stay text wherever it appears. */
export const HOSTILE = [
  "<script>window.__pwned=1</script>Evil Corp",
  '<img src=x onerror="window.__pwned=2">Img Inc',
  "javascript:window.__pwned=3",
  "{props.__pwned} Curly {{x}} LLC",
  "\u202Eeman desrever\u202C RTL Ltd",
  "Emoji 🚀💼 Co",
  "Zero\u200Bwidth\u200DJoin",
  "Averyveryverylongcompanynamewithoutanyspaces".repeat(6),
  "Less < Than & Sons",
];

function hostileDataset(): string {
  const areas = ["Denver, CO", "Boston, MA", "Seattle, CA", "Austin, TX"];
  const rows = Array.from({ length: 60 }, (_, i) => posting({
    id: `h-${i}`, area: areas[i % areas.length]!, company: HOSTILE[i % HOSTILE.length]!,
    title: `${HOSTILE[(i + 3) % HOSTILE.length]} Backend Engineer`, location: i % 5 === 0 ? HOSTILE[i % HOSTILE.length]! : areas[i % areas.length]!,
    company_industry: HOSTILE[(i + 1) % HOSTILE.length]!, job_level: i % 3 ? "mid-senior level" : "entry level", is_remote: i % 4 === 0,
    ...(i % 7 === 0 ? { interval: "yearly", min_amount: 100000 + i * 1000, max_amount: 150000 + i * 1000, currency: "USD" } : {}),
  }));
  return path.join(tempFiles({ "jobs.csv": jobspyCsv(rows, MERGED_COLUMNS) }), "jobs.csv");
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe.runIf(haveChromium())("untrusted text from the data renders as inert text", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let out = "";

  beforeAll(async () => {
    out = buildSite({ JOBS_DATA: hostileDataset() });
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, "node_modules", "pagefind", "lib", "runner", "bin.cjs"), "--site", out], { stdio: "ignore" });
    server = await serveStatic(out, "/");
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // JSON and CSV downloads hold the data as scraped (it is data, served as such); markup
  // formats must escape it.
  it("no built HTML, XML or SVG file carries the hostile markup unescaped", () => {
    for (const file of filesUnder(out).filter((f) => /\.(html|xml|svg)$/.test(f))) {
      const text = readFileSync(file, "utf8");
      expect(text.includes("<script>window.__pwned"), file).toBe(false);
      expect(text.includes("<img src=x onerror"), file).toBe(false);
      expect(/href="javascript:/i.test(text), file).toBe(false);
    }
  });

  for (const width of [1200, 360]) {
    it(`every page at ${width} px: no script from the data ran, names shown as text, no sideways scroll`, async () => {
      const pages = filesUnder(out).filter((f) => f.endsWith("index.html") && !f.includes("pagefind"))
        .map((f) => path.relative(out, path.dirname(f)).replaceAll(path.sep, "/")).map((p) => (p ? `${p}/` : ""));
      for (const p of pages) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(String(e)));
        await page.goto(server.url + p, { waitUntil: "networkidle" });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0; y < height; y += 600) await page.evaluate((t) => window.scrollTo(0, t), y);
        for (const mark of (await page.locator("svg [data-label]").all()).slice(0, 5)) await mark.hover({ force: true }).catch(() => {});
        await page.waitForTimeout(200);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), p).toBeUndefined();
        const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        expect(scroll, `${p} at ${width}px`).toBeLessThanOrEqual(client);
        expect(errors, p).toEqual([]);
        await page.close();
      }
      const part2 = await browser.newPage();
      await part2.goto(server.url + "posts/part-2/", { waitUntil: "networkidle" });
      const text = await part2.evaluate(() => document.body.textContent ?? "");
      expect(text).toContain("<script>window.__pwned=1</script>Evil Corp");
      await part2.close();
    }, 300_000);
  }
});
