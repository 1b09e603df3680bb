import { paletteVar, SERIES_COLORS } from "../styles/palette.ts";

/**
 * Chart colours as CSS custom properties with the light-theme value as fallback, so a chart
 * still reads correctly where the site stylesheet is absent (feeds, a saved SVG). Both come
 * from src/styles/palette.ts; README.md lists what each is used for.
 */
export const colors = {
  label: paletteVar("chart-label"),
  axis: paletteVar("chart-axis"),
  grid: paletteVar("chart-grid"),
  /** Page background, used for halos behind labels and gaps between marks. */
  background: paletteVar("bg"),
  land: paletteVar("chart-land"),
  borders: paletteVar("chart-borders"),
  missing: paletteVar("chart-missing"),
  seqLow: paletteVar("chart-seq-low"),
  seqHigh: paletteVar("chart-seq-high"),
  /** Categorical series, in order of use: the palette's chart-1, chart-2, … (add one there). */
  series: SERIES_COLORS.map(paletteVar),
} as const;

/** Categorical colour number `index` (0-based), cycling through the series colours. */
export function seriesColor(index: number): string {
  return colors.series[index % colors.series.length] ?? colors.series[0]!;
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
 * Text colour readable on every step of {@link sequentialColor}: the page background, in both
 * themes. The ramp's every step keeps 4.5:1 against the background (src/styles/palette.ts), so
 * one ink serves every step; a lighter low end would leave a middle step that neither the
 * text colour nor the background reads on.
 */
export function inkOnSequential(): string {
  return colors.background;
}
