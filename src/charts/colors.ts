import { paletteVar } from "../styles/palette.ts";

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
  /** Categorical series, in order of use. */
  series: [
    paletteVar("chart-1"),
    paletteVar("chart-2"),
    paletteVar("chart-3"),
    paletteVar("chart-4"),
    paletteVar("chart-5"),
    paletteVar("chart-6"),
    paletteVar("chart-7"),
    paletteVar("chart-8"),
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
