import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyses } from "../analysis/registry.ts";
import { AbsentValue, resolvePath } from "../data/resolvePath.ts";

/** One problem found in a post, with its place in the file (1-based). */
export interface PostDataProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

const TAG = /<(Stat|RankedList|When|AreaNameList|Bars|AreaMap|CodeFold)\b((?:[^>"]|"[^"]*")*?)\/?>/g;
const ATTR = /([A-Za-z]+)="([^"]*)"/g;

/**
 * Checks an MDX post's source: every literal `of`, `path` and CodeFold `name`
 * against the registered analyses and the precomputed JSON in `generatedDir`.
 * A typo is reported at the post's line and column; values this dataset
 * lacks are fine (the components leave those statements out). Code fences
 * and MDX comments are skipped.
 */
export function checkPostData(source: string, generatedDir: string): PostDataProblem[] {
  const known = Object.keys(analyses);
  const dir = path.join(generatedDir, "analyses");
  const computed = existsSync(dir) ? readdirSync(dir).map((f) => f.replace(/\.json$/, "")) : [];
  const cache = new Map<string, unknown>();
  const data = (name: string) => {
    if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(path.join(dir, `${name}.json`), "utf8")));
    return cache.get(name);
  };
  const blank = (m: string) => m.replace(/[^\n]/g, " ");
  const fenced = source.replace(/^(```|~~~)[\s\S]*?^\1/gm, blank).replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
  const problems: PostDataProblem[] = [];
  for (const match of fenced.matchAll(TAG)) {
    const [, tag, rawAttrs = ""] = match;
    const attrs = new Map([...rawAttrs.matchAll(ATTR)].map((a) => [a[1]!, a[2]!]));
    const before = source.slice(0, match.index);
    const line = before.split("\n").length;
    const column = match.index - before.lastIndexOf("\n");
    const report = (message: string) => problems.push({ line, column, message });
    if (tag === "CodeFold") {
      const name = attrs.get("name");
      if (name !== undefined && !known.includes(name) && !existsSync(path.join(generatedDir, "..", "analysis", `${name}.ts`))) {
        report(`<CodeFold name="${name}">: no analysis of that name (registered: ${known.join(", ")})`);
      }
      continue;
    }
    const of = attrs.get("of");
    if (of === undefined) continue;
    if (!known.includes(of)) {
      report(`<${tag} of="${of}">: unknown analysis "${of}" (registered in src/analysis/registry.ts: ${known.join(", ")})`);
      continue;
    }
    const p = attrs.get("path");
    if (p === undefined || !computed.includes(of)) continue;
    try {
      resolvePath(data(of), p);
    } catch (error) {
      if (!(error instanceof AbsentValue)) report(`<${tag} of="${of}" path="${p}">: ${(error as Error).message}`);
    }
  }
  return problems;
}

/**
 * A Vite plugin that runs {@link checkPostData} on every MDX post before it
 * compiles and fails with the post's file, line and column, so the terminal
 * and the dev overlay point at the typo rather than into a component.
 */
export function validatePostData({ generatedDir }: { generatedDir: string }) {
  return {
    name: "validate-post-data",
    enforce: "pre" as const,
    transform(this: { error: (e: { message: string; id?: string; loc?: { file: string; line: number; column: number } }) => never }, code: string, id: string) {
      if (!id.endsWith(".mdx")) return null;
      const [first] = checkPostData(code, generatedDir);
      if (first) {
        const file = path.relative(path.join(generatedDir, "..", ".."), id);
        this.error({ message: `${file}:${first.line}:${first.column}: ${first.message}`, id, loc: { file: id, line: first.line, column: first.column } });
      }
      return null;
    },
  };
}
