import type { SourcesFile } from "../pipeline/outputs.ts";

// What precompute read (src/generated/sources.json, typed by the contract in
// src/pipeline/outputs.ts), bundled at build. Absent before the first precompute:
// then nothing is known and every dataset counts as missing.
const sourcesModule = import.meta.glob<SourcesFile>("../generated/sources.json", { eager: true, import: "default" });

/**
 * Where this build's data came from (sources.json): per dataset its origin (a publishable
 * source name, its row count, whether it is the sample); datasets the build was not given
 * have `rows: 0` or no entry.
 */
export function sourcesFile(): SourcesFile {
  return Object.values(sourcesModule)[0] ?? { bundledSample: false, datasets: {} };
}
