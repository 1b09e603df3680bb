/**
 * The site's name and one-line description, used in the header, the home page and
 * as the fallback meta description. Post titles and summaries come from frontmatter.
 */
export const SITE_META = {
  title: "Backend Jobs, Reviewed",
  description:
    "A data review of US backend-engineering job postings scraped from LinkedIn: where the jobs are, what they pay, who hires and how many are remote.",
  lang: "en",
} as const;
