import { AbsentValue, NoMatch, PathError, resolvePath } from "../data/resolvePath.ts";
import { whenHolds, type WhenTest } from "../data/statement.ts";
import { nearest } from "../lib/nearest.ts";
import { chartPropsProblems } from "../components/author/chartProps.ts";
import { BOUND_PROPS } from "./boundProps.ts";
import { SCAFFOLD_PLACEHOLDERS } from "../posts/placeholders.ts";

/** The parts of an MDX syntax-tree node the checks read (mdast with the MDX extensions). */
export interface PostNode {
  readonly type: string;
  readonly name?: string | null;
  readonly value?: string;
  readonly attributes?: readonly { readonly type: string; readonly name?: string; readonly value?: unknown }[];
  readonly children?: readonly PostNode[];
  readonly position?: { readonly start: { readonly line: number; readonly column: number } } | undefined;
}

/** One problem in a post, at its 1-based line and column. */
export interface PostProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** What the checks know about the project: the registry, the computed data and the files. */
export interface PostContext {
  /** Registered analyses: name -> the dataset it reads and its file under src/analysis/. */
  readonly analyses: ReadonlyMap<string, { readonly dataset: string; readonly source: string }>;
  /** Is this dataset given to this build (its data configured)? */
  readonly configured: (dataset: string) => boolean;
  /** An analysis's JSON as precompute wrote it, or undefined when it is not there. */
  readonly data: (name: string) => unknown;
  /** Does this file exist (a path relative to the project's src/)? For <CodeFold path>. */
  readonly sourceExists: (pathUnderSrc: string) => boolean;
  /** Does this import specifier resolve from the post? */
  readonly resolves: (specifier: string) => boolean;
  /** The declared figures' ids, for `<Chart id>` (src/analysis/figures/index.ts). */
  readonly figures: readonly string[];
}

/** The test of an enclosing <When>, literal props only. */
export type Guard = WhenTest & { readonly of: string; readonly path: string };

/**
 * A data-bound node and the tests of the <When>s around it. MDX renders a
 * component's children before the component decides to show them, so a
 * <Stat> inside a false <When> is rendered anyway: it is given these guards
 * to check first, and renders nothing (and fails on nothing) when one is false.
 */
export interface BoundNode {
  readonly node: PostNode;
  readonly guards: readonly Guard[];
}

/** A literal prop value: a string, or `{3}` / `{true}` / `{"x"}` parsed; `dynamic` when it is code. */
type Literal = string | number | boolean | null | { readonly dynamic: true };

function props(node: PostNode): Map<string, Literal> {
  const out = new Map<string, Literal>();
  for (const attr of node.attributes ?? []) {
    if (attr.type !== "mdxJsxAttribute" || attr.name === undefined) continue;
    const v = attr.value;
    if (v === null || v === undefined) out.set(attr.name, true);
    else if (typeof v === "string") out.set(attr.name, v);
    else {
      const code = String((v as { value?: unknown }).value ?? "").trim();
      try {
        const parsed: unknown = JSON.parse(code);
        out.set(attr.name, typeof parsed === "object" && parsed !== null ? { dynamic: true } : (parsed as Literal));
      } catch {
        out.set(attr.name, { dynamic: true });
      }
    }
  }
  return out;
}

const text = (v: Literal | undefined): string | undefined => (typeof v === "string" ? v : undefined);
const hint = (word: string, options: Iterable<string>) => {
  const guess = nearest(word, options);
  return guess === undefined ? "" : ` Did you mean ${guess}?`;
};

