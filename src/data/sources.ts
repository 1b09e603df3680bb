import type { SourcesFile } from "../pipeline/outputs.ts";

// What precompute read (src/generated/sources.json, typed by the contract in
// src/pipeline/outputs.ts), bundled at build. Absent before the first precompute:
// then nothing is known and every dataset counts as missing.
const sourcesFile = import.meta.glob<SourcesFile>("../generated/sources.json", { eager: true, import: "default" });

/** Where this build's data came from: per dataset a publishable source name, its row count and whether it is the sample. */
export type DataSourcesInfo = SourcesFile;

/** This build's data sources; datasets the build was not given have `rows: 0` or no entry. */
export function dataSources(): DataSourcesInfo {
  return Object.values(sourcesFile)[0] ?? { bundledSample: false, datasets: {} };
}
