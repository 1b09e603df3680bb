import { parseHTML } from "linkedom";
import type { Page } from "playwright-core";

// What a reader on a phone meets, checked in a browser on one open post page: taps, contents
// links, clipped tables and code (the prose checks, which need no browser, are in
// proseChecks.ts). Each check returns the problems it found, described so that a failing test
// says where to look; an empty list means the page passed.

/** Where one chart mark is: the chart's index among the page's svg[data-chart], and the mark's. */
export interface MarkRef {
  chart: number;
  chartKind: string;
  /** Index among the chart's descendants other than <title> (the island removes those). */
  position: number;
  label: string;
}

/**
 * Every mark of every chart in a built page's HTML, as the island (src/charts/islands/marks.ts)
 * finds them: an element with data-label, or one with a <title> child (label: its first line).
 * Read from the static HTML because the island removes the titles once it runs.
 */
export function marksInHtml(html: string): MarkRef[] {
  const { document } = parseHTML(html);
  const refs: MarkRef[] = [];
  [...document.querySelectorAll("svg[data-chart]")].forEach((svg, chart) => {
    const elements = [...svg.querySelectorAll("*")].filter((e) => e.localName !== "title");
    elements.forEach((element, position) => {
      const title = [...element.children].find((c) => c.localName === "title");
      const label = element.getAttribute("data-label") ?? (title ? (title.textContent ?? "").split("\n")[0] : undefined);
      if (label !== undefined && label !== null) refs.push({ chart, chartKind: svg.getAttribute("data-chart") ?? "", position, label });
    });
  });
  return refs;
}

/**
 * Taps, in every chart the reader can see (not a hidden toggle panel, not a word cloud the
 * canvas replaced), one mark other than the chart's first that is on top at its centre, and
 * checks that the tooltip names that mark. Returns the problems and how many charts were tapped.
 */