/** Every import specifier of an ESM block, with its line offset inside the block. */
function importSpecifiers(esm: string): { specifier: string; lineOffset: number }[] {
  const out: { specifier: string; lineOffset: number }[] = [];
  for (const m of esm.matchAll(/\b(?:from\s*|import\s*\(?\s*)(["'])([^"']+)\1/g)) {
    out.push({ specifier: m[2]!, lineOffset: esm.slice(0, m.index).split("\n").length - 1 });
  }
  return out;
}

/**
 * Checks a post's MDX syntax tree against the project: every import resolves;
 * every data-bound prop (`of`, `path`, selectors, the item fields `name`,
 * `label`, `value`, `n`, <CodeFold name|path>, <Chart id|kind> and the kind's
 * options) names something that exists,
 * with the nearest name suggested. A selector that matches nothing is an
 * error unless its analysis's dataset is not configured in this build, or the
 * node sits inside a <When> that is false for this data (the reader never
 * sees it). Returns the problems in document order, and the data-bound nodes
 * (for the caller to tell each component its line).
 */
export function checkPost(root: PostNode, ctx: PostContext): { problems: PostProblem[]; bound: BoundNode[] } {
  const problems: PostProblem[] = [];
  const bound: BoundNode[] = [];
  const names = [...ctx.analyses.keys()];

  const visit = (node: PostNode, shown: boolean, guards: readonly Guard[]) => {
    const at = node.position?.start ?? { line: 0, column: 0 };
    const report = (message: string, lineOffset = 0) =>
      problems.push({ line: at.line + lineOffset, column: lineOffset ? 1 : at.column, message });

    if (node.type === "mdxjsEsm" && node.value) {
      for (const { specifier, lineOffset } of importSpecifiers(node.value)) {
        if (!ctx.resolves(specifier)) report(`import "${specifier}": no such file or package. Check the path: it is relative to the post's folder (content/posts/).`, lineOffset);
      }
    }

    let childrenShown = shown;
    let childGuards = guards;
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name) {
      const p = props(node);
      const tag = node.name;
      if (tag === "CodeFold") {
        const name = text(p.get("name"));
        const path = text(p.get("path"));
        if (name !== undefined && !ctx.analyses.has(name) && !ctx.sourceExists(`analysis/${name}.ts`)) {
          report(`<CodeFold name="${name}">: no analysis of that name.${hint(name, names)} (registered in src/analysis/registry.ts: ${names.join(", ")})`);
        }
        if (path !== undefined && !ctx.sourceExists(path.replace(/^\.?\/+/, "").replace(/^src\//, ""))) {
          report(`<CodeFold path="${path}">: there is no src/${path.replace(/^\.?\/+/, "").replace(/^src\//, "")} (the path is relative to src/)`);
        }
      }
      if (tag === "Chart") {
        // The chart's own props (a declared figure's id, the kind, its options and their
        // values) with its zod schemas; `of`, `path` and the field options are checked below.
        const literal: Record<string, unknown> = {};
        const dynamic: string[] = [];
        for (const [key, value] of p) {
          if (typeof value === "object" && value !== null) dynamic.push(key);
          else literal[key] = value;
        }
        for (const message of chartPropsProblems(literal, { dynamic, figures: ctx.figures, skipOf: true })) report(message);
      }
      const of = text(p.get("of"));
      // Every chart is told its line and its <When>s, a declared one (no `of`) too.
      if (of !== undefined || tag === "Chart") bound.push({ node, guards });
      if (of !== undefined) {
        const spec = BOUND_PROPS[tag];
        if (spec?.path === "condition") {
          const test = { of, path: text(p.get("path")) ?? "", gt: p.get("gt"), lt: p.get("lt"), eq: p.get("eq"), some: p.get("some"), leads: p.get("leads"), not: p.get("not") };
          if (!Object.values(test).some((v) => typeof v === "object" && v !== null)) childGuards = [...guards, test as Guard];
        }
        const registered = ctx.analyses.get(of);
        if (registered === undefined) {
          report(`<${tag} of="${of}">: unknown analysis "${of}".${hint(of, names)} (registered in src/analysis/registry.ts: ${names.join(", ")})`);
        } else if (!ctx.configured(registered.dataset)) {
          // Not given to this build (an optional dataset): nothing to check against; its statements are left out.
          if (spec?.path === "condition") childrenShown = false;
        } else if (ctx.data(of) === undefined) {
          report(`<${tag} of="${of}">: src/generated/analyses/${of}.json is missing although its dataset "${registered.dataset}" is configured: run npm run precompute and read its errors`);
        } else if (spec !== undefined) {
          const pathProp = p.get("path");
          const path = text(pathProp) ?? (spec.path === "list" && pathProp === undefined ? "" : undefined);
          if (path !== undefined) {
            const where = `<${tag} of="${of}"${path ? ` path="${path}"` : ""}>`;
            let value: unknown;
            let absent = false;
            try {
              value = resolvePath(ctx.data(of), path);
            } catch (error) {
              if (error instanceof NoMatch) {
                absent = true;
                const guess = nearest(error.wanted, error.values);
                // A <When> may test for an item this data lacks; a near miss is still a typo.
                if ((shown && spec.path !== "condition") || guess !== undefined) {
                  report(`${where}: ${error.message}.${guess ? ` Did you mean [${error.key}=${guess}]?` : ""}`);
                }
              } else if (error instanceof AbsentValue) {
                absent = true;
              } else if (error instanceof PathError) {
                report(`${where}: ${error.message}.${hint(error.step, error.options)}`);
              } else throw error;
            }
            if (spec.path === "condition") {
              const test = { gt: p.get("gt"), lt: p.get("lt"), eq: p.get("eq"), some: p.get("some"), leads: p.get("leads"), not: p.get("not") };
              const dynamic = Object.values(test).some((v) => typeof v === "object" && v !== null);
              if (!dynamic) {
                const holds = whenHolds(absent ? undefined : value, test as Parameters<typeof whenHolds>[1]);
                if (!holds) childrenShown = false;
              }
            }
            if (spec.path === "list" && !absent && Array.isArray(value)) {
              const items = value.filter((v): v is Record<string, unknown> => v !== null && typeof v === "object");
              const keys = [...new Set(items.flatMap((item) => Object.keys(item)))];
              for (const field of spec.fieldsFor ? spec.fieldsFor(text(p.get("kind"))) : (spec.fields ?? [])) {
                const given = p.get(field.prop);
                const name = text(given) ?? (given === undefined ? field.default : undefined);
                if (name === undefined || name === field.except || items.length === 0) continue;
                if (!keys.includes(name) && given === undefined) {
                  report(`${where}: without ${field.prop}=, it reads the field "${name}", which the items lack: set ${field.prop}="..." to one of their fields (${keys.join(", ")})`);
                } else if (!keys.includes(name)) {
                  report(`${where} ${field.prop}="${name}": the items have no field "${name}".${hint(name, keys)} (their fields: ${keys.join(", ")})`);
                } else if (field.number && items.every((item) => item[name] !== null && typeof item[name] !== "number")) {
                  const numeric = keys.filter((k) => items.some((item) => typeof item[k] === "number"));
                  report(`${where} ${field.prop}="${name}": "${name}" holds text, not numbers (numeric fields: ${numeric.join(", ") || "none"})`);
                }
              }
            } else if (spec.path === "list" && !absent && value !== null && value !== undefined) {
              report(`${where}: that is ${JSON.stringify(value).slice(0, 60)}, not a list`);
            }
          }
        }
      }
    }
    for (const child of node.children ?? []) visit(child, childrenShown, childGuards);
  };
  visit(root, true, []);
  return { problems, bound };
}

/**
 * The scaffold's placeholder sentences left in a post's text (src/posts/placeholders.ts),
 * at their lines: a post that is no longer a draft must not publish them. (Its summary
 * placeholder is caught by the frontmatter schema.)
 */
export function placeholderProblems(root: PostNode): PostProblem[] {
  const problems: PostProblem[] = [];
  const visit = (node: PostNode) => {
    if (node.type === "text" && node.value) {
      const found = SCAFFOLD_PLACEHOLDERS.find((placeholder) => node.value!.includes(placeholder));
      const at = node.position?.start;
      if (found !== undefined) {
        problems.push({ line: at?.line ?? 0, column: at?.column ?? 0, message: `"${found}" is the scaffold's placeholder: write your own text or delete it before publishing (or keep draft: true in the frontmatter)` });
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return problems;
}
