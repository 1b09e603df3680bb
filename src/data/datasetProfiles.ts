/**
 * The configured datasets as readers meet them: each one's profile (src/analysis/datasetProfile.ts)
 * and the name to call it by. The name is its metadata file's title when it has one ("US
 * backend-engineering postings on LinkedIn"), else the configured label; never a claim the data
 * does not make.
 */
import { analyses } from "../analysis/registry.ts";
import type { DatasetProfile } from "../analysis/datasetProfile.ts";
import { DATASETS } from "../site/siteConfig.ts";
import { analysisValue } from "./analysis.ts";

/** The registered profile analysis of a dataset ("datasetProfile" for "backend"), if any. */
export function profileAnalysisOf(dataset: string): string | undefined {
  return Object.entries(analyses).find(([, spec]) => spec.dataset === dataset && spec.source === "datasetProfile.ts")?.[0];
}

/** A dataset's profile; undefined when the dataset is not in this build (or has no profile analysis). */
export function profileOf(dataset: string): DatasetProfile | undefined {
  const name = profileAnalysisOf(dataset);
  return name === undefined ? undefined : (analysisValue(name, "") as DatasetProfile | undefined);
}

/** What to call a dataset: its metadata title, else its configured label. */
export function datasetTitle(dataset: string): string {
  const title = profileOf(dataset)?.metadata?.title;
  return title ?? DATASETS.find((d) => d.name === dataset)?.label ?? dataset;
}
