import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { analyses, type AnalysisName } from "../analysis/registry.ts";
import { displayName, readGazetteer, type Place } from "../ingest/gazetteer.ts";
import { loadDataset, type Dataset } from "../ingest/loadDataset.ts";
import type { DatasetSource } from "./dataSources.ts";
import { figuresDocument } from "./figuresDocument.ts";
import { formatReport } from "./formatReport.ts";

/** A place on the map for an area the datasets contain. */
export interface MapPlace extends Place {
  /** The label a reader sees ("Seattle, WA" for the source's "Seattle, CA"). */
  readonly label: string;
}

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
  sources: { readonly datasets: readonly DatasetSource[]; readonly gazetteer: string },
  outDir: string,
  { today, log = () => {}, projectRoot }: { today: string; log?: (text: string) => void; projectRoot: string },
): Promise<PrecomputeResult> {
  const opts = { today, cwd: projectRoot };
  const datasets: Record<string, Dataset> = {};
  for (const { name, source } of sources.datasets) {
    if (source !== null) datasets[name] = await loadDataset(source, { ...opts, dataset: name });
  }
  if (!datasets["backend"]) throw new Error("precompute needs the backend dataset (JOBS_DATA or data/backend)");

  const gazetteer = await readGazetteer(sources.gazetteer);
  const areas = [...new Set(Object.values(datasets).flatMap((d) => d.rows.flatMap((r) => (r.area === null ? [] : [r.area]))))];
  const places: MapPlace[] = [];
  const unknownAreas: string[] = [];
  for (const area of areas) {
    const place = gazetteer.get(area);
    if (place) places.push({ ...place, label: displayName(place) });
    else unknownAreas.push(area);
  }

  const files: [string, unknown][] = [];
  const ctx = { places: gazetteer, dataset: (name: string) => datasets[name] };
  for (const name of Object.keys(analyses) as AnalysisName[]) {
    const spec = analyses[name];
    const data = datasets[spec.dataset];
    if (data) files.push([`analyses/${name}.json`, spec.run(data, ctx)]);
  }
  for (const [name, data] of Object.entries(datasets)) {
    files.push([`quality/${name}.json`, { ...data.report, unknownAreas: unknownAreas.filter((a) => data.rows.some((r) => r.area === a)) }]);
    log(formatReport(data.report, { unknownAreas }));
  }
  files.push(["places.json", { places, unknownAreas }]);
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
