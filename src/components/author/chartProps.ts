import { z } from "zod";
import { analyses, type AnalysisName } from "../../analysis/registry.ts";
import { figureIds, type FigureId } from "../../analysis/figures/index.ts";
import { chartKindNames, charts, type ChartKindName } from "../../charts/index.ts";
import { ChartInputError } from "../../charts/fields.ts";
import { parseChartOptions } from "../../charts/renderChart.ts";
import { nearest } from "../../lib/nearest.ts";

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

const didYouMean = (word: string, options: Iterable<string>) => {
  const guess = nearest(word, options);
  return guess === undefined ? "" : ` Did you mean ${guess}?`;
};

/** What a post validator knows of a `<Chart>` tag besides its literal props. */
export interface ChartPropsContext {
  /** Props whose value is code (`data={[…]}`, `top={n * 2}`): their names are checked, not their values. */
  readonly dynamic?: readonly string[];
  /** The declared figure ids (default: src/analysis/figures/index.ts). */
  readonly figures?: readonly string[];
  /** Skip the check of `of` (the caller checks it against its own registry). */
  readonly skipOf?: boolean;
}

/**
 * Every problem with `<Chart>`'s props, as messages that name the tag, the prop and what
 * to write instead (the nearest figure id, kind or option: "Did you mean value?"). Empty
 * when the props are good. The post validator (src/authoring/checkPost.ts) calls it with a
 * post's literal props, so a wrong prop fails at the post's line before anything renders;
 * {@link parseChartProps} calls it at render.
 */
export function chartPropsProblems(props: Readonly<Record<string, unknown>>, context: ChartPropsContext = {}): string[] {
  const dynamic = new Set(context.dynamic ?? []);
  const ids = context.figures ?? figureIds;
  const tag = chartTag(props);
  const given = [...Object.keys(props), ...dynamic];
  if (props["kind"] === undefined && !dynamic.has("kind")) {
    const id = props["id"];
    if (id === undefined && !dynamic.has("id")) return [`${tag}: give id="…" (a declared figure: ${ids.join(", ")}) or kind="…" (an ad-hoc chart: ${chartKindNames.join(", ")})`];
    const problems: string[] = [];
    if (typeof id === "string" && !ids.includes(id)) {
      problems.push(`${tag}: id="${id}": no declared figure of that id.${didYouMean(id, ids)} (declared in src/analysis/figures/index.ts: ${ids.join(", ")}; an ad-hoc chart needs kind="…")`);
    } else if (id !== undefined && typeof id !== "string") {
      problems.push(`${tag}: id must be text (a declared figure's id)`);
    }
    const others = given.filter((k) => k !== "id");
    if (others.length > 0) {
      problems.push(`${tag}: a declared figure takes only id (got ${others.join(", ")}); its options are in its spec (src/analysis/figures/). For an ad-hoc chart give kind="…".`);
    }
    return problems;
  }
  const kind = props["kind"];
  if (typeof kind !== "string") return dynamic.has("kind") ? [] : [`${tag}: kind must be text (one of ${chartKindNames.join(", ")})`];
  if (!Object.hasOwn(charts, kind)) {
    return [`${tag}: kind="${kind}": no such chart kind.${didYouMean(kind, chartKindNames)} (the kinds: ${chartKindNames.join(", ")}, in src/charts/index.ts)`];
  }
  const chart = charts[kind as ChartKindName];
  const optionNames = Object.keys(chart.options.shape);
  const known = [...FRAME_KEYS, ...optionNames];
  const problems: string[] = [];
  for (const key of given) {
    if (!FRAME_KEYS.has(key) && !optionNames.includes(key)) {
      problems.push(`${tag}: "${key}" is not a prop of a "${kind}" chart.${didYouMean(key, known)} (its options: ${optionNames.join(", ")}; every chart takes ${[...FRAME_KEYS].join(", ")})`);
    }
  }
  // Values: the literal ones, with the frame's and the kind's schemas (a prop given as code is only named).
  // The props that would take this text, for "did you mean value="remote"?" after values="remote".
  const takesText = (text: string) => known.filter((name) => {
    const schema = (FRAME_KEYS.has(name) ? adHocFrameProps.shape : chart.options.shape)[name as never] as z.ZodType | undefined;
    return schema?.safeParse(text).success === true;
  });
  const relevant = (issue: z.ZodError["issues"][number]) => issue.code !== "unrecognized_keys" && !(typeof issue.path[0] === "string" && (dynamic.has(issue.path[0]) || (context.skipOf && issue.path[0] === "of")));
  const frameInput = Object.fromEntries(Object.entries(props).filter(([k]) => FRAME_KEYS.has(k)));
  const frame = adHocFrameProps.safeParse(frameInput);
  if (!frame.success) {
    for (const issue of frame.error.issues.filter(relevant)) problems.push(`${tag}: ${issue.path.join(".") || "props"}: ${issue.message}${inBraces(issue, props, takesText)}`);
  } else if (frame.data.of === undefined && frame.data.data === undefined && !dynamic.has("data") && !dynamic.has("of")) {
    problems.push(`${tag}: give of="analysis" (with path) or data={[…]}`);
  }
  const optionInput = Object.fromEntries(Object.entries(props).filter(([k]) => optionNames.includes(k)));
  const options = chart.options.safeParse(optionInput);
  if (!options.success) {
    for (const issue of options.error.issues.filter(relevant)) problems.push(`${tag}: ${issue.path.join(".") || "options"}: ${issue.message}${inBraces(issue, props, takesText)}`);
  }
  return problems;
}

