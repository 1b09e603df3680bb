import { slugify } from "../lib/slugify.ts";
import { NOTES_PLACEHOLDER, SUMMARY_PLACEHOLDER } from "../posts/placeholders.ts";

/** What {@link scaffoldPost} needs. */
export interface ScaffoldInput {
  readonly title: string;
  /** Sources of the posts that exist, to find the series and the next part number. */
  readonly existing: readonly string[];
  /** Series name; default: the series of the latest existing post. */
  readonly series?: string | undefined;
  readonly datasets: readonly string[];
  /** YYYY-MM-DD. */
  readonly today: string;
}

function frontmatterField(source: string, key: string): string | undefined {
  const fm = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? "";
  const line = fm.split("\n").find((l) => l.startsWith(`${key}:`));
  return line?.slice(key.length + 1).trim().replace(/^"(.*)"$/, "$1");
}

/**
 * The source of a new post that builds as is: frontmatter (title, summary to
 * edit, today's date, the series and its next part number, datasets, and
 * `draft: true`, so the placeholder text never ships until the author deletes
 * that line) and a
 * body showing a computed number, a ranked list, a fold, a code fold and a
 * chart, each with a comment saying how to change it.
 */
export function scaffoldPost(input: ScaffoldInput): { slug: string; part: number; series: string; source: string } {
  const parts = input.existing.map((s) => ({ series: frontmatterField(s, "series"), part: Number(frontmatterField(s, "part")) }))
    .filter((p) => Number.isFinite(p.part));
  const latest = [...parts].sort((a, b) => b.part - a.part)[0];
  const series = input.series ?? latest?.series ?? "New series";
  const part = Math.max(0, ...parts.filter((p) => p.series === series).map((p) => p.part)) + 1;
  const quote = (s: string) => JSON.stringify(s);
  const source = `---
title: ${quote(input.title)}
summary: ${quote(`Part ${part} of ${series}: ${SUMMARY_PLACEHOLDER}`)}
date: ${input.today}
series: ${quote(series)}
part: ${part}
datasets: [${input.datasets.map(quote).join(", ")}]
draft: true # shown by npm run dev, left out of the built site, its feed, sitemap and search: delete this line to publish
---

{/* Every number comes from the data: <Stat of="analysis" path="field" />. See docs/authoring.md. */}

## What this post looks at

The data holds <Stat of="countByArea" path="length" /> areas. Those with the most
postings are <RankedList of="countByArea" top={3} />.

<Chart kind="bars" of="countByArea" label="area" value="count" top={10}
  title="The areas with the most postings" description="Postings per area, the ten largest." />

<CodeFold name="countByArea" />

<Fold summary="Notes on the data">
  ${NOTES_PLACEHOLDER}
</Fold>
`;
  return { slug: slugify(input.title) || "post", part, series, source };
}
