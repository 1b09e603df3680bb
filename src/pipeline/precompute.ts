import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { analyses, type AnalysisName } from "../analysis/registry.ts";
import { InputError } from "../ingest/InputError.ts";
import { nearest } from "../lib/nearest.ts";
import { loadDataset, type Dataset } from "../ingest/loadDataset.ts";
import { safeInputFile } from "../ingest/safeInputFile.ts";
import { runPlaces, type PlaceTables } from "../places/runPlaces.ts";
import type { DatasetMetadata } from "../metadata/DatasetMetadata.ts";
import { readDatasetMetadata } from "../metadata/readDatasetMetadata.ts";
import { AnalysisFailure } from "./AnalysisFailure.ts";
import type { DatasetSource } from "./dataSources.ts";
import { figureFiles } from "./figureFiles.ts";
import { formatReport } from "./formatReport.ts";
import { inputTables } from "./freshness.ts";
import { describeComputation, type Computation } from "./manifest.ts";
import { output, type DatasetOrigin, type Output } from "./outputs.ts";
import { publishableName, publishableReport } from "./publishable.ts";
import { datasetDigest, isBundledSample } from "../sample/sampleDigest.ts";
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
 * `sources.json`, and per declared figure `figures/<id>.json` and its downloads
 * `downloads/<id>.csv|json`; their types are the contract in outputs.ts), as a list of
 * [file, data]. Adding an output is one `outputs.push(output(file, data))`.
 * Deterministic: no clock, no random ids.
 */
