import { z } from "astro/zod";

/**
 * One series in `content/series.json`: its name exactly as the posts' `series` field
 * writes it, and a summary for the home and series pages. A series without an entry still
 * gets its page; it just has no summary.
 */
export const seriesSchema = z.object({
  name: z.string({ error: "name is required: the series name exactly as its posts write it" }).trim().min(1),
  summary: z
    .string({ error: "summary is required (one or two sentences about the whole series)" })
    .trim()
    .min(1, { error: "summary must not be empty" })
    .max(300, { error: "summary is the series page's meta description: keep it under 300 characters" }),
});
