import type { CollectionEntry } from "astro:content";
import { compareText } from "../lib/compareText.ts";

type Post = CollectionEntry<"posts">;

/** The neighbours of a post in its series; either is absent at the ends. */
export interface SeriesNeighbours {
  readonly prev?: Post;
  readonly next?: Post;
}

/**
 * Posts in reading order: by series name, then by part number. Draft posts are kept
 * in development (so authors see them) and dropped from production builds. Throws if
 * two posts claim the same part of a series, since prev/next links would be ambiguous.
 */
export function inReadingOrder(posts: readonly Post[], includeDrafts = import.meta.env.DEV): Post[] {
  const ordered = posts
    .filter((post) => includeDrafts || post.data.draft !== true)
    .toSorted((a, b) => compareText(a.data.series, b.data.series) || a.data.part - b.data.part);
  ordered.forEach((post, i) => {
    const before = ordered[i - 1];
    if (before && before.data.series === post.data.series && before.data.part === post.data.part) {
      throw new Error(
        `Posts "${before.id}" and "${post.id}" are both part ${post.data.part} of the series "${post.data.series}": give each part its own number.`,
      );
    }
  });
  return ordered;
}

/** The previous and next parts of `post` within its own series (`posts` in reading order). */
export function seriesNeighbours(posts: readonly Post[], post: Post): SeriesNeighbours {
  const sameSeries = posts.filter((other) => other.data.series === post.data.series);
  const index = sameSeries.findIndex((other) => other.id === post.id);
  if (index < 0) return {};
  const prev = sameSeries[index - 1];
  const next = sameSeries[index + 1];
  return { ...(prev && { prev }), ...(next && { next }) };
}
