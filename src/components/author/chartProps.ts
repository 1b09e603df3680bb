import { z } from "zod";
import { analyses, type AnalysisName } from "../../analysis/registry.ts";
import { figureIds, type FigureId } from "../../analysis/figures/index.ts";
import { chartKindNames, type ChartKindName } from "../../charts/index.ts";
import { ChartInputError } from "../../charts/fields.ts";
import { parseChartOptions } from "../../charts/renderChart.ts";

/** `<Chart id="pay" />`: a declared figure (src/analysis/figures). */
export const declaredChartProps = z.strictObject({
  id: z.enum(figureIds as [FigureId, ...FigureId[]]).describe("a declared figure (src/analysis/figures/index.ts)"),
});

/**
 * The figure props of `<Chart kind=… />` (an ad-hoc chart); every other prop is an option
 * of the kind, checked with its schema (`charts[kind].options`).
 */
export const adHocFrameProps = z.object({
  kind: z.enum(chartKindNames as [ChartKindName, ...ChartKindName[]]).describe("the chart kind (src/charts/index.ts)"),
  of: z.enum(Object.keys(analyses) as [AnalysisName, ...AnalysisName[]]).optional().describe("a registered analysis (src/analysis/registry.ts)"),
  path: z.string().default("").describe("where the list is inside the analysis: areas, byFlag[flag=remote].modes"),
  data: z.array(z.record(z.string(), z.unknown())).optional().describe("inline rows instead of an analysis"),
  title: z.string().min(1),
  description: z.string().min(1).describe("one line under the title: what is drawn and how to read it"),
  id: z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, "an id is letters, digits and hyphens, starting with a letter").optional().describe("default: the kind and the title"),
  table: z.boolean().default(true).describe("show the rows as a table in a fold"),
  tableLabel: z.string().default("Show the data as a table"),
});

/** What `<Chart>` was asked to draw, its props checked. */
export type ChartRequest =
  | { readonly declared: FigureId }
  | { readonly frame: z.output<typeof adHocFrameProps>; readonly options: Record<string, unknown> };

const FRAME_KEYS = new Set(Object.keys(adHocFrameProps.shape));

/** The tag as an author wrote it, for messages: `<Chart kind="bars" of="skills">`. */
export function chartTag(props: Readonly<Record<string, unknown>>): string {
  const shown = ["id", "kind", "of", "path"].filter((k) => typeof props[k] === "string").map((k) => `${k}="${String(props[k])}"`);
  return `<Chart${shown.length ? ` ${shown.join(" ")}` : ""}>`;
}

/**
 * Checks `<Chart>`'s props: either `id` alone (a declared figure), or `kind` with the
 * figure props and the kind's options. Throws a {@link ChartInputError} that names the tag
 * and the prop at fault ("`<Chart kind="bars" of="skills">`: "valu" is not an option of
 * kind "bars" (its options: …)"). The post validator can call it with a post's literal
 * props to fail at the post's line.
 */
export function parseChartProps(props: Readonly<Record<string, unknown>>): ChartRequest {
  const fail = (message: string): never => {
    throw new ChartInputError(`${chartTag(props)}: ${message}`);
  };
  const issues = (error: z.ZodError) => error.issues.map((i) => `${i.path.join(".") || "props"}: ${i.message}`).join("; ");
  if (props["kind"] === undefined) {
    if (props["id"] === undefined) fail('give id="…" (a declared figure) or kind="…" (an ad-hoc chart)');
    const result = declaredChartProps.safeParse(props);
    if (!result.success) {
      const unknown = result.error.issues.find((i) => i.code === "unrecognized_keys");
      fail(unknown ? `a declared figure takes only id (got ${(unknown as { keys: string[] }).keys.join(", ")}); its options are in its spec` : `id: no declared figure "${String(props["id"])}"; the figures are ${figureIds.join(", ")}`);
    }
    return { declared: result.data!.id };
  }
  const frameInput = Object.fromEntries(Object.entries(props).filter(([k]) => FRAME_KEYS.has(k)));
  const frame = adHocFrameProps.safeParse(frameInput);
  if (!frame.success) fail(issues(frame.error));
  if (frame.data!.of === undefined && frame.data!.data === undefined) fail('give of="analysis" (with path) or data={[…]}');
  const options = Object.fromEntries(Object.entries(props).filter(([k]) => !FRAME_KEYS.has(k)));
  try {
    parseChartOptions(frame.data!.kind, options);
  } catch (error) {
    if (error instanceof ChartInputError) fail(error.message);
    throw error;
  }
  return { frame: frame.data!, options };
}
