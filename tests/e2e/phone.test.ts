import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import { haveChromium, launchBrowser } from "../support/browser.ts";
import { buildSite, readPage } from "../support/buildSite.ts";
import { parseHTML } from "linkedom";
import { chartRankProblems, emptyStatementProblems, paragraphProblems, rankedListProblems } from "../support/proseChecks.ts";
import { checkClipping, checkContentsLinks, checkTaps, marksInHtml } from "../support/readerChecks.ts";
import { haveShared, REAL_DATA } from "../support/shared.ts";
import { serveStatic } from "../support/staticServer.ts";

// Every post as a reader on a phone meets it: a 360 px touch screen in Chromium. Paragraphs
// start and end as sentences, ranked lists (in the prose and under the charts) are in rank order, a tap on a chart's mark shows
// that mark's tooltip, every contents link lands its heading near the top, and no table or
// code block is cut off without a box that scrolls. On the bundled sample, and on the real
// data when ../shared is beside the checkout.

const POSTS_DIR = path.join(PROJECT_ROOT, "content", "posts");
const POSTS = readdirSync(POSTS_DIR).filter((f) => f.endsWith(".mdx") && !/^draft:\s*true\s*$/m.test(readFileSync(path.join(POSTS_DIR, f), "utf8")))
  .map((f) => `posts/${f.replace(/\.mdx$/, "")}/`).sort();

const builds: { name: string; env: Record<string, string>; when: () => boolean }[] = [
  { name: "the bundled sample", env: {}, when: () => true },
  {
    name: "the real data",
    env: { JOBS_DATA: path.join(REAL_DATA, "backend_engineer"), DS_DATA: path.join(REAL_DATA, "data_scientist") },
    when: () => haveShared("the phone test on the real data"),
  },
];

for (const build of builds) {
  describe.runIf(haveChromium() && build.when())(`posts on a phone, built from ${build.name}`, () => {
    let out = "";
    let browser: Browser;
    let context: BrowserContext;
    let server: Awaited<ReturnType<typeof serveStatic>>;

    let analyses: Record<string, unknown> = {};

    beforeAll(async () => {
      out = buildSite(build.env);
      // What precompute wrote for this build (the next build overwrites it).
      analyses = readAnalyses();
      server = await serveStatic(out, "/");
      browser = await launchBrowser();
      context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, reducedMotion: "no-preference" });
    });
    afterAll(async () => {
      await context?.close();
      await browser?.close();
      await server?.close();
    });

    async function open(post: string): Promise<{ page: Page; errors: string[] }> {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
      await page.goto(server.url + post, { waitUntil: "networkidle" });
      return { page, errors };
    }

    for (const post of POSTS) {
      it(`${post}: paragraphs are whole sentences with no empty slot, and ranked lists are in rank order`, () => {
        const { document } = parseHTML(readPage(out, `/${post}`));
        expect(paragraphProblems(document)).toEqual([]);
        expect(emptyStatementProblems(document)).toEqual([]);
        const ranked = rankedListProblems(document, analyses);
        expect(ranked.problems).toEqual([]);
        // The rankings charts print as lists (a map's list for phones, a word cloud's names).
        const charted = chartRankProblems(document);
        expect(charted.problems).toEqual([]);
        // Every post ranks something, so a check that found no list would be checking nothing.
        expect(ranked.lists + charted.lists).toBeGreaterThan(0);
      });

      it(`${post}: a tap on a chart's mark shows that mark's tooltip`, async () => {
        const { page, errors } = await open(post);
        const marks = marksInHtml(readPage(out, `/${post}`));
        const { problems, tapped } = await checkTaps(page, marks);
        expect(problems).toEqual([]);
        // Every post has charts; at least one was tapped.
        expect(tapped).toBeGreaterThan(0);
        expect(errors).toEqual([]);
        await page.close();
      });

      it(`${post}: every contents link lands its heading within 100 px of the top`, async () => {
        const { page } = await open(post);
        const { problems, links } = await checkContentsLinks(page);
        expect(links).toBeGreaterThan(3);
        expect(problems).toEqual([]);
        await page.close();
      });

      it(`${post}: no table or code block is cut off without a box that scrolls`, async () => {
        const { page } = await open(post);
        expect(await checkClipping(page)).toEqual([]);
        // A chart's data table stacks on a phone (table.stack) rather than scrolling sideways.
        const scrolling = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>(".chart-data .chart-table-scroll")]
          .filter((box) => box.getClientRects().length > 0 && box.scrollWidth > box.clientWidth + 1)
          .map((box) => `${box.closest("figure")?.id ?? "?"}: ${box.scrollWidth} px of table in ${box.clientWidth} px`));
        expect(scrolling).toEqual([]);
        await page.close();
      });
    }
  });
}

function readAnalyses(): Record<string, unknown> {
  const dir = path.join(PROJECT_ROOT, "src", "generated", "analyses");
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith(".json"))
    .map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(path.join(dir, f), "utf8")) as unknown]));
}
