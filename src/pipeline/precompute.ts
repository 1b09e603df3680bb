import path from "node:path";
import { analyses, type AnalysisName } from "../analysis/registry.ts";
import { loadDataset, type Dataset } from "../ingest/loadDataset.ts";
import { runPlaces, type PlaceTables } from "../places/runPlaces.ts";
import type { DatasetMetadata } from "../metadata/DatasetMetadata.ts";
import { readDatasetMetadata } from "../metadata/readDatasetMetadata.ts";
import { AnalysisFailure } from "./AnalysisFailure.ts";
import type { DatasetSource } from "./dataSources.ts";
import { formatReport } from "./formatReport.ts";
import { inputTables } from "./freshness.ts";
import { describeComputation, type Computation } from "./manifest.ts";
import { output, type Output } from "./outputs.ts";
import { writeGenerated, type WriterFs } from "./writeGenerated.ts";

export type { MapPlace } from "../places/PlacesFile.ts";

/** What precompute wrote, for the command's summary and for tests. */
export interface PrecomputeResult {
  readonly files: readonly string[];
  readonly datasets: Readonly<Record<string, Dataset>>;
  readonly unknownAreas: readonly string[];
}

/** The inputs of a run: each configured dataset's source (null when left out) and the places tables. */
export interface PrecomputeSources {
  readonly datasets: readonly DatasetSource[];
  readonly places: PlaceTables;
}

export interface PrecomputeOptions {
  /** A pinned as-of date (JOBS_TODAY), or undefined to take each dataset's from its data. */
  readonly today?: string | undefined;
  readonly projectRoot: string;
  /** Receives the readable quality summaries. */
  readonly log?: (text: string) => void;
}

/**
 * Loads the datasets, places them and runs every registered analysis: the files the
 * site reads (`analyses/<name>.json`, `quality/<dataset>.json`, `places.json`,
 * `sources.json`; their types are the contract in outputs.ts), as a list of
 * [file, data]. Adding an output is one `outputs.push(output(file, data))`.
 * Deterministic: no clock, no random ids.
 */
export async function computeOutputs(sources: PrecomputeSources, { today, log = () => {}, projectRoot }: PrecomputeOptions) {
  const opts = { asOf: today, asOfFrom: "JOBS_TODAY", cwd: projectRoot };
  const loaded: Record<string, Dataset> = {};
  const metadata: Record<string, DatasetMetadata | null> = {};
  const shown = (p: string) => path.relative(projectRoot, p) || p;
  for (const { name, source, metadata: named } of sources.datasets) {
    if (source === null) continue;
    // The metadata first: its last scrape day pins the as-of date, unless JOBS_TODAY does.
    const meta = await readDatasetMetadata(source, { explicit: named ?? undefined, shown });
    metadata[name] = meta;
    const scraped = today === undefined ? meta?.scraped?.to : undefined;
    const asOf = scraped === undefined ? opts : { ...opts, asOf: scraped, asOfFrom: "the dataset's metadata (scraped.to)" };
    loaded[name] = await loadDataset(source, { ...asOf, dataset: name });
  }
  if (!loaded["backend"]) throw new Error("precompute needs the backend dataset (JOBS_DATA or data/backend)");

  // Places (src/places): locations and areas against the world gazetteer; a plain CSV's areas become place labels.
  const placed = await runPlaces(loaded, sources.places);
  const datasets = placed.datasets;
  const { unknownAreas } = placed.file;

  const outputs: Output[] = [];
  const ctx = {
    places: placed.byArea, dataset: (name: string) => datasets[name], metadata: (name: string) => metadata[name] ?? null,
    locationPlace: (name: string, location: string) => {
      const p = placed.locationPlacements[name]?.get(location.trim());
      return p?.status === "placed" ? p.place : null;
    },
  };
  for (const name of Object.keys(analyses) as AnalysisName[]) {
    const spec = analyses[name];
    const data = datasets[spec.dataset];
    if (!data) continue;
    try {
      outputs.push([`analyses/${name}.json`, spec.run(data, ctx)]);
    } catch (error) {
      throw new AnalysisFailure(name, spec.source, error, projectRoot);
    }
  }
  for (const [name, data] of Object.entries(datasets)) {
    const locations = placed.file.locations[name];
    outputs.push(output(`quality/${name}.json`, { ...data.report, unknownAreas: unknownAreas.filter((a) => data.rows.some((r) => r.area === a)), ...(locations && { locations }) }));
    log(formatReport(data.report, { unknownAreas, ...(locations ? { locations } : {}) }));
  }
  outputs.push(output("places.json", placed.file));
  outputs.push(output("sources.json", {
    bundledSample: Object.values(datasets).every((d) => d.report.source.startsWith("data/")),
    datasets: Object.fromEntries(sources.datasets.map(({ name }) => [name, datasets[name]
      ? { source: datasets[name].report.source, rows: datasets[name].rows.length, bundledSample: datasets[name].report.source.startsWith("data/") }
      : { source: null, rows: 0, bundledSample: false }])),
  }));
  return { outputs, datasets, unknownAreas };
}

/**
 * Computes every output ({@link computeOutputs}) and replaces `outDir` with them as a
 * whole, with the completion manifest of `computation` (what the run read) written last
 * (see writeGenerated.ts). On any failure the previous folder stays as it was.
 */
export async function precompute(
  sources: PrecomputeSources,
  outDir: string,
  options: PrecomputeOptions & { readonly computation?: Computation; readonly fs?: WriterFs; readonly shownDir?: string },
): Promise<PrecomputeResult> {
  const computation = options.computation ?? await describeComputation({
    datasets: Object.fromEntries(sources.datasets.map((d) => [d.name, d.source])),
    tables: inputTables(sources), settings: options.today === undefined ? {} : { today: options.today },
    codeFiles: [], projectRoot: options.projectRoot,
  });
  const { outputs, datasets, unknownAreas } = await computeOutputs(sources, options);
  await writeGenerated(outDir, outputs, computation, { ...(options.fs && { fs: options.fs }), ...(options.shownDir && { shownDir: options.shownDir }) });
  return { files: outputs.map(([f]) => f), datasets, unknownAreas };
}
