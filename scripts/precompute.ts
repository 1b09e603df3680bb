// Computes every analysis into src/generated/ (run automatically before dev and build).
// Data: JOBS_DATA / DS_DATA (a CSV or a folder with areas.csv), else the bundled sample in data/.
import path from "node:path";
import { InputError } from "../src/ingest/InputError.ts";
import { PROJECT_ROOT, resolveDatasets, resolveSources, today } from "../src/pipeline/dataSources.ts";
import { precompute } from "../src/pipeline/precompute.ts";

const started = performance.now();
try {
  const sources = { datasets: resolveDatasets(), places: resolveSources({}).places };
  const out = path.join(PROJECT_ROOT, "src", "generated");
  const result = await precompute(sources, out, { today: today(), projectRoot: PROJECT_ROOT, log: (t) => console.log(t) });
  const rows = Object.values(result.datasets).reduce((n, d) => n + d.rows.length, 0);
  console.log(`precompute: ${rows} rows, ${result.files.length} JSON files in src/generated (${Math.round(performance.now() - started)} ms)`);
} catch (error) {
  if (error instanceof InputError) {
    console.error(`precompute failed: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
