// Scaffolds the next post of the series: npm run new-post -- "Title" [--series "Name"] [--dataset backend]
// Writes content/posts/<slug>.mdx with its frontmatter filled in and an example figure, fold and chart.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../src/pipeline/dataSources.ts";
import { DATASET_NAMES } from "../src/site/siteConfig.ts";
import { scaffoldPost } from "../src/authoring/scaffoldPost.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { series: { type: "string" }, dataset: { type: "string", multiple: true } } });
const title = positionals.join(" ").trim();
if (!title) {
  console.error('usage: npm run new-post -- "Title of the post" [--series "Series name"] [--dataset backend]');
  process.exit(2);
}
const postsDir = path.join(PROJECT_ROOT, "content", "posts");
const existing = readdirSync(postsDir).filter((f) => f.endsWith(".mdx")).map((f) => readFileSync(path.join(postsDir, f), "utf8"));
const datasets = values.dataset ?? ["backend"];
for (const d of datasets) {
  if (!DATASET_NAMES.includes(d)) {
    console.error(`error: dataset "${d}" is not configured (configured: ${DATASET_NAMES.join(", ")}; see src/site/config.ts)`);
    process.exit(1);
  }
}
const post = scaffoldPost({ title, existing, series: values.series, datasets, today: new Date().toISOString().slice(0, 10) });
const file = path.join(postsDir, `${post.slug}.mdx`);
if (existsSync(file)) {
  console.error(`error: ${path.relative(PROJECT_ROOT, file)} already exists; choose another title`);
  process.exit(1);
}
writeFileSync(file, post.source);
console.log(`wrote ${path.relative(PROJECT_ROOT, file)} (part ${post.part} of "${post.series}", a draft: delete its "draft: true" line to publish)\nnext: npm run dev, then open http://localhost:4321/posts/${post.slug}/`);
