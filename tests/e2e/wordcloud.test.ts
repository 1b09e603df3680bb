import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import { haveChromium, launchBrowser } from "../support/browser.ts";
import { buildSite } from "../support/buildSite.ts";
import { serveStatic } from "../support/staticServer.ts";

const SHOTS = path.join(PROJECT_ROOT, "test-results", "screenshots");
const POST = "posts/part-2/";
const CLOUD = ".chart-word-cloud-wrap";
const WIDE_SVG = `${CLOUD} .chart-wide svg`;
const WIDE_CANVAS = `${CLOUD} .chart-wide canvas`;

/** Opaque pixels of a canvas and the distinct colours among them ("r,g,b"). */
function inkOf(canvas: HTMLCanvasElement): { opaque: number; colors: string[] } {
  const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
  let opaque = 0;
  const colors = new Set<string>();
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] !== 255) continue;
    opaque++;
    colors.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
  }
  return { opaque, colors: [...colors] };
}

/** The page's --chart-1 … --chart-5 as "r,g,b", resolved in the current theme by the browser. */
function chartColors(): string[] {
  const probe = document.createElement("span");
  document.body.append(probe);
  const colors = [1, 2, 3, 4, 5].map((n) => {
    probe.style.color = `var(--chart-${n})`;
    return getComputedStyle(probe).color.match(/\d+/g)!.slice(0, 3).join(",");
  });
  probe.remove();
  return colors;
}

