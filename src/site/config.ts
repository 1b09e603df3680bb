import type { SiteConfigInput } from "./siteConfig.ts";

/**
 * The site's settings: the one file to edit for your own series. Environment
 * variables override the fields for one build (SITE_TITLE, SITE_AUTHOR,
 * SITE_DESCRIPTION, SITE_LANGUAGE, SITE_URL, BASE_PATH); src/site/siteConfig.ts
 * validates the result.
 *
 * `datasets` lists the datasets the site can hold. Posts declare the ones they
 * use (frontmatter `datasets`), analyses name the one they read
 * (src/analysis/registry.ts). A dataset's data comes from its environment
 * variable when set, else from the sample path (relative to the project
 * root); either may be a JobSpy CSV or a folder of per-area files with an
 * areas.csv manifest. To add a scrape, add an entry.
 */
export const siteConfig = {
  title: "Backend Jobs, Reviewed",
  author: "The Backend Jobs, Reviewed authors",
  description:
    "A data review of scraped job postings: where the jobs are, what they pay, who hires, how many are remote and what the postings ask for.",
  language: "en",
  // Where the site is served from (an origin, no path), e.g. "https://octocat.github.io". Without one,
  // a build writes no absolute URL: no canonical links, Open Graph URLs or images, feed or sitemap.
  siteUrl: undefined,
  basePath: "/",
  datasets: [
    { name: "backend", env: "JOBS_DATA", sample: "data/backend", label: "The postings", required: true },
    { name: "data-scientist", env: "DS_DATA", sample: "data/data-scientist", label: "The data-scientist postings (a comparison sample)", required: false },
  ],
} as const satisfies SiteConfigInput;
