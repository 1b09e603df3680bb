import { NO_PLACES, type ChartContext } from "../../src/charts/chartKind.ts";
import { chartRows, renderChart, renderChartToString, type ChartSpec, type RenderOptions } from "../../src/charts/renderChart.ts";

/**
 * A chart as a post draws it: the spec's options checked and the rows shaped (chartRows),
 * then drawn (renderChart) with the given id and drawing options.
 */
export function drawChart(spec: ChartSpec, rows: readonly object[], render: RenderOptions, context: ChartContext = NO_PLACES): HTMLElement {
  return renderChart(spec, chartRows(spec, rows, context), { context, ...render });
}

/** {@link drawChart} serialised, as the page gets it. */
export function drawChartToString(spec: ChartSpec, rows: readonly object[], render: RenderOptions, context: ChartContext = NO_PLACES): string {
  return renderChartToString(spec, chartRows(spec, rows, context), { context, ...render });
}
