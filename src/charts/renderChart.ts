import type { z } from "zod";
import { NO_PLACES, type ChartContext, type ChartKind, type Frame, type Row } from "./chartKind.ts";
import { serverDocument } from "./dom.ts";
import { ChartInputError, checkFields } from "./fields.ts";
import type { FigureColumn } from "./figureTable.ts";
import { charts, type ChartKindName, type ChartOptionsInput } from "./index.ts";
import { serialize } from "./serialize.ts";
import { htmlElement } from "./svg.ts";

/** A figure drawn with several charts of one kind, from the same rows. */
export interface ChartParts {
  /**
   * "panels": side by side on one shared scale (stacked in narrow containers), e.g. two
   * samples; "toggle": one at a time behind a row of buttons (all shown without JavaScript),
   * e.g. the lower and upper bound of pay.
   */
  readonly layout: "panels" | "toggle";
  /** Accessible name of the toggle's buttons (default "Show"). */
  readonly label?: string | undefined;
  readonly items: readonly ChartPart[];
}

/** One panel or toggle position: its options over the chart's own. */
export interface ChartPart {
  /** Ids derive from it: `<id>-<key>`. */
  readonly key: string;
  /** The button text, or the panel's name (prefixed to its tooltips). */
  readonly label: string;
  /** A panel's heading (default: `label`), e.g. with its sample size. */
  readonly title?: string | undefined;
  readonly options?: Readonly<Record<string, unknown>> | undefined;
}

/** What to draw: a kind, its options and, for multi-part figures, the parts. */
export interface ChartSpec<K extends ChartKindName = ChartKindName> {
  readonly kind: K;
  readonly options?: ChartOptionsInput<K> | Readonly<Record<string, unknown>> | undefined;
  readonly parts?: ChartParts | undefined;
}

/** How to draw it. */
export interface RenderOptions {
  /** The chart's id; every id it emits derives from it. */
  readonly id: string;
  /** `aria-labelledby` (default: the figure's "<id>-title <id>-desc"). */
  readonly labelledBy?: string | undefined;
  /** The DOM to build with (default: a fresh linkedom document). */
  readonly document?: Document | undefined;
  /** Places for maps and area labels (default: none). */
  readonly context?: ChartContext | undefined;
  /** Width of the wide drawing (default: the kind's). */
  readonly width?: number | undefined;
  /** Width of the phone drawing; null for none (default: the kind's). */
  readonly narrowWidth?: number | null | undefined;
}

// Panels stack on phones, so each is drawn near a phone's width and keeps its text size.
const PANEL_WIDTH = 340;

type AnyKind = ChartKind<string, z.ZodObject>;

/** The kind module of a kind name; throws naming the known kinds. */
export function chartKind(kind: string): AnyKind {
  if (!Object.hasOwn(charts, kind)) throw new ChartInputError(`kind="${kind}": no such chart kind; the kinds are ${Object.keys(charts).join(", ")}`);
  return charts[kind as ChartKindName] as unknown as AnyKind;
}

/**
 * The kind's options checked with its zod schema, defaults filled in. Unknown options and
 * wrong values throw a {@link ChartInputError} naming the option: `value: expected string`.
 */
export function parseChartOptions(kind: string, options: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const result = chartKind(kind).options.strict().safeParse(options);
  if (result.success) return result.data as Record<string, unknown>;
  const messages = result.error.issues.map((issue) => {
    if (issue.code === "unrecognized_keys") {
      const known = Object.keys(chartKind(kind).options.shape).join(", ");
      return `${issue.keys.map((k) => `"${k}"`).join(", ")} ${issue.keys.length === 1 ? "is not an option" : "are not options"} of kind "${kind}" (its options: ${known})`;
    }
    return `${issue.path.join(".") || "options"}: ${issue.message}`;
  });
  throw new ChartInputError(messages.join("; "));
}

/**
 * The rows a chart draws and its table shows: its options and the rows' fields checked,
 * then the kind's own shaping (sorting, `top`, places). Precompute writes these rows for a
 * declared figure; `<Chart kind=… of=…>` computes them at render. Throws a
 * {@link ChartInputError} naming the option at fault.
 */
export function chartRows(spec: ChartSpec, input: readonly object[], context: ChartContext = NO_PLACES): Row[] {
  const kind = chartKind(spec.kind);
  const rows = input as readonly Row[];
  const options = parseChartOptions(spec.kind, spec.options);
  checkFields(kind, rows, options);
  const shaped = kind.rows ? kind.rows(rows, options, context) : rows.slice();
  for (const part of spec.parts?.items ?? []) {
    try {
      checkFields(kind, shaped, parseChartOptions(spec.kind, { ...spec.options, ...part.options }));
    } catch (error) {
      if (error instanceof ChartInputError) throw new ChartInputError(`part "${part.key}": ${error.message}`, { cause: error });
      throw error;
    }
  }
  return shaped;
}