/**
 * What to write when a number or true/false was given in quotes (`top="10"`): in MDX a
 * quoted prop is always text, so the value goes in braces (`top={10}`). When the text is
 * no number or true/false at all, the author more likely meant a neighbouring prop that
 * takes text (`values="remote"` for `value="remote"`): `takesText` names those.
 */
function inBraces(issue: z.ZodError["issues"][number], props: Readonly<Record<string, unknown>>, takesText: (text: string) => string[]): string {
  const key = issue.path[0];
  if (issue.code !== "invalid_type" || typeof key !== "string" || issue.path.length !== 1) return "";
  const given = props[key];
  if (typeof given !== "string") return "";
  const meant = (expected: string) => {
    const near = nearest(key, takesText(given));
    return near === undefined ? "" : ` (${key} takes ${expected}; did you mean ${near}="${given}"?)`;
  };
  if (issue.expected === "number") {
    const n = Number(given);
    if (given.trim() !== "" && Number.isFinite(n)) return ` (a number goes in braces, not quotes: ${key}={${n}})`;
    return meant("a number") || ` (a number goes in braces, not quotes: ${key}={10})`;
  }
  if (issue.expected === "boolean") {
    if (given !== "true" && given !== "false") {
      const hint = meant("true or false");
      if (hint) return hint;
    }
    return ` (true or false goes in braces, not quotes: ${key}={${given === "false" ? "false" : "true"}})`;
  }
  return "";
}

/**
 * Checks `<Chart>`'s props: either `id` alone (a declared figure), or `kind` with the
 * figure props and the kind's options. Throws a {@link ChartInputError} that names the tag
 * and the prop at fault ("`<Chart kind="bars" of="skills">`: "valu" is not a prop of a
 * "bars" chart. Did you mean value? (its options: …)"); see {@link chartPropsProblems}.
 */
export function parseChartProps(props: Readonly<Record<string, unknown>>): ChartRequest {
  const problems = chartPropsProblems(props);
  if (problems.length > 0) throw new ChartInputError(problems.join("; "));
  if (props["kind"] === undefined) return { declared: declaredChartProps.parse(props).id };
  const frame = adHocFrameProps.parse(Object.fromEntries(Object.entries(props).filter(([k]) => FRAME_KEYS.has(k))));
  const options = Object.fromEntries(Object.entries(props).filter(([k]) => !FRAME_KEYS.has(k)));
  // The kind's own check (defaults, strictness) as it draws.
  parseChartOptions(frame.kind, options);
  return { frame, options };
}
