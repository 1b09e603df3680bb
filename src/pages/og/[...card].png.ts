/**
 * Preview images for sharing (og:image, twitter:image), drawn at build time: one
 * 1200×630 PNG per post (`og/posts/<id>.png`) and one for every other page
 * (`og/site.png`). Each is an SVG card rasterised with sharp (librsvg, system fonts),
 * with a tiny bar chart of postings per searched area computed from the data.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import sharp from "sharp";
import { analysis, hasAnalysis } from "../../data/analysis.ts";
import { formatNumber } from "../../lib/formatNumber.ts";
import { ogCardSvg, type OgCard } from "../../publish/ogCardSvg.ts";
import { postCardId, SITE_CARD } from "../../site/ogImage.ts";
import { romanNumeral } from "../../posts/romanNumeral.ts";
import { inReadingOrder } from "../../posts/readingOrder.ts";
import { SITE } from "../../site/siteConfig.ts";

export const getStaticPaths = (async () => {
  const posts = inReadingOrder(await getCollection("posts"));
  const figure = postingsByArea();
  const site = { kicker: posts[0]?.data.series ?? "", title: SITE.title, subtitle: SITE.description, siteName: SITE.title, figure } satisfies OgCard;
  return [
    { params: { card: SITE_CARD }, props: site },
    ...posts.map((post) => ({
      params: { card: postCardId(post.id) },
      props: {
        kicker: `${post.data.series} · Part ${romanNumeral(post.data.part)}`,
        title: post.data.title,
        siteName: SITE.title,
        figure,
      } satisfies OgCard,
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgCard> = async ({ props }) => {
  // sharp writes no metadata or time chunks unless asked, so the bytes depend only on the SVG.
  const png = await sharp(Buffer.from(ogCardSvg(props))).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
};

/** Postings per searched area, most first, and a caption with the totals; absent without data. */
function postingsByArea(): OgCard["figure"] {
  if (!hasAnalysis("countByArea")) return undefined;
  const counts = analysis("countByArea").map((c) => c.count).toSorted((a, b) => b - a);
  const total = counts.reduce((sum, n) => sum + n, 0);
  return { values: counts, caption: `${formatNumber(total, "int")} postings from ${formatNumber(counts.length, "int")} searched areas` };
}
