import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineCollection } from "astro:content";
import { file, glob, type Loader } from "astro/loaders";
import { frontmatterProblems } from "./posts/frontmatterProblems.ts";
import { postSchema } from "./posts/postSchema.ts";
import { seriesSchema } from "./posts/seriesSchema.ts";

/**
 * The glob loader, with frontmatter errors at the post's file and line: each
 * problem as `content/posts/x.mdx:5:1: part: part starts at 1`, a missing field
 * at the closing `---`. (Astro's own message says 0:0 for a missing field.)
 */
function postsLoader(): Loader {
  const inner = glob({ pattern: "*.mdx", base: "./content/posts" });
  return {
    ...inner,
    load: (context) => inner.load({
      ...context,
      parseData: async (props) => {
        const checked = postSchema.safeParse(props.data);
        if (!checked.success && props.filePath) {
          const root = fileURLToPath(context.config.root);
          const absolute = path.resolve(root, props.filePath);
          const relative = path.relative(root, absolute);
          const problems = frontmatterProblems(readFileSync(absolute, "utf8"), checked.error.issues);
          const error = new Error(`the frontmatter of ${relative} is not valid:\n${problems.map((p) => `${relative}:${p.line}:1: ${p.message}`).join("\n")}`);
          Object.assign(error, { loc: { file: absolute, line: problems[0]!.line, column: 1 } });
          throw error;
        }
        return context.parseData(props);
      },
    }),
  };
}

/**
 * The blog posts: one MDX file per part in `content/posts/` (outside `src/` so authors
 * find them next to the data). The entry id is the file name without extension, which
 * becomes the URL: `content/posts/part-1.mdx` → `/posts/part-1/`.
 */
const posts = defineCollection({
  loader: postsLoader(),
  schema: postSchema,
});

/** Series summaries, one entry per series name (`content/series.json`); optional per series. */
const series = defineCollection({
  loader: file("./content/series.json"),
  schema: seriesSchema,
});

export const collections = { posts, series };
