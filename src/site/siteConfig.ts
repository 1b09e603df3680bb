import { z } from "zod";
import { siteConfig } from "./config.ts";

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** One dataset the site can hold (see src/site/config.ts). */
const datasetSchema = z.strictObject({
  name: z.string().regex(kebab, { error: "a dataset name is kebab-case, like backend or data-scientist" }),
  env: z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: "env is the name of an environment variable, like JOBS_DATA" }),
  sample: z.string().min(1, { error: "sample is the bundled data's path, relative to the project root" }),
  label: z.string().min(1, { error: "label says what the dataset is, for readers" }),
  required: z.boolean(),
});

/** "/jobs-review", "jobs-review/" or "" → "/jobs-review/" or "/": one leading and one trailing slash. */
export function normaliseBase(raw = "/"): string {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** The site config as validated: every field present, the base normalised, the URL an origin. */
export const siteConfigSchema = z.strictObject({
  title: z.string().trim().min(1, { error: "title is the site's name, shown in the header and the feed" }),
  author: z.string().trim().min(1, { error: "author is who writes the series (the feed and page metadata)" }),
  description: z.string().trim().min(1).max(300, { error: "description is the home page's meta description: keep it under 300 characters" }),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'language is a BCP 47 tag, like "en" or "en-GB"' }),
  siteUrl: z.url({ protocol: /^https?$/, error: "siteUrl (SITE_URL) is the origin the site is served from, like https://octocat.github.io" })
    .transform((u) => new URL(u).origin).optional(),
  basePath: z.string().transform((b) => normaliseBase(b)),
  datasets: z.array(datasetSchema).min(1, { error: "datasets must list at least one dataset" })
    .refine((ds) => new Set(ds.map((d) => d.name)).size === ds.length, { error: "two datasets have the same name" }),
});

/** What src/site/config.ts holds (before environment overrides and validation). */
export type SiteConfigInput = z.input<typeof siteConfigSchema>;
/** The validated site config. */
export type SiteConfig = z.output<typeof siteConfigSchema>;

/** Environment variables that override a field of the config for one build. */
export const SITE_ENV = { title: "SITE_TITLE", author: "SITE_AUTHOR", description: "SITE_DESCRIPTION", language: "SITE_LANGUAGE", siteUrl: "SITE_URL", basePath: "BASE_PATH" } as const;

/**
 * The config with environment overrides applied, validated. Throws one
 * message naming every bad field and where it came from (the file or the
 * variable).
 */
export function resolveSiteConfig(input: SiteConfigInput, env: Record<string, string | undefined> = process.env): SiteConfig {
  const merged: Record<string, unknown> = { ...input };
  for (const [field, name] of Object.entries(SITE_ENV)) {
    const value = env[name];
    if (value !== undefined && value !== "") merged[field] = value;
  }
  const parsed = siteConfigSchema.safeParse(merged);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? "");
    const fromEnv = field in SITE_ENV && env[SITE_ENV[field as keyof typeof SITE_ENV]];
    return `  ${issue.path.join(".")}: ${issue.message} (from ${fromEnv ? `the ${SITE_ENV[field as keyof typeof SITE_ENV]} variable` : "src/site/config.ts"})`;
  });
  throw new Error(`the site config is not valid:\n${lines.join("\n")}`);
}

/** This build's site config. */
export const SITE: SiteConfig = resolveSiteConfig(siteConfig);

/** One dataset the site can hold. */
export type DatasetConfig = z.output<typeof datasetSchema>;
/** The datasets the site can hold, by name (src/site/config.ts). */
export const DATASETS: readonly DatasetConfig[] = SITE.datasets;
/** A configured dataset's name. */
export type DatasetName = (typeof siteConfig.datasets)[number]["name"];
/** Names of the configured datasets. */
export const DATASET_NAMES: readonly string[] = DATASETS.map((d) => d.name);
