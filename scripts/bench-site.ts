// Measures the built site against the budgets: per post, JS before any chart is in view,
// all JS once every island has loaded, HTML size (all gzipped), console errors; the time
// of a clean build; and Lighthouse 12 (mobile) scores of every page against the targets.
// Usage: npm run bench:site [-- --no-build] [-- --no-lighthouse]
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { PROJECT_ROOT } from "../src/pipeline/dataSources.ts";
import { haveChromium, launchBrowser } from "../tests/support/browser.ts";
import { CATEGORIES, runLighthouse } from "../tests/support/lighthouse.ts";
import { serveStatic } from "../tests/support/staticServer.ts";

const BUDGET = { jsBeforeCharts: 5 * 1024, jsAll: 60 * 1024, html: 150 * 1024, buildSeconds: 15 };
/** Lighthouse (mobile) targets per category: the lowest acceptable score. */
const LIGHTHOUSE_TARGET = { performance: 0.98, accessibility: 1, "best-practices": 1, seo: 1 } as const;
const dist = path.join(PROJECT_ROOT, "dist");
const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const verdict = (value: number, budget: number) => (value <= budget ? "ok" : "OVER BUDGET");

if (!process.argv.includes("--no-build")) {
  rmSync(dist, { recursive: true, force: true });
  rmSync(path.join(PROJECT_ROOT, "node_modules", ".astro"), { recursive: true, force: true });
  rmSync(path.join(PROJECT_ROOT, ".astro"), { recursive: true, force: true });
  const started = performance.now();
  execFileSync("npm", ["run", "build", "--silent"], { cwd: PROJECT_ROOT, stdio: "ignore" });
  const seconds = (performance.now() - started) / 1000;
  console.log(`clean build (precompute + astro build): ${seconds.toFixed(1)} s (budget ${BUDGET.buildSeconds} s) ${verdict(seconds, BUDGET.buildSeconds)}`);
}

if (!haveChromium()) process.exit(0);
// Compressed like a production host: Lighthouse times the bytes it receives.
const server = await serveStatic(dist, "/", {}, { gzip: true });
const browser = await launchBrowser();
// Every published post (drafts are not built), so a new post is measured without editing this list.
const POSTS_DIR = path.join(PROJECT_ROOT, "content", "posts");
const posts = readdirSync(POSTS_DIR).filter((f) => f.endsWith(".mdx") && !/^draft:\s*true\s*$/m.test(readFileSync(path.join(POSTS_DIR, f), "utf8")))
  .map((f) => `posts/${f.replace(/\.mdx$/, "")}/`).sort();
console.log(`\n${"page".padEnd(34)} ${"HTML gz".padStart(9)} ${"JS first".padStart(9)} ${"JS all".padStart(9)}  console errors`);
for (const post of posts) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
  const errors: string[] = [];
  const scripts = new Set<string>();
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => { if (r.resourceType() === "script") scripts.add(new URL(r.url()).pathname); });
  const html = readFileSync(path.join(dist, post, "index.html"));
  const inline = [...html.toString().matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "").join("");
  const jsBytes = () => gz(inline) + [...scripts].reduce((n, p) => n + gz(readFileSync(path.join(dist, p))), 0);
  await page.goto(server.url + post, { waitUntil: "networkidle" });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  const chartsInView = await page.evaluate(() => [...document.querySelectorAll("figure svg")].some((s) => { const r = s.getBoundingClientRect(); return r.height > 0 && r.top < window.innerHeight; }));
  const first = jsBytes();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 500) {
    await page.evaluate((t) => window.scrollTo(0, t), y);
    await page.waitForTimeout(60);
  }
  await page.waitForLoadState("networkidle");
  const all = jsBytes();
  console.log(`${post.padEnd(34)} ${kb(gz(html)).padStart(9)} ${kb(first).padStart(9)} ${kb(all).padStart(9)}  ${errors.length}${chartsInView ? " (a chart is in the first viewport)" : ""}`);
  console.log(`${"".padEnd(34)} ${verdict(gz(html), BUDGET.html).padStart(9)} ${verdict(first, BUDGET.jsBeforeCharts).padStart(9)} ${verdict(all, BUDGET.jsAll).padStart(9)}  ${errors.length === 0 ? "ok" : errors.join("; ")}`);
  await page.close();
}
console.log(`\nbudgets: HTML ≤ ${kb(BUDGET.html)}, JS before any chart is in view ≤ ${kb(BUDGET.jsBeforeCharts)}, all JS ≤ ${kb(BUDGET.jsAll)} (gzip -9), zero console errors`);
await browser.close();

if (!process.argv.includes("--no-lighthouse")) {
  // Every page of the build: each folder's index.html, and the 404 page.
  const pagesUnder = (dir: string, rel = ""): string[] => readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pagesUnder(dir, path.posix.join(rel, e.name)) : e.name === "index.html" ? [rel === "" ? "" : `${rel}/`] : []);
  const pages = [...pagesUnder(dist).sort(), "404.html"];
  console.log(`\nLighthouse 12, mobile (simulated slow 4G, 4× CPU slowdown), gzip like a production host; ${pages.length} pages, one at a time`);
  console.log(`${"page".padEnd(40)} ${CATEGORIES.map((c) => c.padStart(14)).join(" ")}  verdict`);
  const results = await runLighthouse(pages.map((p) => server.url + p));
  let misses = 0;
  for (const [i, { scores, failed }] of results.entries()) {
    const page = pages[i] === "" ? "/" : `/${pages[i]}`;
    // The 404 page is noindex and answers with status 404 on purpose: SEO cannot and should not pass there.
    const exempt = (c: string) => page === "/404.html" && c === "seo";
    const below = CATEGORIES.filter((c) => !exempt(c) && (scores[c] ?? 0) < LIGHTHOUSE_TARGET[c]);
    misses += below.length;
    const cells = CATEGORIES.map((c) => `${scores[c]?.toFixed(2) ?? "—"}${exempt(c) ? " (n/a)" : ""}`.padStart(14)).join(" ");
    console.log(`${page.padEnd(40)} ${cells}  ${below.length === 0 ? "ok" : `BELOW TARGET: ${below.join(", ")}`}`);
    if (below.length > 0) console.log(`${"".padEnd(40)} failing audits: ${failed.join("; ")}`);
  }
  console.log(`targets: ${CATEGORIES.map((c) => `${c} ≥ ${LIGHTHOUSE_TARGET[c]}`).join(", ")} (404: SEO n/a, noindex by design); ${misses === 0 ? "all met" : `${misses} below target`}`);
}
await server.close();
