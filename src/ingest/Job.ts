import type { DescriptionFeatures } from "../analysis/text/extractFeatures.ts";

/** A pay interval as JobSpy writes it. */
export type PayInterval = "yearly" | "monthly" | "weekly" | "daily" | "hourly";

/** The stated pay of one posting, as scraped (not yet converted to yearly). */
export interface Pay {
  readonly interval: PayInterval;
  readonly min: number;
  readonly max: number;
  /** ISO 4217 code as scraped, e.g. "USD". */
  readonly currency: string;
}

/**
 * One validated posting. Only the fields the analyses use are kept, so a
 * million rows fit in memory; ids and codes stay strings. Missing values are
 * `null` (pandas' NaN).
 */
export interface Job {
  readonly id: string;
  readonly title: string;
  readonly company: string;
  /** Where the posting says the job is; null when the scrape left it empty. */
  readonly location: string | null;
  /** The searched area (see ingest: manifest label, `area` column or location). */
  readonly area: string;
  /** `YYYY-MM-DD`, or null when missing or unparseable (the latter is reported). */
  readonly datePosted: string | null;
  /** JobSpy's job types, e.g. ["fulltime", "contract"]; empty when missing. */
  readonly jobType: readonly string[];
  /** Stated pay, or null when the posting has none or it was unusable (reported). */
  readonly pay: Pay | null;
  /** null when the cell is missing. */
  readonly isRemote: boolean | null;
  /** LinkedIn seniority label, lower case, e.g. "entry level"; null when missing. */
  readonly jobLevel: string | null;
  readonly jobFunction: string | null;
  readonly companyIndustry: string | null;
  /** What the description says (skills, years of experience, work mode), extracted at ingest. */
  readonly features: DescriptionFeatures;
  /** Where the row came from, for reports: file path and 1-based line of its first physical line. */
  readonly file: string;
  readonly line: number;
}
