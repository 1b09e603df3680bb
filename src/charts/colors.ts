/**
 * Chart colours as CSS custom properties, with the light-theme value as fallback so a chart
 * still reads correctly where the site stylesheet is absent (feeds, the demo page).
 * The site defines the properties with light-dark() in src/styles/global.css; README.md
 * lists them.
 */
export const colors = {
  label: "var(--chart-label, #1b1c20)",
  axis: "var(--chart-axis, #5b5d66)",
  grid: "var(--chart-grid, #e4e5e9)",
  /** Page background, used for halos behind labels and gaps between marks. */
  background: "var(--bg, #fcfcfb)",
  land: "var(--chart-land, #efefec)",
  borders: "var(--chart-borders, #b9bac2)",
  missing: "var(--chart-missing, #c92a2a)",
  seqLow: "var(--chart-seq-low, #c5d5f7)",
  seqHigh: "var(--chart-seq-high, #1d3a8a)",
  /** Categorical series, in order of use. */
  series: [
    "var(--chart-1, #3b5fc0)",
    "var(--chart-2, #d9480f)",
    "var(--chart-3, #2b8a3e)",
    "var(--chart-4, #9c36b5)",
    "var(--chart-5, #0b7285)",
    "var(--chart-6, #c2255c)",
    "var(--chart-7, #b35c00)",
    "var(--chart-8, #5c677d)",
  ],
} as const;

/** Categorical colour number `index` (0-based), cycling through the eight series colours. */
export function seriesColor(index: number): string {
  return colors.series[index % colors.series.length] ?? colors.series[0];
}

/**
 * Step `step` (0 … steps-1) of the sequential ramp between --chart-seq-low and
 * --chart-seq-high, mixed in the browser (color-mix), so the ramp follows the theme.
 */
export function sequentialColor(step: number, steps: number): string {
  const share = steps <= 1 ? 100 : Math.round((step / (steps - 1)) * 100);
  if (share <= 0) return colors.seqLow;
  if (share >= 100) return colors.seqHigh;
  return `color-mix(in oklab, ${colors.seqHigh} ${share}%, ${colors.seqLow})`;
}

/**
 * Text colour readable on {@link sequentialColor}(step, steps). The ramp runs light → dark in
 * the light theme and dark → light in the dark theme, so the low half takes the label colour
 * and the high half the page background, which are opposite in both themes.
 */
export function inkOnSequential(step: number, steps: number): string {
  return step / Math.max(1, steps - 1) < 0.5 ? colors.label : colors.background;
}
