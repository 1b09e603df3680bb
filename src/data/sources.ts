// What precompute read (src/generated/sources.json), bundled at build. Absent before the
// first precompute: then nothing is known and every dataset counts as missing.
const sourcesFile = import.meta.glob<DataSourcesInfo>("../generated/sources.json", { eager: true, import: "default" });

/** Where this build's data came from: per dataset its (project-relative) source and row count. */
export interface DataSourcesInfo {
  /** True when every dataset is the bundled synthetic sample in data/. */
  readonly bundledSample: boolean;
  readonly datasets: Readonly<Record<string, { readonly source: string | null; readonly rows: number }>>;
}

/** This build's data sources; datasets the build was not given have `rows: 0` or no entry. */
export function dataSources(): DataSourcesInfo {
  return Object.values(sourcesFile)[0] ?? { bundledSample: false, datasets: {} };
}