describe.runIf(haveChromium())("word cloud drawn with wordcloud2.js", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    const out = buildSite({ BASE_PATH: "/cloud/" });
    server = await serveStatic(out, "/cloud/");
    browser = await launchBrowser();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(server.url + POST, { waitUntil: "networkidle" });
    return { page, errors, requests };
  }

  /** Scrolls the cloud into view and waits until its canvas has finished drawing. */
  async function drawn(page: Page): Promise<void> {
    await page.locator(CLOUD).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${WIDE_CANVAS}[data-words-drawn]`, { timeout: 15_000 });
  }

  it("loads wordcloud2 only near the cloud, draws a canvas in the SVG's box, keeps the SVG hidden and the list", async () => {
    const { page, errors, requests } = await open({ deviceScaleFactor: 2 });
    const svg = page.locator(WIDE_SVG);
    await expect.poll(() => svg.isVisible()).toBe(true);
    expect(await page.locator(`${CLOUD} canvas`).count()).toBe(0);
    expect(requests.filter((url) => /wordcloud2|wordCloudIsland/.test(url))).toEqual([]);

    // The box the static SVG takes, and where the ranked list after it starts (in page
    // coordinates): the canvas must take the same box, so nothing below moves.
    const listTop = () => page.locator(`${CLOUD} details.chart-list`).evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
    const svgBox = await svg.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
    const staticListTop = await listTop();
    await drawn(page);
    expect(requests.some((url) => /wordcloud2.*\.js$/.test(url))).toBe(true);

    const canvas = page.locator(WIDE_CANVAS);
    const canvasBox = await canvas.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
    expect(Math.abs(canvasBox.width - svgBox.width)).toBeLessThan(1);
    expect(Math.abs(canvasBox.height - svgBox.height)).toBeLessThan(1);
    expect(await listTop()).toBeCloseTo(staticListTop, 0);
    // Device pixels: twice the CSS box at deviceScaleFactor 2.
    expect(await canvas.evaluate((e: HTMLCanvasElement) => e.width)).toBe(Math.round(canvasBox.width * 2));
    expect(await canvas.getAttribute("aria-hidden")).toBe("true");

    const { opaque } = await canvas.evaluate(inkOf);
    const area = await canvas.evaluate((e: HTMLCanvasElement) => e.width * e.height);
    expect(opaque).toBeGreaterThan(area * 0.02);
    // Most of the SVG's words find room on the canvas too.
    const svgWords = await page.locator(`${WIDE_SVG} text`).count();
    expect(Number(await canvas.getAttribute("data-words-drawn"))).toBeGreaterThan(svgWords * 0.75);

    expect(await page.locator(WIDE_SVG).count()).toBe(1);
    expect(await svg.isVisible()).toBe(false);
    const items = page.locator(`${CLOUD} details.chart-list ol li`);
    expect(await items.count()).toBeGreaterThanOrEqual(svgWords);
    await page.locator(`${CLOUD} details.chart-list summary`).click();
    expect(await items.first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("hovering the first (central) word shows its name and count", async () => {
    const { page, errors } = await open();
    await drawn(page);
    // The ranked list under the cloud is what the canvas is drawn from: its first item is the largest word.
    const first = page.locator(`${CLOUD} .chart-list li[data-count]`).first();
    const name = (await first.locator("bdi").textContent())!;
    const count = Number(await first.getAttribute("data-count"));
    // wordcloud2 puts the first word of the list at the centre when it fits.
    await page.locator(WIDE_CANVAS).hover();
    const tooltip = page.locator(".chart-tooltip");
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.innerText()).toContain(name);
    expect(await tooltip.innerText()).toContain(count.toLocaleString("en-US"));
    await page.mouse.move(1, 1);
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("takes the theme's colours and redraws when the theme changes", async () => {
    const { page, errors } = await open({ colorScheme: "light" });
    await drawn(page);
    const figure = page.locator("figure", { has: page.locator(CLOUD) });
    const light = await page.evaluate(chartColors);
    const lightInk = await page.locator(WIDE_CANVAS).evaluate(inkOf);
    for (const color of light) expect(lightInk.colors).toContain(color);
    await figure.screenshot({ path: path.join(SHOTS, "wordcloud-light.png") });

    await page.evaluate(() => document.documentElement.setAttribute("data-theme", "dark"));
    const dark = await page.evaluate(chartColors);
    expect(dark).not.toEqual(light);
    await expect.poll(async () => (await page.locator(WIDE_CANVAS).evaluate(inkOf)).colors.includes(dark[0]!), { timeout: 10_000 }).toBe(true);
    await page.waitForSelector(`${WIDE_CANVAS}[data-words-drawn]`);
    const darkInk = await page.locator(WIDE_CANVAS).evaluate(inkOf);
    for (const color of dark) expect(darkInk.colors).toContain(color);
    for (const color of light) expect(darkInk.colors).not.toContain(color);
    await figure.screenshot({ path: path.join(SHOTS, "wordcloud-dark.png") });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("at phone width the narrow rendering becomes the canvas", async () => {
    const { page, errors } = await open({ viewport: { width: 360, height: 800 }, reducedMotion: "reduce" });
    await page.locator(CLOUD).scrollIntoViewIfNeeded();
    const canvas = page.locator(`${CLOUD} .chart-narrow canvas[data-words-drawn]`);
    await canvas.waitFor({ timeout: 15_000 });
    expect(await page.locator(`${CLOUD} .chart-narrow svg`).isVisible()).toBe(false);
    expect((await canvas.evaluate(inkOf)).opaque).toBeGreaterThan(0);
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    await page.locator("figure", { has: page.locator(CLOUD) }).screenshot({ path: path.join(SHOTS, "wordcloud-phone.png") });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("without JavaScript the SVG cloud shows and no canvas exists", async () => {
    const { page } = await open({ javaScriptEnabled: false });
    await page.locator(CLOUD).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    expect(await page.locator(WIDE_SVG).isVisible()).toBe(true);
    expect(await page.locator(`${WIDE_SVG} text`).count()).toBeGreaterThan(0);
    expect(await page.locator(`${CLOUD} canvas`).count()).toBe(0);
    expect(await page.locator(`${CLOUD} details.chart-list ol li`).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it("keeps the SVG when wordcloud2 fails to load or throws", async () => {
    const blocked = await open();
    await blocked.page.route(/wordcloud2.*\.js$/, (route) => route.abort());
    await blocked.page.locator(CLOUD).scrollIntoViewIfNeeded();
    await expect.poll(() => blocked.page.locator(CLOUD).getAttribute("data-word-cloud")).toBe("static");
    expect(await blocked.page.locator(WIDE_SVG).isVisible()).toBe(true);
    expect(await blocked.page.locator(`${CLOUD} canvas`).count()).toBe(0);
    await blocked.page.context().close();

    // A canvas whose drawing calls throw, as a broken canvas implementation would.
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    await context.addInitScript(() => {
      CanvasRenderingContext2D.prototype.fillRect = () => {
        throw new Error("broken canvas");
      };
    });
    const page = await context.newPage();
    await page.goto(server.url + POST, { waitUntil: "networkidle" });
    await page.locator(CLOUD).scrollIntoViewIfNeeded();
    // The island got as far as drawing (the canvas was made), then put the SVG back.
    await expect.poll(() => page.locator(CLOUD).getAttribute("data-word-cloud")).toBe("static");
    expect(await page.locator(WIDE_SVG).isVisible()).toBe(true);
    expect(await page.locator(`${CLOUD} canvas`).count()).toBe(0);
    await context.close();
  });
});
