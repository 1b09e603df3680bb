import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import type { AstroIntegration } from "astro";
import type { MdastNode, MdastPluginDefinition } from "satteri";
import { isRunnableDevEnvironment, type ViteDevServer } from "vite";
import { analyses, type AnalysisSpec } from "../analysis/registry.ts";
import { figureIds } from "../analysis/figures/index.ts";
import { checkPost, placeholderProblems, type PostContext, type PostNode, type PostProblem } from "../authoring/checkPost.ts";
import { AT_PROP, GUARDS_PROP } from "../data/statement.ts";

type Registry = Readonly<Record<string, AnalysisSpec>>;

/** A post's problems as one error: `file:line:column: message` per problem, the first one's place on the error for the overlay. */
export class PostDataError extends Error {
  override readonly name = "PostDataError";
  readonly line: number;
  readonly column: number;
  constructor(file: string, problems: readonly PostProblem[]) {
    super(problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`).join("\n"));
    this.line = problems[0]!.line;
    this.column = problems[0]!.column;
  }
}

const EXTENSIONS = ["", ".ts", ".js", ".mjs", ".astro", ".mdx", ".md", ".json", "/index.ts", "/index.js"];

/** Does an import specifier resolve from `dir`? Files with the extensions Vite tries; packages by their folder in node_modules. */
function resolvesFrom(dir: string, root: string, specifier: string): boolean {
  if (specifier.includes(":") && !/^[a-z]:[\\/]/i.test(specifier)) return true; // astro:components, node:fs, virtual modules
  if (specifier.startsWith(".") || specifier.startsWith("/")) {
    const base = specifier.startsWith("/") ? path.join(root, specifier) : path.resolve(dir, specifier);
    return EXTENSIONS.some((ext) => existsSync(base + ext) && (ext !== "" || statSync(base).isFile()));
  }
  const pkg = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!;
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, "node_modules", pkg))) return true;
    if (path.dirname(d) === d) return false;
  }
}

/** Does the post's frontmatter say `draft: true`? */
const isDraft = (source: string): boolean => /^draft:\s*true\b/m.test(/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? "");

/** The checks' view of the project on disk: the registry given, precompute's JSON as it is now. */
export function projectContext(root: string, registry: Registry, postFile: string): PostContext {
  const generated = path.join(root, "src", "generated");
  const sourcesFile = path.join(generated, "sources.json");
  if (!existsSync(sourcesFile)) throw new Error(`${path.relative(root, postFile)}: src/generated/sources.json is missing: run npm run precompute first (npm run dev and npm run build do)`);
  const sources = JSON.parse(readFileSync(sourcesFile, "utf8")) as { datasets: Record<string, { source: string | null }> };
  const cache = new Map<string, unknown>();
  return {
    analyses: new Map(Object.entries(registry).map(([name, spec]) => [name, { dataset: spec.dataset, source: spec.source }])),
    configured: (dataset) => Boolean(sources.datasets[dataset]?.source),
    data: (name) => {
      if (!cache.has(name)) {
        const file = path.join(generated, "analyses", `${name}.json`);
        cache.set(name, existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined);
      }
      return cache.get(name);
    },
    sourceExists: (p) => existsSync(path.join(root, "src", p)),
    resolves: (specifier) => resolvesFrom(path.dirname(postFile), root, specifier),
    figures: figureIds,
  };
}

/**
 * The post validator: an integration (to reach the dev server) and an mdast
 * plugin for Sätteri, Astro 7's Markdown processor, which runs on each MDX
 * post's syntax tree before it compiles (Sätteri's mdast plugins are its
 * remark plugins: the same tree, with exact positions). It runs
 * {@link checkPost} and fails with every problem at the post's file, line and
 * column, so the terminal and the dev overlay point at the place to fix. It
 * also gives every data-bound component an `__at` prop (`file:line:column`)
 * that the component puts in front of errors it finds at render (an empty
 * slot, a value of the wrong kind).
 *
 * The registry is read fresh for each post: in dev through the dev server's
 * module graph (so a newly registered analysis is known without a restart);
 * a build, a fresh process, uses the registry imported with this module.
 */
export function postDataValidation({ root }: { root: string }) {
  let server: ViteDevServer | undefined;
  const registryFile = path.join(root, "src", "analysis", "registry.ts");
  const loadRegistry = async (): Promise<Registry> => {
    // A build runs in a fresh process, so the registry imported with this module is current.
    if (!server) return analyses;
    // The ssr environment's own runner follows file changes (server.ssrLoadModule's runner does not).
    const environment = server.environments["ssr"];
    const mod = environment && isRunnableDevEnvironment(environment) ? await environment.runner.import(registryFile) : await server.ssrLoadModule(registryFile);
    return (mod as { analyses: Registry }).analyses;
  };

  // Only `astro dev`'s own server: a build also starts short-lived Vite servers (content sync) that close early.
  const integration: AstroIntegration = {
    name: "validate-post-data",
    hooks: {
      "astro:server:setup": ({ server: devServer }) => {
        server = devServer;
      },
      "astro:server:done": () => {
        server = undefined;
      },
    },
  };

  const mdastPlugin: MdastPluginDefinition = {
    name: "validate-post-data",
    options: { position: true },
    async before(tree, ctx) {
      if (ctx.fileURL === undefined) return;
      const file = decodeURIComponent(ctx.fileURL.pathname);
      const relative = path.relative(root, file);
      const { problems, bound } = checkPost(tree as unknown as PostNode, projectContext(root, await loadRegistry(), file));
      if (!isDraft(readFileSync(file, "utf8"))) problems.push(...placeholderProblems(tree as unknown as PostNode));
      if (problems.length > 0) throw new PostDataError(relative, problems);
      for (const { node, guards } of bound) {
        const start = node.position?.start;
        if (!start) continue;
        const added = [{ type: "mdxJsxAttribute", name: AT_PROP, value: `${relative}:${start.line}:${start.column}` }];
        if (guards.length > 0) added.push({ type: "mdxJsxAttribute", name: GUARDS_PROP, value: JSON.stringify(guards) });
        // Sätteri cannot set `attributes` in place; a copy with the same children replaces the node.
        const copy = { ...node, attributes: [...(node.attributes ?? []), ...added], children: node.children ?? [] };
        ctx.replaceNode(node as unknown as MdastNode, copy as unknown as MdastNode);
      }
    },
  };

  return { integration, mdastPlugin };
}
