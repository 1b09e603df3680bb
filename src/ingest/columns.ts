import { ALL_JOBSPY_COLUMNS, USER_COLUMNS } from "./layouts.ts";

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
 * Columns without which a file is not a table of job postings: every JobSpy
 * layout has them. A file lacking any is refused with one message listing all
 * that are missing. Every other column may be absent ("not in this layout",
 * which the dataset profile states): its field is then null on every row.
 */
export const REQUIRED_COLUMNS = ["title", "company", "location"] as const;

/**
 * A row's identity: JobSpy's `id`, or (in the layouts before 2024, which have
 * none) its `job_url`, from which the id is derived. A file needs one of them.
 */
export const IDENTITY_COLUMNS = ["id", "job_url", "job_url_hyper"] as const;

/**
 * The dataset's column table: {@link MERGED_COLUMNS} always (the original
 * data's 35, in its order), then the other columns some JobSpy version or a
 * user's script wrote, each listed only when some file has it.
 */
export const DATASET_COLUMNS: readonly string[] = [
  ...MERGED_COLUMNS,
  ...[...ALL_JOBSPY_COLUMNS, ...USER_COLUMNS].filter((c, i, all) => !MERGED_COLUMNS.includes(c) && all.indexOf(c) === i),
];

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
