import { z } from "astro/zod";
import { DATASET_NAMES } from "../site/siteConfig.ts";
import { SUMMARY_PLACEHOLDER } from "./placeholders.ts";

/** A kebab-case name such as `backend` or `data-scientist`. */
const datasetName = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "a dataset name is kebab-case, like backend or data-scientist" })
  .refine((name) => DATASET_NAMES.includes(name), {
    error: (issue) => `dataset "${String(issue.input)}" is not configured (configured: ${DATASET_NAMES.join(", ")}; add it in src/site/config.ts)`,
  });

/**
 * Frontmatter of a post in `content/posts/*.mdx`. Messages are written for authors:
 * Astro prints them next to the file name and field when a post does not validate.
 */
export const postSchema = z.strictObject({
  title: z.string({ error: "title is required (the post's heading, plain text)" }).trim().min(1, { error: "title must not be empty" }),
  summary: z
    .string({ error: "summary is required (one or two sentences, shown on the home page and as the meta description)" })
    .trim()
    .min(1, { error: "summary must not be empty" })
    .max(300, { error: "summary is the meta description: keep it under 300 characters" }),
  date: z.coerce.date({ error: "date must be a calendar day written YYYY-MM-DD, e.g. 2025-11-25" }),
  series: z.string({ error: "series is required (the series name shared by all its parts)" }).trim().min(1, { error: "series must not be empty" }),
  part: z.number({ error: "part is required: the part number within the series, 1, 2, ..." }).int({ error: "part must be a whole number" }).positive({ error: "part starts at 1" }),
  datasets: z
    .array(datasetName, { error: "datasets is a list of dataset names, e.g. [backend, data-scientist]" })
    .min(1, { error: "datasets must name at least one dataset the post uses" }),
  draft: z.boolean({ error: "draft is true or false" }).optional(),
}).superRefine((post, ctx) => {
  // A scaffolded post keeps its placeholder summary while it is a draft; published, it would be the meta description.
  if (post.draft !== true && post.summary.includes(SUMMARY_PLACEHOLDER)) {
    ctx.addIssue({ code: "custom", path: ["summary"], message: "summary is still the scaffold's placeholder: say in your own words what the reader will learn (or keep draft: true)" });
  }
});

/** Validated frontmatter of a post. */
export type PostData = z.infer<typeof postSchema>;
