/**
 * Island for the word cloud (wordCloud.ts): once the cloud nears the screen, redraws each
 * of its static SVG renderings with wordcloud2.js on a canvas of the same box, with a
 * tooltip naming the word and its count. The SVG stays in the DOM, hidden, and comes back
 * if wordcloud2 cannot run; the ranked list after the cloud remains the accessible form,
 * so the canvas is aria-hidden.
 */
import { formatNumber } from "../../lib/formatNumber.ts";

/** What the cloud's ranked list holds: each name with its count, and the noun for counts. */
interface CloudData {
  unit: string;
  words: [name: string, count: number][];
}

/** The part of wordcloud2.js's options this island uses (the package ships no types). */
interface WordCloudSettings {
  list: [name: string, weight: number, color: string][];
  fontFamily: string;
  fontWeight: string;
  weightFactor: (weight: number) => number;
  /** A word that finds no room is tried again at 3/4 of its weight, until its font is at most minSize (then left out). */
  shrinkToFit: boolean;
  minSize: number;
  color: (word: string, weight: number, fontSize: number, distance: number, theta: number, extra: [string]) => string;
  backgroundColor: string;
  gridSize: number;
  ellipticity: number;
  shuffle: boolean;
  rotateRatio: number;
  wait: number;
  hover: (item: [string, number, string] | undefined, dimension: unknown, event: MouseEvent) => void;
  /** Called for a click or tap on a word only. */
  click: (item: [string, number, string], dimension: unknown, event: MouseEvent) => void;
}

type WordCloudFunction = ((canvas: HTMLCanvasElement, settings: WordCloudSettings) => void) & { isSupported: boolean };

/** A word as the SVG draws it: its size in viewBox units and its colour as a CSS value. */
interface SvgWord {
  name: string;
  count: number;
  size: number;
  fill: string;
}

let library: Promise<WordCloudFunction> | undefined;
let tooltip: HTMLElement | undefined;

/** Replaces the SVG clouds inside `root` (the cloud's `div.chart`) with canvases; safe to call twice. */
export function enhance(root: Element): void {
  if (!(root instanceof HTMLElement) || root.dataset["wordCloud"] !== undefined) return;
  root.dataset["wordCloud"] = "loading";
  const data = readData(root);
  if (!data) {
    root.dataset["wordCloud"] = "static";
    return;
  }
  // wordcloud2 (about 4.5 kB gzipped) is needed by this chart alone: it loads now, not with the page.
  // @ts-expect-error -- wordcloud ships no type declarations; WordCloudFunction describes what is used.
  library ??= import("wordcloud").then((module: { default: WordCloudFunction }) => module.default);
  library
    .then((WordCloud) => {
      if (!WordCloud.isSupported) throw new Error("no canvas");
      const counts = new Map(data.words);
      // If drawing one rendering throws, wordcloud2 cannot work here: every SVG comes back.
      const restorers: (() => void)[] = [];
      const fail = () => {
        for (const restore of restorers) restore();
        root.dataset["wordCloud"] = "static";
      };
      for (const svg of root.querySelectorAll<SVGSVGElement>("svg[data-chart='word-cloud']")) {
        const restore = replaceWithCanvas(svg, WordCloud, counts, data.unit, fail);
        if (restore) restorers.push(restore);
      }
      root.dataset["wordCloud"] = "canvas";
    })
    .catch(() => {
      root.dataset["wordCloud"] = "static";
      // No library or no canvas support: the static SVG is a complete cloud on its own.
    });
}

/**
 * Font size (in the SVG's viewBox units) for a count, as wordCloud.ts sizes words: √count
 * mapped linearly onto the range between the smallest and largest font size drawn, so the
 * canvas keeps the build's "ink area tracks the count".
 */
export function fontSizer(counts: readonly number[], [smallest, largest]: readonly [number, number]): (count: number) => number {
  const roots = counts.map(Math.sqrt);
  const lo = Math.min(...roots);
  const hi = Math.max(...roots);
  return (count) => (hi > lo ? smallest + ((Math.sqrt(count) - lo) / (hi - lo)) * (largest - smallest) : (smallest + largest) / 2);
}

