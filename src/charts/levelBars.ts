import { drawBars, type BarRow } from "./bars.ts";
import { colors } from "./colors.ts";
import { chartContainer } from "./container.ts";
import { serverDocument } from "./dom.ts";
import { formatNumber } from "../lib/formatNumber.ts";
import type { ChartOptions } from "./options.ts";
import { serialize } from "./serialize.ts";
import { htmlElement } from "./svg.ts";
import { compareText } from "../lib/compareText.ts";

/** Postings at one LinkedIn seniority level, e.g. { level: "entry level", count: 619 }. */
export interface LevelCount {
  level: string;
  count: number;
}

/** Level counts of the two samples compared. */
export interface LevelBarsData {
  backend: readonly LevelCount[];
  dataScientist: readonly LevelCount[];
}

/** Options of {@link render}. */
export interface LevelBarsOptions extends ChartOptions {
  /** Panel headings (default "Backend engineering" and "Data science"); the sample size is appended. */
  titles?: { backend: string; dataScientist: string };
}

// LinkedIn's seniority ladder; levels not listed here follow, by count.
const LADDER = ["internship", "entry level", "associate", "mid-senior level", "director", "executive", "not applicable"];
// Drawn near a phone's width, so stacked panels keep their text size on phones.
const PANEL_WIDTH = 340;

/**
 * Two bar charts side by side (stacked in narrow containers): the share of each sample's
 * postings at each seniority level, with "share (count)" written on each bar. Both panels
 * list the same levels in the same order and share the x scale, so bars compare directly
 * even though the samples differ in size.
 */
export function render(data: LevelBarsData, options: LevelBarsOptions): HTMLElement {
  const document = options.document ?? serverDocument();
  const titles = options.titles ?? { backend: "Backend engineering", dataScientist: "Data science" };
  const levels = levelOrder([...data.backend, ...data.dataScientist]);
  const panels = [
    { key: "backend", title: titles.backend, counts: data.backend, fill: colors.series[0] },
    { key: "data-scientist", title: titles.dataScientist, counts: data.dataScientist, fill: colors.series[1] },
  ].map((panel) => {
    const total = panel.counts.reduce((sum, d) => sum + d.count, 0);
    const countOf = new Map<string, number>();
    for (const d of panel.counts) countOf.set(d.level, (countOf.get(d.level) ?? 0) + d.count);
    const rows: BarRow[] = levels.map((level) => {
      const count = countOf.get(level) ?? 0;
      const share = total > 0 ? count / total : 0;
      const text = `${formatNumber(share, "pct0")} (${formatNumber(count)})`;
      return {
        key: level,
        label: sentenceCase(level),
        value: share,
        valueText: text,
        tip: `${panel.title}\n${sentenceCase(level)}: ${formatNumber(count)} of ${formatNumber(total)} postings (${formatNumber(share, "pct0")})`,
        data: { label: `${panel.title}: ${sentenceCase(level)}`, value: `${formatNumber(count)} postings`, n: `${formatNumber(share, "pct0")} of ${formatNumber(total)}` },
      };
    });
    return { ...panel, total, rows };
  });
  const xMax = Math.max(0, ...panels.flatMap((p) => p.rows.map((r) => r.value)));
  const panelElements = panels.map((panel) => {
    const titleId = `${options.id}-${panel.key}`;
    const svg = drawBars(panel.rows, {
      ...options,
      document,
      width: PANEL_WIDTH,
      kind: "level-bars",
      xMax,
      fill: panel.fill,
      labelledBy: `${options.labelledBy ?? `${options.id}-title`} ${titleId}`,
    });
    return htmlElement(document, "div", { class: "chart-panel" }, [
      htmlElement(document, "p", { class: "chart-panel-title", id: titleId }, [`${panel.title} (${formatNumber(panel.total)} postings)`]),
      svg,
    ]);
  });
  return chartContainer(document, { id: options.id, kind: "level-bars", wide: htmlElement(document, "div", { class: "chart-panels" }, panelElements) });
}

/** {@link render} serialised to an HTML string, for `set:html` in the Astro wrapper. */
export function renderToString(data: LevelBarsData, options: LevelBarsOptions): string {
  return serialize(render(data, options));
}

function levelOrder(counts: readonly LevelCount[]): string[] {
  const totals = new Map<string, number>();
  for (const d of counts) totals.set(d.level, (totals.get(d.level) ?? 0) + d.count);
  const known = LADDER.filter((level) => totals.has(level));
  const others = [...totals.keys()].filter((level) => !LADDER.includes(level)).sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || compareText(a, b));
  return [...known, ...others];
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
