import type { DescriptionFeatures } from "./text/extractFeatures.ts";

/** A pay interval as JobSpy writes it. */
export type PayInterval = "yearly" | "monthly" | "weekly" | "daily" | "hourly";

/** The stated pay of one posting, as scraped (not yet converted to yearly). */
export interface Pay {
  readonly interval: PayInterval;
  readonly min: number;
  readonly max: number;
  /**
   * ISO 4217 code as scraped, upper case ("USD", "CAD", "INR"), or null when
   * the row states amounts without a currency (reported). Pay in every
   * currency is kept: analyses group by currency, never mix them, and never
   * convert without an exchange rate the author configured.
   */
  readonly currency: string | null;
}

/**
 * One validated posting. Only the fields the analyses use are kept, so a
 * million rows fit in memory; ids and codes stay strings. Missing values are
 * `null` (pandas' NaN), never "": an empty company is "not given", not a
 * company called "".
 */
export interface Job {
  /** JobSpy's id, or one derived from `job_url` when the layout has no id column (reported). */
  readonly id: string;
  /** The job board as JobSpy writes `site` ("linkedin", "indeed", "glassdoor", ...), lower case; null when missing. */
  readonly site: string | null;
  readonly title: string | null;
  readonly company: string | null;
  /** Where the posting says the job is; null when the scrape left it empty. */
  readonly location: string | null;
  /**
   * The searched area: the manifest's label, the `area` column, or (when the
   * data names no search) the place its location resolves to. null when none
   * of these gives one (an empty or non-place location such as "Remote").
   */
  readonly area: string | null;
  /** The search that found the row, from a user-added `search_term` column; null when absent. */
  readonly searchTerm: string | null;
  /** `YYYY-MM-DD`, or null when missing or unparseable (the latter is reported). */
  readonly datePosted: string | null;
  /** JobSpy's job types, e.g. ["fulltime", "contract"]; empty when missing. */
  readonly jobType: readonly string[];
  /** Stated pay, or null when the posting has none or it was unusable (reported). */
  readonly pay: Pay | null;
  /** null when the cell is missing. */
  readonly isRemote: boolean | null;
  /** LinkedIn seniority label, normalised to lower case, e.g. "entry level"; null when missing. */
  readonly jobLevel: string | null;
  readonly jobFunction: string | null;
  readonly companyIndustry: string | null;
  /** What the description says (skills, years of experience, work mode), extracted at ingest. */
  readonly features: DescriptionFeatures;
  /** Where the row came from, for reports: file path and 1-based line of its first physical line. */
  readonly file: string;
  readonly line: number;
}
