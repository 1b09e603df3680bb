import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { analyses, type AnalysisName } from "../analysis/registry.ts";
import { loadDataset, type Dataset } from "../ingest/loadDataset.ts";
import { runPlaces, type PlaceTables } from "../places/runPlaces.ts";
import type { DatasetMetadata } from "../metadata/DatasetMetadata.ts";
import { readDatasetMetadata } from "../metadata/readDatasetMetadata.ts";
import type { DatasetSource } from "./dataSources.ts";
import { figuresDocument } from "./figuresDocument.ts";
import { formatReport } from "./formatReport.ts";

export type { MapPlace } from "../places/PlacesFile.ts";

/** What precompute wrote, for the command's summary and for tests. */
export interface PrecomputeResult {
  readonly files: readonly string[];
  readonly datasets: Readonly<Record<string, Dataset>>;
  readonly unknownAreas: readonly string[];
}

/**
 * Loads the datasets, runs every registered analysis and writes the JSON the
 * site reads: `analyses/<name>.json`, `quality/<dataset>.json`, `places.json`,
 * `figures.json` and `sources.json`, into `outDir` (replaced as a whole).
 * Output is deterministic: no clock, no random ids. `log` receives the
 * readable quality summaries.
 */
export async function precompute(
  sources: { readonly datasets: readonly DatasetSource[]; readonly places: PlaceTables },
  outDir: string,
  { today, log = () => {}, projectRoot }: { today?: string | undefined; log?: (text: string) => void; projectRoot: string },
): Promise<PrecomputeResult> {
  // today: a pinned as-of date (JOBS_TODAY), or undefined to take each dataset's from its data.
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

  const files: [string, unknown][] = [];
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
    if (data) files.push([`analyses/${name}.json`, spec.run(data, ctx)]);
  }
  for (const [name, data] of Object.entries(datasets)) {
    const locations = placed.file.locations[name];
    files.push([`quality/${name}.json`, { ...data.report, unknownAreas: unknownAreas.filter((a) => data.rows.some((r) => r.area === a)), locations }]);
    log(formatReport(data.report, { unknownAreas, ...(locations ? { locations } : {}) }));
  }
  files.push(["places.json", placed.file]);
  files.push(["figures.json", figuresDocument(datasets["backend"]!, datasets["data-scientist"] ?? null)]);
  files.push(["sources.json", {
    bundledSample: Object.values(datasets).every((d) => d.report.source.startsWith("data/")),
    datasets: Object.fromEntries(sources.datasets.map(({ name }) => [name, datasets[name]
      ? { source: datasets[name].report.source, rows: datasets[name].rows.length }
      : { source: null, rows: 0 }])),
  }]);

  await rm(outDir, { recursive: true, force: true });
  for (const [file, data] of files) {
    const target = path.join(outDir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, JSON.stringify(data, null, 1) + "\n");
  }
  return { files: files.map(([f]) => f), datasets, unknownAreas };
}
