// One benchmark run in a fresh process: load a dataset, run every analysis, print JSON figures.
import { analyses, type AnalysisName } from "../src/analysis/registry.ts";
import { loadDataset } from "../src/ingest/loadDataset.ts";
import { runPlaces } from "../src/places/runPlaces.ts";
import { SAMPLE } from "../src/pipeline/dataSources.ts";

const source = process.argv[2];
if (!source) throw new Error("usage: bench-worker.ts <csv|folder>");
const t0 = performance.now();
const data = await loadDataset(source, { dataset: "backend", today: "2100-01-01" });
const t1 = performance.now();
const { byArea: places } = await runPlaces({ backend: data }, SAMPLE.places);
for (const name of Object.keys(analyses) as AnalysisName[]) {
  const spec = analyses[name];
  if (spec.dataset === "backend") JSON.stringify(spec.run(data, { places, dataset: () => data }));
}
const t2 = performance.now();
console.log(JSON.stringify({
  rows: data.rows.length, ingestMs: t1 - t0, analysesMs: t2 - t1, totalMs: t2 - t0,
  peakRssMB: process.resourceUsage().maxRSS / 1024,
}));
