// DuckDB computing scripts/duckdb-numbers.sql (aggregates comparable to `npm run numbers`) on the
// same inputs: the DuckDB column of `npm run bench` (issue 13). DuckDB (npm @duckdb/node-api) is an
// on-demand tool, installed once into tools/duckdb (tools/README.md), not a project dependency.
// Usage: node --experimental-strip-types scripts/duckdb-numbers.ts --jobs <csv|folder> [--ds <csv|folder>] [--memory-limit 256MB]
// (or --version). --memory-limit caps DuckDB's memory (it spills to a temporary folder beyond it).
// Prints the results as JSON on stdout: for each `-- result:` query of the SQL file, its rows.
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { MISSING_TOKENS } from "../src/ingest/columns.ts";
import { MANIFEST } from "../src/ingest/loadDataset.ts";
import { PROJECT_ROOT } from "../src/pipeline/dataSources.ts";
import { importTool } from "../tools/tool.ts";

/** The part of @duckdb/node-api used here (the tool folder's types are not the project's). */
interface DuckDB {
  DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<Connection> }> };
}
interface Connection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowObjectsJson(): Record<string, unknown>[] }>;
}

const { values } = parseArgs({ options: { jobs: { type: "string" }, ds: { type: "string" }, version: { type: "boolean", default: false },
  "memory-limit": { type: "string" } } });
if (!values.jobs && !values.version) throw new Error("usage: duckdb-numbers.ts --jobs <csv|folder> [--ds <csv|folder>] | --version");

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;
// The pipeline's missing tokens are DuckDB's NULLs too (quoted or not), as they are pandas'.
const CSV_OPTIONS = `all_varchar = true, nullstr = [${[...MISSING_TOKENS].map(sqlString).join(", ")}]`;

/** The first line of a file (its CSV header). */
function header(file: string): string {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString("utf8").split("\n")[0]!;
  } finally {
    closeSync(fd);
  }
}

/**
 * The SELECT of one input: a merged CSV as it is, or a folder's per-area files (listed in its
 * areas.csv, read in one scan) with each row's `area` from the manifest line of its file. Files
 * whose headers differ are matched by column name (union_by_name, which sniffs every file: 0.4 s
 * more on the real data's 43 files, whose headers are all the same).
 */
function source(input: string): string {
  if (!statSync(input).isDirectory()) {
    // A merged CSV's missing area is its location's, and a plain JobSpy CSV's area is its location (as pandas-numbers.py reads them).
    const read = `read_csv(${sqlString(input)}, ${CSV_OPTIONS})`;
    return /(^|,)"?area"?(,|$)/.test(header(input).trim())
      ? `SELECT * REPLACE (coalesce(trim(area), trim(location), 'Unknown location') AS area) FROM ${read}`
      : `SELECT *, coalesce(trim(location), 'Unknown location') AS area FROM ${read}`;
  }
  const manifest = path.join(input, MANIFEST);
  const files = readFileSync(manifest, "utf8").split("\n").slice(1).filter((l) => l.trim() !== "")
    .map((l) => path.join(input, l.split(",")[0]!.replace(/^"(.*)"$/, "$1")));
  const byName = new Set(files.map(header)).size > 1 ? ", union_by_name = true" : "";
  return `SELECT rows.* EXCLUDE (filename), areas.area FROM read_csv([${files.map(sqlString).join(", ")}], ${CSV_OPTIONS}${byName}, filename = true) AS rows ` +
    `JOIN read_csv(${sqlString(manifest)}, all_varchar = true) AS areas ON parse_filename(rows.filename) = areas.file`;
}

const { DuckDBInstance } = await importTool<DuckDB>("duckdb", "@duckdb/node-api");
const db = await (await DuckDBInstance.create(":memory:")).connect();
if (values.version) {
  process.stdout.write(`${String((await db.runAndReadAll("SELECT version() AS v")).getRowObjectsJson()[0]!["v"])}\n`);
  process.exit(0);
}
if (values["memory-limit"]) await db.run(`SET memory_limit = ${sqlString(values["memory-limit"])}`);
await db.run(`CREATE VIEW jobs_source AS ${source(values.jobs!)}`);
if (values.ds) await db.run(`CREATE VIEW ds_source AS ${source(values.ds)}`);

const results: Record<string, unknown> = {};
const script = readFileSync(path.join(PROJECT_ROOT, "scripts", "duckdb-numbers.sql"), "utf8");
for (const statement of script.split(/;\s*$/m).map((s) => s.trim()).filter((s) => s.replace(/^--.*$/gm, "").trim() !== "")) {
  const name = /^-- result: (\w+)$/m.exec(statement)?.[1];
  if (name === undefined) {
    await db.run(statement);
    continue;
  }
  if (name.startsWith("data_scientist") && !values.ds) continue;
  results[name] = (await db.runAndReadAll(statement)).getRowObjectsJson();
}
process.stdout.write(JSON.stringify(results, null, 1) + "\n");
