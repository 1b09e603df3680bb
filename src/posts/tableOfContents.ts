import type { MarkdownHeading } from "astro";

/** One entry of a table of contents: a section heading and its subsections. */
export interface TocEntry {
  readonly slug: string;
  readonly text: string;
  readonly children: TocEntry[];
}

/**
 * Nests a post's headings into a table of contents: `##` sections with their `###`
 * subsections. Deeper headings are left out to keep the list short; a `###` that comes
 * before any `##` is promoted to the top level rather than dropped.
 */
export function tableOfContents(headings: readonly MarkdownHeading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    const entry: TocEntry = { slug, text, children: [] };
    const parent = toc.at(-1);
    if (depth === 2 || (depth === 3 && parent === undefined)) toc.push(entry);
    else if (depth === 3 && parent !== undefined) parent.children.push(entry);
  }
  return toc;
}
