import type { AnalysisData, AnalysisName } from "../analysis/registry.ts";
import type { ChartContext, Row } from "./chartKind.ts";
import type { FigureColumn } from "./figureTable.ts";
import type { ChartSpec } from "./renderChart.ts";

/** What a figure spec's functions may read besides its own analysis. */
export interface FigureContext {
  /** Another analysis's result, or undefined when its dataset is not configured. */
  readonly analysis: <M extends AnalysisName>(name: M) => AnalysisData<M> | undefined;
  /** Places and searched areas, for maps and area labels. */
  readonly chart: ChartContext;
}

/** A value of a spec, or the function of the analysis's data that computes it at precompute. */
type Computed<N extends AnalysisName, T> = T | ((data: AnalysisData<N>, context: FigureContext) => T);

/**
 * A figure: a chart of one analysis, declared beside the analysis (src/analysis/figures/)
 * and computed by precompute, which writes its rows, its chart and its downloads
 * (src/pipeline/figureFiles.ts). A post draws it with `<Chart id="…" />`.
 */
export interface FigureSpec<N extends AnalysisName = AnalysisName, I extends string = string> {
  /** The figure's id: `<Chart id>`, the anchor of its `<figure>`, the name of its downloads. */
  readonly id: I;
  /** The analysis it shows (its code fold, and what its rows come from). Not computed (its dataset is not configured): no figure. */
  readonly analysis: N;
  readonly title: Computed<N, string>;
  /** One line under the title: what is drawn and how to read it. */
  readonly description: Computed<N, string>;
  /** The rows drawn, shown in the table and downloaded, from the analysis's result. */
  readonly rows: (data: AnalysisData<N>, context: FigureContext) => readonly object[];
  /** The chart: its kind, options and, for multi-part figures, panels or a toggle. */
  readonly chart: Computed<N, ChartSpec>;
  /** The table and download columns (default: the chart kind's). */
  readonly columns?: Computed<N, readonly FigureColumn[]> | undefined;
  /** Show the rows as a table in a fold (default true; false when the chart is a table). */
  readonly table?: boolean | undefined;
  /** The fold's summary (default "Show the data as a table"). */
  readonly tableLabel?: string | undefined;
}

/** Declares a figure (keeps its id's literal type and the analysis's data type for `rows` and the computed fields). */
export function defineFigure<const I extends string, N extends AnalysisName>(spec: FigureSpec<N, I>): FigureSpec<N, I> {
  return spec;
}

/**
 * `figures/<id>.json`, as precompute writes it and the site reads it: everything
 * `<Chart id>` draws, with the rows already shaped by the chart kind (chartRows).
 */
export interface FigureFile {
  readonly id: string;
  readonly analysis: AnalysisName;
  readonly title: string;
  readonly description: string;
  readonly chart: ChartSpec;
  readonly columns: readonly FigureColumn[];
  readonly rows: readonly Row[];
  readonly table: boolean;
  readonly tableLabel: string;
}
