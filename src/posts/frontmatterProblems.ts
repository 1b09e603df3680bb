import type { z } from "astro/zod";

/** One frontmatter problem at its 1-based line in the post's file. */
export interface FrontmatterProblem {
  readonly line: number;
  readonly message: string;
}

/**
 * Places a schema's issues on the lines of a post's frontmatter: a field that
 * is there at the line of its key, a missing one at the closing `---` (where
 * to add it). Astro's own error puts a missing field at 0:0 and counts lines
 * from the frontmatter, not the file.
 */
export function frontmatterProblems(source: string, issues: readonly z.core.$ZodIssue[]): FrontmatterProblem[] {
  const lines = source.split("\n");
  const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === "---");
  const end = close === -1 ? lines.length : close;
  return issues.map((issue) => {
    const key = String(issue.path[0] ?? "");
    const at = key ? lines.slice(1, end).findIndex((l) => l.startsWith(`${key}:`)) : -1;
    const field = key ? `${key}: ` : "";
    return at === -1
      ? { line: end + 1, message: `${field}${issue.message}${key ? ` (add "${key}:" to the frontmatter)` : ""}` }
      : { line: at + 2, message: `${field}${issue.message}` };
  });
}
