/**
 * The RSS feed of the posts, newest first, at `<base>rss.xml`. Links are absolute and
 * include the base path, so the feed works when the site lives under a sub-path.
 * No build date is written: the feed changes only when a post does. A feed needs
 * absolute links, so a build without a site URL (src/site/config.ts, SITE_URL) has none.
 */
import rss from "@astrojs/rss";
import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { postUrl } from "../site/postUrl.ts";
import { romanNumeral } from "../posts/romanNumeral.ts";
import { inReadingOrder } from "../posts/readingOrder.ts";
import { SITE } from "../site/siteConfig.ts";
import { withBase } from "../site/url.ts";

export const getStaticPaths = (() => (SITE.siteUrl ? [{ params: { feed: "rss" } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error("rss.xml needs a site URL (SITE_URL) for absolute links: see src/site/config.ts");
  const posts = inReadingOrder(await getCollection("posts"))
    .toSorted((a, b) => b.data.date.valueOf() - a.data.date.valueOf() || b.data.part - a.data.part);
  return rss({
    title: SITE.title,
    description: SITE.description,
    // The channel link is the home page under the base, not the bare origin.
    site: new URL(withBase("/"), site).href,
    items: posts.map((post) => ({
      title: `${post.data.title} (Part ${romanNumeral(post.data.part)})`,
      description: post.data.summary,
      pubDate: post.data.date,
      categories: [post.data.series],
      link: new URL(postUrl(post.id), site).href,
    })),
    customData: `<language>${SITE.language}</language>`,
  });
};
