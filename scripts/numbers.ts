// Prints the reference numbers (the shape of spec/reference-figures.json) as JSON.
// Usage: npm run numbers -- [--jobs <csv|folder>] [--ds <csv|folder>] [--quality <file.json>]
// --quality writes the data-quality reports (one per dataset) as JSON.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadDataset } from "../src/ingest/loadDataset.ts";
import { InputError } from "../src/ingest/InputError.ts";
import { resolveDatasets, today } from "../src/pipeline/dataSources.ts";
import { DATASETS } from "../src/site/siteConfig.ts";
import { referenceNumbers } from "../src/pipeline/referenceNumbers.ts";
import { formatReport } from "../src/pipeline/formatReport.ts";
import { safeLine, safeLines } from "../src/lib/terminalText.ts";

try {
  const { values } = parseArgs({ options: { jobs: { type: "string" }, ds: { type: "string" }, quality: { type: "string" } } });
  // The flags name the sources, as the datasets' variables do for precompute; the environment's
  // JOBS_DATA/DS_DATA are not read. Naming only --jobs leaves the data scientists out.
  const flags: Record<string, string | undefined> = { backend: values.jobs, "data-scientist": values.ds };
  const sources = Object.fromEntries(resolveDatasets(Object.fromEntries(DATASETS.map((d) => [d.env, flags[d.name]]))).map((d) => [d.name, d.source]));
  // The reference numbers count no description feature: skip the text rules (features: false).
  const asOf = { asOf: today(), asOfFrom: "JOBS_TODAY", features: false };
  const jobs = await loadDataset(sources["backend"]!, { dataset: "backend", ...asOf });
  const ds = sources["data-scientist"] ? await loadDataset(sources["data-scientist"], { dataset: "data-scientist", ...asOf }) : null;
  for (const d of [jobs, ds]) if (d && (d.report.issues.length > 0 || d.report.rowsSkipped > 0)) console.error(safeLines(formatReport(d.report)));
  if (values.quality) writeFileSync(values.quality, JSON.stringify({ backend: jobs.report, "data-scientist": ds?.report ?? null }, null, 1) + "\n");
  process.stdout.write(JSON.stringify(referenceNumbers(jobs, ds), null, 1) + "\n");
} catch (error) {
  if (error instanceof InputError) {
    console.error(safeLine(`error: ${error.message}`));
    process.exit(1);
  }
  if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
    console.error(`${safeLine(`error: ${error.message}`)}\nusage: npm run numbers -- [--jobs <csv|folder>] [--ds <csv|folder>] [--quality <file.json>]`);
    process.exit(2);
  }
  throw error;
}
