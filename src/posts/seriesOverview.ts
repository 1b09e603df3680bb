import { getCollection, type CollectionEntry } from "astro:content";
import { readingTime } from "./readingTime.ts";
import { inReadingOrder } from "./readingOrder.ts";
import { seriesSlug, seriesUrl } from "../site/seriesUrl.ts";
import { statedPartCount } from "./statedPartCount.ts";

/** A series as the home and series pages present it. */
export interface SeriesOverview {
  readonly name: string;
  readonly slug: string;
  readonly url: string;
  /** From content/series.json; undefined when the series has no entry there. */
  readonly summary: string | undefined;
  /** The parts in reading order, each with its reading time in minutes. */
  readonly parts: readonly { readonly post: CollectionEntry<"posts">; readonly minutes: number }[];
  /** Reading time of all parts together, in minutes. */
  readonly minutes: number;
}

/**
 * Every series with its published parts, in the order of {@link inReadingOrder}. Throws
 * when two series names give the same URL slug, since one page would hide the other, and
 * when a summary states a number of parts the series does not have (see statedPartCount).
 */
export async function seriesOverviews(): Promise<SeriesOverview[]> {
  const posts = inReadingOrder(await getCollection("posts"));
  const summaries = new Map((await getCollection("series")).map((entry) => [entry.data.name, entry.data.summary]));
  const names = [...new Set(posts.map((post) => post.data.series))];
  const bySlug = new Map<string, string>();
  return names.map((name) => {
    const slug = seriesSlug(name);
    const clash = bySlug.get(slug);
    if (clash !== undefined) throw new Error(`series "${clash}" and "${name}" both get the URL /series/${slug}/: rename one`);
    bySlug.set(slug, name);
    const parts = posts.filter((post) => post.data.series === name).map((post) => ({ post, minutes: readingTime(post.body ?? "") }));
    const summary = summaries.get(name);
    const stated = summary === undefined ? undefined : statedPartCount(summary);
    if (stated !== undefined && stated !== parts.length) {
      throw new Error(`content/series.json: the summary of "${name}" says ${stated} parts, but the series has ${parts.length}: leave the count out (the pages print it)`);
    }
    return { name, slug, url: seriesUrl(name), summary, parts, minutes: parts.reduce((sum, part) => sum + part.minutes, 0) };
  });
}
