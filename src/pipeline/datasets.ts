/**
 * The datasets the site can hold, by name. Posts declare the ones they use
 * (frontmatter `datasets`), analyses name the one they read
 * (src/analysis/registry.ts). To add a dataset, e.g. a new scrape, add an
 * entry: its data comes from the environment variable when set, else from the
 * sample path (relative to the project root). Either may be a JobSpy CSV or a
 * folder of per-area files with an areas.csv manifest.
 */
export const DATASETS = [
  { name: "backend", env: "JOBS_DATA", sample: "data/backend", label: "US backend-engineer postings", required: true },
  { name: "data-scientist", env: "DS_DATA", sample: "data/data-scientist", label: "US data-scientist postings (comparison sample)", required: false },
] as const satisfies readonly DatasetConfig[];

export interface DatasetConfig {
  /** kebab-case name used by posts and analyses. */
  readonly name: string;
  /** Environment variable that points at the data (a CSV or a folder). */
  readonly env: string;
  /** Where the bundled sample is, relative to the project root. */
  readonly sample: string;
  /** What it is, for readers (about page, post footers). */
  readonly label: string;
  /** The site cannot build without it. Optional datasets are left out (and their statements) when not given. */
  readonly required: boolean;
}

export type DatasetName = (typeof DATASETS)[number]["name"];

/** Names of the configured datasets. */
export const DATASET_NAMES: readonly string[] = DATASETS.map((d) => d.name);
