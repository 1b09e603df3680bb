// Prints precompute speed and peak memory on the sample, the real data (when ../shared has it),
// and generated inputs of 100k rows (realistic descriptions, ~0.5 GB) and 1M rows (short ones).
// Usage: npm run bench [-- --skip-large]
import { execFileSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { once } from "node:events";
import { MERGED_COLUMNS } from "../src/ingest/columns.ts";
import { PROJECT_ROOT, SAMPLE } from "../src/pipeline/dataSources.ts";

const benchDir = path.join(PROJECT_ROOT, ".bench");
const real = path.resolve(PROJECT_ROOT, "..", "shared", "data", "backend-engineer-jobs-us", "backend_engineer");
const skipLarge = process.argv.includes("--skip-large");

/** Writes a merged JobSpy CSV of `rows` synthetic postings (deterministic). */
async function generate(file: string, rows: number, descriptionChars: number): Promise<void> {
  if (existsSync(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
  const areas = ["Denver, CO", "Boston, MA", "New York, NY", "Seattle, CA", "Austin, TX"];
  const levels = ["entry level", "mid-senior level", "associate", "not applicable"];
  // Prose with about a dozen vocabulary terms per 5 KB, like real postings (a text made only
  // of matches would measure the regular expressions, not the pipeline).
  const para = "Our team owns the services behind checkout and billing. You will design APIs, review code with your peers, " +
    "and help us keep the platform reliable as traffic grows. We value clear writing, careful testing and steady delivery. " +
    "The role reports to the engineering manager for payments and works closely with product and design partners. " +
    "We offer health benefits, paid leave, a learning budget and a flexible schedule, and we hire across the country.\n";
  const skills = "**What you bring:** 3\\+ years of experience with Java or Python, PostgreSQL, AWS and Docker. Hybrid schedule.\n";
  const description = (skills + para.repeat(Math.max(1, Math.ceil(descriptionChars / para.length)))).slice(0, descriptionChars);
  out.write(MERGED_COLUMNS.map(q).join(",") + "\n");
  for (let i = 0; i < rows; i++) {
    const salaried = i % 20 === 0;
    const cells: Record<string, string> = {
      id: q(`li-${1_000_000_000 + i}`), site: q("linkedin"), job_url: q(`https://www.linkedin.com/jobs/view/${1_000_000_000 + i}`),
      title: q(`Backend Engineer ${i % 97}`), company: q(`Company ${i % 5003}`), location: q(areas[i % 5]!), area: q(areas[(i * 7) % 5]!),
      date_posted: q(`2025-11-${String(10 + (i % 12)).padStart(2, "0")}`), job_type: q("fulltime"),
      salary_source: salaried ? q("description") : '""', interval: salaried ? q("yearly") : '""',
      min_amount: salaried ? `${90000 + (i % 50) * 1000}.0` : "", max_amount: salaried ? `${130000 + (i % 50) * 1000}.0` : "",
      currency: salaried ? q("USD") : '""', is_remote: i % 4 === 0 ? "True" : "False", job_level: q(levels[i % 4]!),
      job_function: q("Engineering"), description: q(description), company_industry: q(`Industry ${i % 40}`),
    };
    const line = MERGED_COLUMNS.map((c) => cells[c] ?? '""').join(",") + "\n";
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

function run(label: string, source: string) {
  if (!existsSync(source)) {
    console.log(`${label}: skipped (${path.relative(PROJECT_ROOT, source)} does not exist)`);
    return;
  }
  const output = execFileSync(process.execPath, ["--experimental-strip-types", "--max-old-space-size=4096", path.join(PROJECT_ROOT, "scripts", "bench-worker.ts"), source], { encoding: "utf8" });
  const r = JSON.parse(output.trim().split("\n").at(-1)!);
  const size = statSync(source).isDirectory() ? "" : `${(statSync(source).size / 1e6).toFixed(0)} MB`;
  console.log(`${label.padEnd(26)} ${String(r.rows).padStart(9)} rows ${size.padStart(8)}  ingest ${r.ingestMs.toFixed(0).padStart(6)} ms  analyses ${r.analysesMs.toFixed(0).padStart(5)} ms  total ${r.totalMs.toFixed(0).padStart(6)} ms  ${(r.totalMs / r.rows * 1000).toFixed(1).padStart(6)} µs/row  peak RSS ${r.peakRssMB.toFixed(0).padStart(5)} MB`);
}

console.log(`node ${process.version}, precompute (ingest + every analysis) in a fresh process per input\n`);
run("bundled sample", SAMPLE.jobs);
if (existsSync(real)) run("real data (../shared)", real);
else console.log("real data: skipped (../shared/data/backend-engineer-jobs-us is not beside this checkout)");
if (!skipLarge) {
  const big = path.join(benchDir, "jobs-100k.csv");
  const huge = path.join(benchDir, "jobs-1m.csv");
  await generate(big, 100_000, 5_000);
  run("generated 100k, 5 KB desc", big);
  await generate(huge, 1_000_000, 200);
  run("generated 1M, short desc", huge);
}
