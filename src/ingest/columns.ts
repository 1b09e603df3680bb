/**
 * The JobSpy CSV layout, in the order JobSpy (and pandas' `to_csv`) writes it.
 * `area` is not a JobSpy column: the merged `jobs.csv` inserts it right after
 * `location`, and the pipeline does the same when it merges per-area files.
 */
export const JOBSPY_COLUMNS = [
  "id", "site", "job_url", "job_url_direct", "title", "company", "location",
  "date_posted", "job_type", "salary_source", "interval", "min_amount",
  "max_amount", "currency", "is_remote", "job_level", "job_function",
  "listing_type", "emails", "description", "company_industry", "company_url",
  "company_logo", "company_url_direct", "company_addresses",
  "company_num_employees", "company_revenue", "company_description", "skills",
  "experience_range", "company_rating", "company_reviews_count",
  "vacancy_count", "work_from_home_type",
] as const;

export type JobSpyColumn = (typeof JOBSPY_COLUMNS)[number];

/** Every column of the merged dataset: JobSpy's with `area` after `location`. */
export const MERGED_COLUMNS: readonly string[] = [
  ...JOBSPY_COLUMNS.slice(0, JOBSPY_COLUMNS.indexOf("location") + 1),
  "area",
  ...JOBSPY_COLUMNS.slice(JOBSPY_COLUMNS.indexOf("location") + 1),
];

/**
 * The older 28-column JobSpy layout: the same columns up to
 * `company_description`, before JobSpy added `skills`, `experience_range`,
 * `company_rating`, `company_reviews_count`, `vacancy_count` and
 * `work_from_home_type`. Files in this layout are accepted; the six later
 * columns then count as entirely empty.
 */
export const OLDER_JOBSPY_COLUMNS: readonly string[] = JOBSPY_COLUMNS.slice(
  0, JOBSPY_COLUMNS.indexOf("company_description") + 1,
);

/**
 * Columns the analyses need. A file without one of these is refused with an
 * error naming the file, the header line and the missing column.
 */
export const REQUIRED_COLUMNS = [
  "id", "title", "company", "location", "date_posted", "job_type", "interval",
  "min_amount", "max_amount", "currency", "is_remote", "job_level",
  "company_industry", "description",
] as const;

/**
 * Cell values pandas' `read_csv` reads as missing (its default `na_values`).
 * The figures this project must reproduce were computed that way, so an empty
 * cell, `NaN`, `nan`, `None` and the rest all count as missing here too.
 */
export const MISSING_TOKENS: ReadonlySet<string> = new Set([
  "", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan",
  "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a",
  "nan", "null",
]);
