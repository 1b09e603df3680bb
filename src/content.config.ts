import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { postSchema } from "./utils/postSchema.ts";

/**
 * The blog posts: one MDX file per part in `content/posts/` (outside `src/` so authors
 * find them next to the data). The entry id is the file name without extension, which
 * becomes the URL: `content/posts/part-1.mdx` → `/posts/part-1/`.
 */
const posts = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/posts" }),
  schema: postSchema,
});

export const collections = { posts };