export async function computeOutputs(sources: PrecomputeSources, computation: Computation, { today, log = () => {}, projectRoot }: PrecomputeOptions) {
  const opts = { asOf: today, asOfFrom: "JOBS_TODAY", cwd: projectRoot };
  const loaded: Record<string, Dataset> = {};
  const metadata: Record<string, DatasetMetadata | null> = {};
  const shown = (p: string) => path.relative(projectRoot, p) || p;
  // Tables and a named metadata file are refused up front when they cannot be read (a FIFO would hang).
  for (const file of Object.values(sources.places)) await safeInputFile(file, shown(file));
  for (const { name, source, metadata: named } of sources.datasets) {
    if (source === null) continue;
    if (named) await safeInputFile(named, shown(named));
    // The metadata first: its last scrape day pins the as-of date, unless JOBS_TODAY does.
    const meta = await readDatasetMetadata(source, { explicit: named ?? undefined, shown });
    metadata[name] = meta;
    const scraped = today === undefined ? meta?.scraped?.to : undefined;
    const asOf = scraped === undefined ? opts : { ...opts, asOf: scraped, asOfFrom: "the dataset's metadata (scraped.to)" };
    loaded[name] = await loadDataset(source, { ...asOf, dataset: name });
    checkRowAccount(loaded[name], loaded[name].rows.length);
    refuseEmpty(loaded[name], log);
  }
  if (!loaded["backend"]) throw new Error("precompute needs the backend dataset (JOBS_DATA or data/backend)");

  // Places (src/places): locations and areas against the world gazetteer; a plain CSV's areas become place labels.
  const placed = await runPlaces(loaded, sources.places);
  const datasets = placed.datasets;
  const { unknownAreas } = placed.file;
  for (const [name, data] of Object.entries(datasets)) checkRowAccount(loaded[name] ?? data, data.rows.length);

  const origins: Record<string, DatasetOrigin> = {};
  for (const [name, data] of Object.entries(datasets)) origins[name] = originOf(name, computation, data.rows.length);

  const outputs: Output[] = [];
  const ctx = {
    places: placed.byArea, dataset: (name: string) => datasets[name], metadata: (name: string) => metadata[name] ?? null,
    origin: (name: string) => origins[name],
    locationPlace: (name: string, location: string) => {
      const p = placed.locationPlacements[name]?.get(location.trim());
      return p?.status === "placed" ? p.place : null;
    },
  };
  checkRegisteredSources();
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
  // Declared figures (src/analysis/figures): each one's rows, chart and downloads, from the analyses above.
  outputs.push(...figureFiles((name) => outputs.find(([file]) => file === `analyses/${name}.json`)?.[1], placed.byArea));
  for (const [name, data] of Object.entries(datasets)) {
    const locations = placed.file.locations[name];
    outputs.push(output(`quality/${name}.json`, { ...publishableReport(data.report), unknownAreas: unknownAreas.filter((a) => data.rows.some((r) => r.area === a)), ...(locations && { locations }) }));
    log(formatReport(data.report, { unknownAreas, ...(locations ? { locations } : {}) }));
  }
  outputs.push(output("places.json", placed.file));
  outputs.push(output("sources.json", {
    bundledSample: Object.values(origins).every((o) => o.bundledSample),
    datasets: Object.fromEntries(sources.datasets.map(({ name }) => [name, origins[name] ?? { source: null, rows: 0, bundledSample: false }])),
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
  const { outputs, datasets, unknownAreas } = await computeOutputs(sources, computation, options);
  await writeGenerated(outDir, outputs, computation, { ...(options.fs && { fs: options.fs }), ...(options.shownDir && { shownDir: options.shownDir }) });
  return { files: outputs.map(([f]) => f), datasets, unknownAreas };
}

/**
 * Where a dataset came from, as the site may say it: the publishable name of its source,
 * and whether its files are the bundled sample's, by content (src/sample/sampleDigest.ts):
 * the files in its folder, or the CSV and the metadata beside it.
 */
function originOf(name: string, computation: Computation, rows: number): DatasetOrigin {
  const source = computation.sources.datasets[name] ?? null;
  if (source === null) return { source: null, rows, bundledSample: false };
  const metadata = computation.sources.tables[`${name} metadata`];
  const files = computation.inputs
    .filter((i) => i.file === source || path.dirname(i.file) === source || i.file === metadata)
    .map((i) => ({ name: i.file === metadata ? "dataset.json" : path.basename(i.file), sha256: i.sha256 }));
  return { source: publishableName(source), rows, bundledSample: isBundledSample(datasetDigest(files)) };
}

/**
 * Every row read is kept or counted as skipped, and the analyses see exactly the rows
 * kept: `rowsRead = rowsKept + rowsSkipped`, the skip counts by kind add up to
 * `rowsSkipped`, and `rows` (after loading, and again after places) is `rowsKept` long.
 * Checked on every run, whatever the data, so a row lost between the reader and the
 * figures stops precompute instead of publishing counts that do not add up.
 */
export function checkRowAccount(data: Pick<Dataset, "report">, rows: number): void {
  const { report } = data;
  const skippedByKind = report.issues.filter((i) => i.action === "row skipped").reduce((n, i) => n + i.count, 0);
  const wrong = [
    ...(report.rowsKept + report.rowsSkipped !== report.rowsRead ? [`${report.rowsRead} rows read but ${report.rowsKept} kept and ${report.rowsSkipped} skipped`] : []),
    ...(skippedByKind !== report.rowsSkipped ? [`${report.rowsSkipped} rows skipped but ${skippedByKind} counted by kind`] : []),
    ...(rows !== report.rowsKept ? [`${report.rowsKept} rows kept but ${rows} passed on to the analyses`] : []),
  ];
  if (wrong.length > 0) throw new Error(`dataset "${report.dataset}": the row count does not add up (${wrong.join("; ")}); this is a bug in the pipeline, not in the data`);
}

/**
 * A dataset without one usable posting stops the run with one message (after its quality
 * summary, which lists why rows were skipped): every figure, chart and sentence about it
 * would be empty, and the site does not publish an empty review. (Chosen over a "no
 * postings" site: a post cannot say anything true about no data; README "Your own data".)
 */
function refuseEmpty(data: Dataset, log: (text: string) => void): void {
  const { report } = data;
  if (data.rows.length > 0) return;
  log(formatReport(report));
  const why = report.rowsRead === 0
    ? `${report.files.length === 1 ? "the file has" : `its ${report.files.length} files have`} a header and no rows`
    : `all ${report.rowsRead} rows were skipped (${report.issues.filter((i) => i.action === "row skipped").map((i) => `${i.count} × ${i.kind}`).join(", ") || "see the summary above"})`;
  throw new InputError(report.source, undefined, undefined, `has no usable postings: ${why}; there is nothing to publish for dataset "${report.dataset}"`);
}

/**
 * Every registered analysis names the file its code fold shows (`spec(dataset, "file.ts", run)`):
 * a misspelt one fails here, at its line of the registry, instead of at render in a post.
 */
export function checkRegisteredSources(
  registered: Readonly<Record<string, { readonly source: string }>> = analyses,
  dir = fileURLToPath(new URL("../analysis/", import.meta.url)),
): void {
  const registry = path.join(dir, "registry.ts");
  for (const [name, spec] of Object.entries(registered)) {
    if (existsSync(path.join(dir, spec.source))) continue;
    const lines = existsSync(registry) ? readFileSync(registry, "utf8").split("\n") : [];
    const at = lines.findIndex((l) => new RegExp(`^\\s*${name}\\s*:`).test(l));
    const guess = nearest(spec.source, readdirSync(dir).filter((f) => f.endsWith(".ts")));
    throw new InputError("src/analysis/registry.ts", at === -1 ? undefined : at + 1, undefined,
      `analysis "${name}" names "${spec.source}" as its file, and src/analysis/${spec.source} does not exist.${guess ? ` Did you mean "${guess}"?` : ""} (The file is the one its code fold shows.)`);
  }
}
