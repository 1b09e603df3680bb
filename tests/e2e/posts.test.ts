import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import { haveChromium, launchBrowser } from "../support/browser.ts";
import { buildSite } from "../support/buildSite.ts";
import { serveStatic } from "../support/staticServer.ts";

const SHOTS = path.join(PROJECT_ROOT, "test-results", "screenshots");

describe.runIf(haveChromium())("posts in a browser", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    const out = buildSite({ BASE_PATH: "/jobs-review/" });
    server = await serveStatic(out, "/jobs-review/");
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(url: string, width: number): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    page.on("pageerror", (e) => errors.push(String(e)));
    if (process.env["DEBUG_REQUESTS"]) page.on("request", (r) => console.log("REQ", r.url()));
    page.on("requestfailed", (r) => errors.push(`failed request ${r.url()}`));
    page.on("response", (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()} (${r.request().resourceType()}, from ${r.request().headers()["referer"] ?? "?"})`); });
    await page.goto(server.url + url, { waitUntil: "networkidle" });
    return { page, errors };
  }

  async function scrollThrough(page: Page) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 700) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(40);
    }
  }

  for (const post of ["posts/part-1/", "posts/part-2/"]) {
    it(`${post}: charts render, a bubble's tooltip names its area and value, folds toggle, no console errors`, async () => {
      const { page, errors } = await open(post, 1200);
      expect(await page.locator("figure svg").count()).toBeGreaterThan(2);
      await scrollThrough(page);

      const bubble = page.locator("svg circle[data-label]").first();
      await bubble.scrollIntoViewIfNeeded();
      const label = await bubble.getAttribute("data-label");
      const value = await bubble.getAttribute("data-value");
      await page.waitForTimeout(300);
      await bubble.hover({ force: true });
      const tooltip = page.locator(".chart-tooltip");
      await expect.poll(() => tooltip.isVisible(), { timeout: 5000 }).toBe(true);
      const text = await tooltip.innerText();
      expect(text).toContain(label!);
      expect(text).toContain(value!.split(": ")[1]!);

      const fold = page.locator("details.fold").first();
      await fold.scrollIntoViewIfNeeded();
      expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await fold.locator("summary").click();
      expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await fold.locator("summary").focus();
      await page.keyboard.press("Enter");
      expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);

      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(SHOTS, `${post.replaceAll("/", "_")}desktop.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`${post}: at 360 px the page does not scroll sideways`, async () => {
      const { page, errors } = await open(post, 360);
      await scrollThrough(page);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(SHOTS, `${post.replaceAll("/", "_")}phone.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