// The ranked list under the cloud is the data: <li data-count="12"><bdi>Name</bdi> (12)</li>.
function readData(root: Element): CloudData | undefined {
  const list = root.querySelector<HTMLElement>(".chart-list");
  const words = Array.from(root.querySelectorAll(".chart-list li[data-count]")).flatMap((li): [string, number][] => {
    const name = li.querySelector("bdi")?.textContent;
    const count = Number(li.getAttribute("data-count"));
    return name === null || name === undefined || !Number.isFinite(count) ? [] : [[name, count]];
  });
  return list && words.length > 0 ? { unit: list.dataset["unit"] ?? "", words } : undefined;
}

function svgWords(svg: SVGSVGElement, counts: ReadonlyMap<string, number>): SvgWord[] {
  const words: SvgWord[] = [];
  for (const text of svg.querySelectorAll<SVGTextElement>("text")) {
    // The word is the first text node: marks.ts may have removed the <title> after it, or not yet.
    const name = text.firstChild?.nodeType === Node.TEXT_NODE ? (text.firstChild.nodeValue ?? "") : "";
    const count = counts.get(name);
    if (count === undefined) continue;
    words.push({ name, count, size: Number(text.getAttribute("font-size")), fill: text.style.fill });
  }
  return words;
}

// Puts a canvas in place of `svg` and draws it whenever it shows or its size or the theme
// changes. Returns what puts the SVG back (undefined if the SVG has no words to redraw).
function replaceWithCanvas(
  svg: SVGSVGElement,
  WordCloud: WordCloudFunction,
  counts: ReadonlyMap<string, number>,
  unit: string,
  fail: () => void,
): (() => void) | undefined {
  const words = svgWords(svg, counts);
  const countOf = new Map(words.map((word) => [word.name, word.count]));
  const countLine = (count: number) => (unit ? `${formatNumber(count)} ${unit}` : formatNumber(count));
  const { width: viewWidth, height: viewHeight } = svg.viewBox.baseVal;
  if (words.length === 0 || viewWidth === 0 || viewHeight === 0) return undefined;
  const sizes = words.map((word) => word.size);
  const sizeOf = fontSizer(
    words.map((word) => word.count),
    [Math.min(...sizes), Math.max(...sizes)],
  );
  const { fontFamily, fontWeight } = getComputedStyle(svg);

  // Same box as the SVG: both are width 100%, the same max-width and the viewBox's ratio.
  const canvas = document.createElement("canvas");
  canvas.className = "chart-word-cloud-canvas";
  canvas.setAttribute("aria-hidden", "true");
  canvas.style.aspectRatio = `${viewWidth} / ${viewHeight}`;
  canvas.style.maxWidth = svg.style.maxWidth;
  svg.after(canvas);
  svg.classList.add("is-replaced");

  const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");
  const scheme = matchMedia("(prefers-color-scheme: dark)");
  const themeChange = () => draw(false);
  const themeObserver = new MutationObserver(themeChange);
  // eslint-disable-next-line prefer-const -- assigned once below, after restore() that uses it is defined
  let resize: ResizeObserver | undefined;
  const restore = () => {
    resize?.disconnect();
    themeObserver.disconnect();
    scheme.removeEventListener("change", themeChange);
    canvas.remove();
    svg.classList.remove("is-replaced");
  };
  let drawnWidth = 0;
  let drawnTheme = "";
  const draw = (animate: boolean) => {
    const cssWidth = canvas.getBoundingClientRect().width;
    // Zero while this rendering is the one the container query hides (wide vs narrow).
    if (cssWidth === 0) return;
    const theme = themeKey();
    if (Math.round(cssWidth) === drawnWidth && theme === drawnTheme) return;
    drawnWidth = Math.round(cssWidth);
    drawnTheme = theme;
    // Drawn in device pixels so text is sharp; wordcloud2 maps the pointer back itself.
    const ratio = window.devicePixelRatio || 1;
    const scale = (cssWidth / viewWidth) * ratio;
    canvas.width = Math.round(cssWidth * ratio);
    canvas.height = Math.round((cssWidth * ratio * viewHeight) / viewWidth);
    const colorOf = resolveColors(canvas, words);
    delete canvas.dataset["wordsDrawn"];
    try {
      WordCloud(canvas, {
        // Each word's weight is its font size in canvas pixels, so that shrinkToFit (a word
        // with no room is tried again at 3/4 of its size, down to minSize) shrinks the font
        // itself: without it wordcloud2 left out the names that found no room, on a phone
        // the largest one (a 17-letter top name is wider than a 328 px canvas at its size).
        list: words.map((word) => [word.name, sizeOf(word.count) * scale, colorOf.get(word.fill) ?? "gray"]),
        fontFamily,
        fontWeight,
        weightFactor: (size) => size,
        shrinkToFit: true,
        minSize: 7 * ratio,
        color: (_word, _weight, _size, _distance, _theta, [color]) => color,
        backgroundColor: "rgba(0, 0, 0, 0)",
        gridSize: Math.max(4, Math.round(5 * scale)),
        ellipticity: viewHeight / viewWidth,
        // No shuffling and no rotation: wordcloud2 then never calls Math.random, so every
        // draw (resize, theme change) puts each word where it was, horizontal like the SVG.
        shuffle: false,
        rotateRatio: 0,
        wait: animate && !reducedMotion.matches ? 12 : 0,
        hover: (item, _dimension, event) => (item ? showTip(item[0], countLine(countOf.get(item[0]) ?? 0), event) : hideTip()),
        // A finger has no hover: a tap on a word shows its tooltip.
        click: (item, _dimension, event) => showTip(item[0], countLine(countOf.get(item[0]) ?? 0), event),
      });
    } catch {
      fail();
    }
  };

  // Lifting a finger fires pointerleave at once: a tapped word's tooltip stays until a tap
  // elsewhere on the page.
  canvas.addEventListener("pointerleave", (event) => {
    if (event.pointerType !== "touch") hideTip();
  });
  document.addEventListener("pointerdown", (event) => {
    if (event.target !== canvas && event.pointerType === "touch") hideTip();
  });
  // How many words fitted, once a drawing is complete: for tests and for anyone debugging.
  let placed = 0;
  canvas.addEventListener("wordcloudstart", () => (placed = 0));
  canvas.addEventListener("wordclouddrawn", (event) => (placed += (event as CustomEvent<{ drawn: boolean }>).detail.drawn ? 1 : 0));
  canvas.addEventListener("wordcloudstop", () => (canvas.dataset["wordsDrawn"] = String(placed)));
  // Fires once at the start, then whenever the box changes size or this rendering shows.
  resize = new ResizeObserver(() => draw(drawnWidth === 0));
  resize.observe(canvas);
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  scheme.addEventListener("change", themeChange);
  return restore;
}

