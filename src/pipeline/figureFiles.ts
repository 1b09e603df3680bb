import type { AnalysisName } from "../analysis/registry.ts";
import { figures, type FigureId } from "../analysis/figures/index.ts";
import type { ChartContext, ChartPlace } from "../charts/chartKind.ts";
import type { FigureContext, FigureFile, FigureSpec } from "../charts/defineFigure.ts";
import { ChartInputError } from "../charts/fields.ts";
import { chartColumns, chartRows, type ChartSpec } from "../charts/renderChart.ts";
import { figureDownload, figureJson } from "../downloads/figureDownload.ts";
import { output, type Output } from "./outputs.ts";

/**
 * The files precompute writes for the declared figures (src/analysis/figures): per figure
 * `figures/<id>.json` (a {@link FigureFile}: what `<Chart id>` draws) and its downloads
 * `downloads/<id>.csv` and `downloads/<id>.json`, from the same shaped rows. A figure whose
 * analysis was not computed (its dataset is not configured), or whose rows are empty in
 * this data, is left out. A spec that does
 * not fit its chart kind throws, naming the figure and the option.
 */
export function figureFiles(analysis: (name: AnalysisName) => unknown, places: ReadonlyMap<string, ChartPlace>): Output[] {
  const counts = analysis("countByArea") as readonly { area: string }[] | undefined;
  const chart: ChartContext = { place: (area) => places.get(area), areas: (counts ?? []).map((c) => c.area) };
  const context: FigureContext = { analysis: analysis as FigureContext["analysis"], chart };
  return Object.values(figures).flatMap((spec) => {
    const data = analysis(spec.analysis);
    if (data === undefined) return [];
    const file = buildFigure(spec, data, context);
    // Nothing to draw in this data (no salaried posting, say): no figure, and <Chart> leaves it out.
    if (file.rows.length === 0) return [];
    const id = spec.id as FigureId;
    return [
      output(`figures/${id}.json`, file),
      output(`downloads/${id}.csv`, figureDownload(id, file, "csv").body),
      output(`downloads/${id}.json`, figureJson(id, file)),
    ];
  });
}

/** One figure computed from its analysis's result: its chart checked, its rows shaped. */
export function buildFigure(spec: FigureSpec, data: unknown, context: FigureContext): FigureFile {
  const computed = <T>(value: T | ((data: never, context: FigureContext) => T)): T =>
    typeof value === "function" ? (value as (data: unknown, context: FigureContext) => T)(data, context) : value;
  const where = `figure "${spec.id}" (src/analysis/figures)`;
  try {
    const chart: ChartSpec = computed(spec.chart);
    const rows = chartRows(chart, spec.rows(data as never, context), context.chart);
    const columns = spec.columns === undefined ? chartColumns(chart) : computed(spec.columns);
    const missing = columns.filter((c) => rows.length > 0 && !rows.some((row) => Object.hasOwn(row, c.key)));
    if (missing.length > 0) throw new ChartInputError(`columns: no row has ${missing.map((c) => `"${c.key}"`).join(", ")}; the rows have ${Object.keys(rows[0] ?? {}).join(", ")}`);
    return {
      id: spec.id,
      analysis: spec.analysis,
      title: computed(spec.title),
      description: computed(spec.description),
      chart,
      columns,
      rows,
      table: spec.table ?? true,
      tableLabel: spec.tableLabel ?? "Show the data as a table",
    };
  } catch (error) {
    if (error instanceof ChartInputError) throw new ChartInputError(`${where}: ${error.message}`, { cause: error });
    throw error;
  }
}
