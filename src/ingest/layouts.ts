/**
 * The column layouts JobSpy has written, oldest first, as its `scrape_jobs`
 * (`desired_order`) put them, and the columns users add themselves. A file is
 * read by column name, in any order; the layout only names what the file is,
 * for the quality report and the dataset profile ("job_level: not in this
 * layout" rather than "job_level: always empty").
 *
 * Where each comes from (checked against JobSpy's source history, see
 * ../../tests/fixtures/jobspy/README.md for the details):
 * - 11: the first 2023 releases (v1.0): no date, no remote flag, no id.
 * - 17: 2023 (v1.1): `job_url` first, `num_urgent_words` and `benefits`, no id.
 * - 26: early 2024: company details from Indeed (`logo_photo_url`,
 *   `banner_photo_url`, `ceo_name`, `ceo_photo_url`); no id, level or function.
 * - 28: 2024–25: `id` first, `salary_source`, LinkedIn's `job_level` and
 *   `job_function`, `company_logo` instead of Indeed's photo columns.
 * - 31: 2024: the 28 columns in another order, with Indeed's photo and CEO
 *   columns instead of `company_logo` (seen in real output; listed in
 *   spec/jobspy-layouts.md).
 * - 34: current: the 28 plus Naukri's `skills`, `experience_range`,
 *   `company_rating`, `company_reviews_count`, `vacancy_count`,
 *   `work_from_home_type`.
 */
export const JOBSPY_LAYOUTS = [
  {
    id: "jobspy-11", era: "2023, first releases",
    columns: ["site", "title", "company", "location", "job_type", "interval", "min_amount", "max_amount", "currency", "job_url", "description"],
  },
  {
    id: "jobspy-17", era: "2023",
    columns: ["job_url", "site", "title", "company", "company_url", "location", "job_type", "date_posted", "interval",
      "min_amount", "max_amount", "currency", "is_remote", "num_urgent_words", "benefits", "emails", "description"],
  },
  {
    id: "jobspy-26", era: "early 2024",
    columns: ["site", "job_url", "job_url_direct", "title", "company", "location", "job_type", "date_posted", "interval",
      "min_amount", "max_amount", "currency", "is_remote", "emails", "description", "company_url", "company_url_direct",
      "company_addresses", "company_industry", "company_num_employees", "company_revenue", "company_description",
      "logo_photo_url", "banner_photo_url", "ceo_name", "ceo_photo_url"],
  },
  {
    id: "jobspy-28", era: "2024–25",
    columns: ["id", "site", "job_url", "job_url_direct", "title", "company", "location", "date_posted", "job_type",
      "salary_source", "interval", "min_amount", "max_amount", "currency", "is_remote", "job_level", "job_function",
      "listing_type", "emails", "description", "company_industry", "company_url", "company_logo", "company_url_direct",
      "company_addresses", "company_num_employees", "company_revenue", "company_description"],
  },
  {
    id: "jobspy-31", era: "2024",
    columns: ["id", "site", "job_url", "job_url_direct", "title", "company", "location", "job_type", "date_posted",
      "salary_source", "interval", "min_amount", "max_amount", "currency", "is_remote", "job_level", "job_function",
      "company_industry", "listing_type", "emails", "description", "company_url", "company_url_direct",
      "company_addresses", "company_num_employees", "company_revenue", "company_description", "logo_photo_url",
      "banner_photo_url", "ceo_name", "ceo_photo_url"],
  },
  {
    id: "jobspy-34", era: "2025, current",
    columns: ["id", "site", "job_url", "job_url_direct", "title", "company", "location", "date_posted", "job_type",
      "salary_source", "interval", "min_amount", "max_amount", "currency", "is_remote", "job_level", "job_function",
      "listing_type", "emails", "description", "company_industry", "company_url", "company_logo", "company_url_direct",
      "company_addresses", "company_num_employees", "company_revenue", "company_description", "skills",
      "experience_range", "company_rating", "company_reviews_count", "vacancy_count", "work_from_home_type"],
  },
] as const satisfies readonly { id: string; era: string; columns: readonly string[] }[];

export type JobSpyLayoutId = (typeof JOBSPY_LAYOUTS)[number]["id"];

/** The layout JobSpy writes today (the last of {@link JOBSPY_LAYOUTS}): a file in it needs no note about absent columns. */
export const CURRENT_LAYOUT: JobSpyLayoutId = JOBSPY_LAYOUTS.at(-1)!.id;

