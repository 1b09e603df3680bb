/** Options every chart's `render` accepts. */
export interface ChartOptions {
  /**
   * Id of the chart's figure. Every id a chart emits derives from it, so output is
   * deterministic and several charts can share a page.
   */
  id: string;
  /** Width in px of the drawing (the SVG viewBox); the SVG then scales to its container. */
  width?: number;
  /**
   * Ids (space-separated) of the elements naming and describing the chart; defaults to
   * the title and description that Figure.astro renders: "<id>-title <id>-desc".
   */
  labelledBy?: string;
  /** The DOM to build with: linkedom at build time and in tests, `window.document` in a browser. */
  document?: Document;
}

/** The `aria-labelledby` value for a chart: the caller's, or Figure.astro's title and description. */
export function labelledBy(options: ChartOptions): string {
  return options.labelledBy ?? `${options.id}-title ${options.id}-desc`;
}