// What decides the colours: the reader's toggle, else the system preference.
function themeKey(): string {
  return `${document.documentElement.dataset["theme"] ?? ""}/${matchMedia("(prefers-color-scheme: dark)").matches}`;
}

// The SVG's fills are var(--chart-N, fallback) whose values use light-dark(): a canvas takes
// neither, so each is resolved to rgb() by a probe inheriting the page's colour scheme.
function resolveColors(host: Element, words: readonly SvgWord[]): Map<string, string> {
  const probe = document.createElement("span");
  probe.hidden = true;
  host.parentElement?.append(probe);
  const colors = new Map<string, string>();
  for (const { fill } of words) {
    if (colors.has(fill)) continue;
    probe.style.color = "";
    probe.style.color = fill;
    colors.set(fill, getComputedStyle(probe).color);
  }
  probe.remove();
  return colors;
}

// The same look as the other charts' tooltip (charts.css .chart-tooltip). Text goes in with
// textContent: a company name never becomes markup.
function showTip(title: string, line: string, event: MouseEvent): void {
  if (!tooltip) {
    tooltip = document.createElement("div");
    tooltip.className = "chart-tooltip";
    document.body.append(tooltip);
  }
  const strong = document.createElement("strong");
  strong.textContent = title;
  const div = document.createElement("div");
  div.textContent = line;
  tooltip.replaceChildren(strong, div);
  tooltip.hidden = false;
  const { width, height } = tooltip.getBoundingClientRect();
  const x = Math.min(event.clientX + 12, document.documentElement.clientWidth - width - 4);
  const y = event.clientY + 12 + height > window.innerHeight ? event.clientY - height - 12 : event.clientY + 12;
  tooltip.style.left = `${Math.max(4, x) + window.scrollX}px`;
  tooltip.style.top = `${Math.max(4, y) + window.scrollY}px`;
}

function hideTip(): void {
  if (tooltip) tooltip.hidden = true;
}