/**
 * JobSpy's `hyperlinks=True` (2023–24) writes `job_url_hyper`
 * (`<a href="URL">URL</a>`) where the others write `job_url`.
 */
export const HYPERLINK_URL_COLUMN = "job_url_hyper";

/**
 * Columns users add to JobSpy's output in their own scripts, read when
 * present: `search_term` (the search that found the row) is kept on every
 * row; `source` and `lang` are counted in the column table. `area` is the
 * merged dataset's searched area.
 */
export const USER_COLUMNS = ["area", "search_term", "source", "lang"] as const;

/** Every column name some JobSpy version wrote, in first-written order. */
export const ALL_JOBSPY_COLUMNS: readonly string[] = [
  ...new Set<string>([...JOBSPY_LAYOUTS.flatMap((l) => l.columns), HYPERLINK_URL_COLUMN]),
];

/** What a header says about the file's layout. */
export interface LayoutMatch {
  /**
   * The JobSpy layout(s) whose columns the header has, exactly: "jobspy-34";
   * several joined by "+" when the file concatenates versions
   * ("jobspy-17+jobspy-26+jobspy-34"); "jobspy-28-subset" when it has some of
   * one layout's columns and nothing else; "other" otherwise.
   */
  readonly layout: string;
  /** The same in words, for the report: "JobSpy's 17-column layout (2023), reordered". */
  readonly description: string;
  /** Columns of {@link USER_COLUMNS} in the header (in header order), `area` excepted. */
  readonly userColumns: readonly string[];
}

/**
 * Names the layout of a header: the fewest JobSpy layouts (at most three)
 * whose columns together are exactly the header's JobSpy columns. User and
 * unknown columns are set aside first, so "jobspy-34 with search_term,
 * source, lang" is the 37-column layout of a user's own script.
 */
export function matchLayout(header: readonly string[]): LayoutMatch {
  const known = new Set(ALL_JOBSPY_COLUMNS);
  const jobspy = header.map((h) => (h === HYPERLINK_URL_COLUMN ? "job_url" : h)).filter((h) => known.has(h));
  const have = new Set(jobspy);
  const userColumns = header.filter((h) => h !== "area" && (USER_COLUMNS as readonly string[]).includes(h));
  const user = userColumns.length > 0 ? `, with the user's columns ${userColumns.join(", ")}` : "";

  for (let size = 1; size <= 3; size++) {
    for (const combo of combinations(JOBSPY_LAYOUTS.length, size)) {
      const layouts = combo.map((i) => JOBSPY_LAYOUTS[i]!);
      const union = new Set<string>(layouts.flatMap((l) => l.columns));
      if (union.size !== have.size || ![...union].every((c) => have.has(c))) continue;
      if (size === 1) {
        const [only] = layouts as [(typeof JOBSPY_LAYOUTS)[number]];
        const inOrder = only.columns.every((c, i) => c === jobspy[i]);
        return {
          layout: only.id, userColumns,
          description: `JobSpy's ${only.columns.length}-column layout (${only.era})${inOrder ? "" : ", reordered"}${user}`,
        };
      }
      return {
        layout: layouts.map((l) => l.id).join("+"), userColumns,
        description: `several JobSpy versions concatenated: the columns of the ${layouts.map((l) => `${l.columns.length}-column (${l.era})`).join(", ")} layouts${user}`,
      };
    }
  }
  const within = JOBSPY_LAYOUTS.filter((l) => jobspy.every((c) => (l.columns as readonly string[]).includes(c)));
  if (within.length > 0 && jobspy.length > 0) {
    // The smallest layout holding them all: the closest one.
    const closest = within.reduce((a, b) => (b.columns.length < a.columns.length ? b : a));
    return {
      layout: `${closest.id}-subset`, userColumns,
      description: `${jobspy.length} of the ${closest.columns.length} columns of JobSpy's ${closest.era} layout${user}`,
    };
  }
  return { layout: "other", userColumns, description: `${jobspy.length} JobSpy columns in no layout JobSpy wrote${user}` };
}

/** Index combinations of `size` out of `n`, in lexicographic order. */
function* combinations(n: number, size: number, start = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === size) {
    yield prefix;
    return;
  }
  for (let i = start; i < n; i++) yield* combinations(n, size, i + 1, [...prefix, i]);
}
