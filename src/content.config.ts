import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { postSchema } from "./posts/postSchema.ts";
import { seriesSchema } from "./posts/seriesSchema.ts";

/**
 * The blog posts: one MDX file per part in `content/posts/` (outside `src/` so authors
 * find them next to the data). The entry id is the file name without extension, which
 * becomes the URL: `content/posts/part-1.mdx` → `/posts/part-1/`.
 */
const posts = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/posts" }),
  schema: postSchema,
});

/** Series summaries, one entry per series name (`content/series.json`); optional per series. */
const series = defineCollection({
  loader: file("./content/series.json"),
  schema: seriesSchema,
});

export const collections = { posts, series };