/** The table and download columns the kind gives for these options. */
export function chartColumns(spec: ChartSpec): FigureColumn[] {
  return chartKind(spec.kind).columns(parseChartOptions(spec.kind, spec.options));
}

/**
 * Draws a chart of rows already shaped by {@link chartRows}: the wide and narrow drawings
 * in the `div.chart` the island attaches to, or the panels or toggle of a multi-part
 * figure. Pure: the same input gives the same markup.
 */
export function renderChart(spec: ChartSpec, input: readonly object[], render: RenderOptions): HTMLElement {
  const rows = input as readonly Row[];
  const document = render.document ?? serverDocument();
  const kind = chartKind(spec.kind);
  const labelledBy = render.labelledBy ?? `${render.id}-title ${render.id}-desc`;
  const context = render.context ?? NO_PLACES;
  const base = { document, labelledBy, context, prefix: "" };
  if (!spec.parts) return drawChart(kind, rows, parseChartOptions(spec.kind, spec.options), { ...base, id: render.id }, render);

  const parts = spec.parts.items.map((part) => ({ part, options: parseChartOptions(spec.kind, { ...spec.options, ...part.options }) }));
  if (spec.parts.layout === "toggle") {
    const panels = parts.map(({ part, options }) => drawChart(kind, rows, options, { ...base, id: `${render.id}-${part.key}` }, render));
    return toggle(document, spec.parts.label ?? "Show", parts.map(({ part }) => part.label), panels);
  }
  const extent = Math.max(0, ...parts.map(({ options }) => kind.extent?.(rows, options) ?? 0));
  const panels = parts.map(({ part, options }) => {
    const titleId = `${render.id}-${part.key}`;
    const frame: Frame = { ...base, id: titleId, width: PANEL_WIDTH, narrow: false, extent, prefix: `${part.label}: `, labelledBy: `${labelledBy.split(" ")[0]} ${titleId}` };
    const { before = [], after = [] } = kind.around?.(rows, options, frame) ?? {};
    return htmlElement(document, "div", { class: "chart-panel" }, [
      htmlElement(document, "p", { class: "chart-panel-title", id: titleId }, [part.title ?? part.label]),
      ...before,
      kind.draw(rows, options, frame),
      ...after,
    ]);
  });
  return container(document, kind, render.id, [htmlElement(document, "div", { class: "chart-panels" }, panels)]);
}

/** {@link renderChart} serialised to HTML text (every text and attribute escaped), for `set:html`. */
export function renderChartToString(spec: ChartSpec, rows: readonly object[], render: RenderOptions): string {
  return serialize(renderChart(spec, rows, render));
}

function drawChart(
  kind: AnyKind,
  rows: readonly Row[],
  options: Record<string, unknown>,
  frame: Omit<Frame, "width" | "narrow">,
  render: RenderOptions,
): HTMLElement {
  const { document } = frame;
  const wideWidth = render.width ?? kind.widths.wide;
  const narrowWidth = render.narrowWidth === undefined ? kind.widths.narrow : render.narrowWidth;
  const wide = kind.draw(rows, options, { ...frame, width: wideWidth, narrow: false });
  const narrow = narrowWidth === null ? undefined : kind.draw(rows, options, { ...frame, width: narrowWidth, narrow: true });
  const { before = [], after = [] } = kind.around?.(rows, options, { ...frame, width: wideWidth, narrow: false }) ?? {};
  const body = narrow
    ? [htmlElement(document, "div", { class: "chart-wide" }, [wide]), htmlElement(document, "div", { class: "chart-narrow" }, [narrow])]
    : [wide];
  return container(document, kind, frame.id, [...before, ...body, ...after]);
}

/**
 * The `div.chart` every chart is: the element the island script attaches to
 * (`data-island`) and the CSS size container. With a narrow drawing, charts.css shows the
 * wide one in containers of 560 px and more and the narrow one below, so text keeps its
 * designed size on phones instead of shrinking with the SVG.
 */
function container(document: Document, kind: AnyKind, id: string, children: Node[]): HTMLElement {
  return htmlElement(document, "div", { class: `chart chart-${kind.kind}-wrap`, id: `${id}-chart`, "data-island": (kind.islands ?? ["marks"]).join(" ") || undefined }, children);
}

/**
 * Buttons that show one chart at a time (islands/toggle.ts). Every chart is drawn at build;
 * without JavaScript the buttons stay hidden and all charts show, one after the other.
 */
function toggle(document: Document, label: string, labels: readonly string[], panels: readonly HTMLElement[]): HTMLElement {
  const buttons = labels.map((text, index) =>
    htmlElement(document, "button", { type: "button", "aria-pressed": index === 0 ? "true" : "false", "data-index": String(index) }, [text]),
  );
  return htmlElement(document, "div", { class: "chart-toggle", "data-chart-toggle": "" }, [
    htmlElement(document, "div", { class: "chart-toggle-buttons", role: "group", "aria-label": label }, buttons),
    htmlElement(document, "div", { class: "chart-toggle-panels" }, panels),
  ]);
}
