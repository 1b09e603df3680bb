import { statSync } from "node:fs";
import path from "node:path";
import { METADATA_FILE } from "../metadata/readDatasetMetadata.ts";
import { resolveDatasets, resolvePlaces, today } from "./dataSources.ts";
import { GENERATED_DIR } from "./outputs.ts";
import { checkOutputs, describeAgain, differences, readManifest, type ComputationRequest } from "./manifest.ts";
import type { PrecomputeSources } from "./precompute.ts";

type Env = Readonly<Record<string, string | undefined>>;

/** What a run is asked to compute, from the environment: sources (JOBS_DATA, DS_DATA, PLACE_CORRECTIONS, CITY_ALIASES) and settings. */
export function requestFromEnv(env: Env, root: string): Omit<ComputationRequest, "codeFiles"> & { sources: PrecomputeSources } {
  const datasets = resolveDatasets({ ...env }, root);
  const sources = { datasets, places: resolvePlaces({ ...env }, root) };
  const asOf = today({ ...env });
  return {
    sources,
    datasets: Object.fromEntries(datasets.map((d) => [d.name, d.source])),
    tables: inputTables(sources),
    // The as-of date: pinned by JOBS_TODAY, else derived from the data (so covered by its digest).
    settings: asOf === undefined ? {} : { today: asOf },
    projectRoot: root,
  };
}

/**
 * The files a run reads besides the datasets' own: the places tables, and each dataset's
 * metadata file when it is not inside the data folder (named by JOBS_METADATA, or
 * `<name>.dataset.json` beside a CSV, recorded even while absent so that adding it counts).
 */
export function inputTables(sources: PrecomputeSources): Record<string, string> {
  const tables: Record<string, string> = { ...sources.places };
  for (const d of sources.datasets) {
    if (d.source === null) continue;
    const isFolder = statSync(d.source, { throwIfNoEntry: false })?.isDirectory() ?? false;
    const beside = path.join(path.dirname(d.source), `${path.basename(d.source).replace(/\.csv$/i, "")}.${METADATA_FILE}`);
    if (d.metadata) tables[`${d.name} metadata`] = d.metadata;
    else if (!isFolder) tables[`${d.name} metadata`] = beside;
  }
  return tables;
}

/**
 * Why src/generated/ cannot be published by a build with this environment, in words
 * (empty when it can): the folder or its manifest is missing (precompute did not run or
 * did not finish), a file is missing or was edited, or it was computed from other
 * sources, data, code or settings than this build's.
 */
export async function freshnessProblems(root: string, env: Env): Promise<string[]> {
  const dir = path.join(root, GENERATED_DIR);
  const read = await readManifest(dir);
  if ("problem" in read) return [`${GENERATED_DIR}: ${read.problem}`];
  const current = await describeAgain(read.manifest, requestFromEnv(env, root));
  const changed = differences(read.manifest, current, root);
  const damaged = (await checkOutputs(dir, read.manifest)).map((p) => `${GENERATED_DIR}/${p}`);
  return [...changed, ...damaged];
}