export async function checkTaps(page: Page, marks: readonly MarkRef[]): Promise<{ problems: string[]; tapped: number }> {
  const problems: string[] = [];
  let tapped = 0;
  const byChart = Map.groupBy(marks, (m) => m.chart);
  for (const [chart, chartMarks] of byChart) {
    const svg = page.locator("svg[data-chart]").nth(chart);
    if (!(await svg.isVisible())) continue;
    await svg.scrollIntoViewIfNeeded();
    if (chartMarks[0]!.chartKind === "word-cloud") {
      const canvas = await tapWordCloud(page, chart);
      if (canvas === "static") {
        // wordcloud2 did not run: the SVG stays, and the island below handles it.
      } else {
        // The first word of the list is drawn at the centre of the canvas.
        const expected = chartMarks[0]!.label;
        if (canvas === null) problems.push(`chart ${chart} (word-cloud): tapping "${expected}" showed no tooltip`);
        else if (canvas.trim() !== expected.trim()) problems.push(`chart ${chart} (word-cloud): tapping "${expected}" showed the tooltip of "${canvas}"`);
        tapped++;
        continue;
      }
    }
    // The island enhances a chart once it nears the screen.
    const enhanced = await page.waitForFunction((i) => document.querySelectorAll("svg[data-chart]")[i]?.hasAttribute("data-enhanced"), chart, { timeout: 5000 }).then(() => true, () => false);
    if (!enhanced) {
      problems.push(`chart ${chart} (${chartMarks[0]!.chartKind}): the island never enhanced it`);
      continue;
    }
    // Candidates: marks with a box, on top at their centre, inside the window; the first mark is the one a
    // broken tap shows, so it is avoided when there is another.
    const hits = await page.evaluate(({ i, positions }) => {
      const el = document.querySelectorAll("svg[data-chart]")[i]!;
      const all = [...el.querySelectorAll("*")];
      return positions.map((p) => {
        const mark = all[p];
        if (!mark) return null;
        mark.scrollIntoView({ block: "center", inline: "nearest", behavior: "instant" });
        const box = mark.getBoundingClientRect();
        if (box.width < 2 || box.height < 2) return null;
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        const top = document.elementFromPoint(x, y);
        return top && (top === mark || mark.contains(top)) ? p : null;
      });
    }, { i: chart, positions: chartMarks.map((m) => m.position) });
    const candidates = chartMarks.filter((_, k) => hits[k] !== null);
    if (candidates.length === 0) {
      problems.push(`chart ${chart} (${chartMarks[0]!.chartKind}): no mark can be tapped at its centre`);
      continue;
    }
    const target = candidates.length > 1 ? candidates[Math.floor(candidates.length / 2)] ?? candidates[1]! : candidates[0]!;
    const point = await page.evaluate(({ i, p }) => {
      const mark = [...document.querySelectorAll("svg[data-chart]")[i]!.querySelectorAll("*")][p]!;
      mark.scrollIntoView({ block: "center", inline: "nearest", behavior: "instant" });
      const box = mark.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, { i: chart, p: target.position });
    await page.touchscreen.tap(point.x, point.y);
    const title = await visibleTooltipTitle(page);
    const shown = title !== null;
    if (!shown) problems.push(`chart ${chart} (${target.chartKind}): tapping "${target.label}" showed no tooltip`);
    else if (title.trim() !== target.label.trim()) problems.push(`chart ${chart} (${target.chartKind}): tapping "${target.label}" showed the tooltip of "${title}"`);
    tapped++;
  }
  return { problems, tapped };
}

/** The title line of the chart tooltip showing now, or null when none shows within 2 s. */
async function visibleTooltipTitle(page: Page): Promise<string | null> {
  const tooltip = page.locator(".chart-tooltip:visible");
  const shown = await tooltip.first().waitFor({ state: "visible", timeout: 2000 }).then(() => true, () => false);
  return shown ? ((await tooltip.first().locator("strong").first().textContent()) ?? "") : null;
}

/**
 * The word cloud whose SVG is chart `chart`: once its island has redrawn it on a canvas, taps
 * the canvas centre and returns the tooltip's title (null: none showed); "static" when the
 * island left the SVG in place.
 */
async function tapWordCloud(page: Page, chart: number): Promise<string | null | "static"> {
  const state = await page.waitForFunction((i) => {
    const svg = document.querySelectorAll("svg[data-chart]")[i]!;
    const root = svg.closest<HTMLElement>("[data-word-cloud]");
    const canvas = svg.nextElementSibling;
    if (root?.dataset["wordCloud"] === "static") return "static";
    return canvas?.localName === "canvas" && (canvas as HTMLElement).dataset["wordsDrawn"] !== undefined ? "canvas" : false;
  }, chart, { timeout: 10_000 }).then((h) => h.jsonValue(), () => "static" as const);
  if (state === "static") return "static";
  const box = await page.evaluate((i) => {
    const canvas = document.querySelectorAll("svg[data-chart]")[i]!.nextElementSibling!;
    canvas.scrollIntoView({ block: "center", behavior: "instant" });
    const r = canvas.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, chart);
  await page.touchscreen.tap(box.x, box.y);
  return visibleTooltipTitle(page);
}

/**
 * Follows every link of the contents list with a tap and checks that its heading lands within
 * `tolerance` px of the top of the window (unless the page ends first). Folds stay as a reader
 * finds them (closed).
 */
export async function checkContentsLinks(page: Page, tolerance = 100): Promise<{ problems: string[]; links: number }> {
  const problems: string[] = [];
  const links = page.locator(".toc a[href^='#']");
  const n = await links.count();
  for (let i = 0; i < n; i++) {
    const link = links.nth(i);
    const id = decodeURIComponent((await link.getAttribute("href"))!.slice(1));
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await page.waitForFunction((target) => decodeURIComponent(location.hash.slice(1)) === target, id, { timeout: 5000 }).catch(() => {});
    // Let the scroll settle (smooth scrolling, late layout): the same position for 300 ms.
    let last = NaN;
    for (let k = 0, still = 0; k < 60 && still < 3; k++) {
      await page.waitForTimeout(100);
      const y = await page.evaluate(() => scrollY);
      still = y === last ? still + 1 : 0;
      last = y;
    }
    const where = await page.evaluate((target) => {
      const heading = document.getElementById(target);
      return {
        top: heading ? heading.getBoundingClientRect().top : null,
        atEnd: Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1,
      };
    }, id);
    if (where.top === null) problems.push(`contents link #${id}: no element has that id`);
    else if (!where.atEnd && (where.top < -1 || where.top > tolerance)) problems.push(`contents link #${id}: its heading is at ${Math.round(where.top)} px from the top`);
  }
  return { problems, links: n };
}

/**
 * Opens every fold, then checks that no table or code block is wider than what shows of it
 * unless it sits in a box that scrolls sideways (overflow-x auto or scroll), can take the
 * keyboard focus (a scroll box of its own, or one with tabindex) and shows a cue that it
 * scrolls (edge shadows).
 */
export async function checkClipping(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll("details")) d.open = true;
    const problems: string[] = [];
    const root = document.querySelector("main") ?? document.body;
    for (const el of root.querySelectorAll<HTMLElement>("table, pre")) {
      if (el.closest("[hidden]") || el.getClientRects().length === 0) continue;
      const name = `${el.localName} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
      // The nearest box that cuts off its overflow, the element itself included.
      let clipper: HTMLElement | null = el;
      while (clipper && getComputedStyle(clipper).overflowX === "visible") clipper = clipper.parentElement;
      const content = el.scrollWidth;
      if (!clipper || clipper === document.body || clipper === document.documentElement) {
        if (el.getBoundingClientRect().right > document.documentElement.clientWidth + 1) problems.push(`${name}: runs past the window's edge`);
        continue;
      }
      const visible = clipper === el ? el.clientWidth : clipper.clientWidth;
      const wider = clipper === el ? el.scrollWidth > el.clientWidth + 1 : content > visible + 1 || clipper.scrollWidth > clipper.clientWidth + 1;
      if (!wider) continue;
      const style = getComputedStyle(clipper).overflowX;
      if (style !== "auto" && style !== "scroll") problems.push(`${name}: cut off by a box with overflow-x ${style}`);
      else if (clipper.localName !== "pre" && clipper.tabIndex < 0) problems.push(`${name}: scrolls in a box the keyboard cannot reach`);
      // The cue that there is more to the side (global.css: edge shadows painted as backgrounds).
      else if (!getComputedStyle(clipper).backgroundImage.includes("gradient")) problems.push(`${name}: scrolls sideways with no cue that it does`);
    }
    return problems;
  });
}
