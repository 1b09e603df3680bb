/**
 * The "Download the data" files of every chart in a post, written next to the post at
 * build: /posts/<post>/data/<figure id>.csv and .json. The rows are the figure's own
 * (src/components/post/figureData.ts), the same ones its chart draws and its table shows.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { figureData, figuresInMdx, isFigureId } from "../../../../components/post/figureData.ts";
import { figureDownload } from "../../../../utils/figureDownload.ts";
import { inReadingOrder } from "../../../../utils/series.ts";

export const getStaticPaths = (async () => {
  const posts = inReadingOrder(await getCollection("posts"));
  return posts.flatMap((post) =>
    figuresInMdx(post.body ?? "").flatMap((id) =>
      (["csv", "json"] as const).map((format) => ({ params: { slug: post.id, file: `${id}.${format}` } })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const match = /^(.+)\.(csv|json)$/.exec(params["file"] ?? "");
  const id = match?.[1] ?? "";
  if (!match || !isFigureId(id)) return new Response("Not found", { status: 404 });
  const format = match[2] as "csv" | "json";
  const { body, type } = figureDownload(id, figureData(id), format);
  return new Response(body, { headers: { "Content-Type": type } });
};
