import { slugify } from "../lib/slugify.ts";
import { withBase } from "./url.ts";

/**
 * The URL slug of a series name: lower case, accents dropped, every run of other
 * characters a single hyphen ("US backend-engineering jobs" → "us-backend-engineering-jobs").
 * Throws for a name with no letter or digit to build a URL from.
 */
export function seriesSlug(name: string): string {
  const slug = slugify(name);
  if (slug === "") throw new Error(`series "${name}" has no letter or digit to make its page URL from: rename it in the posts' frontmatter`);
  return slug;
}

/** The base-aware URL of a series page (`/jobs-review/series/<slug>/`). */
export function seriesUrl(name: string): string {
  return withBase(`series/${seriesSlug(name)}/`);
}
