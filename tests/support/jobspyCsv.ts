import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { JOBSPY_COLUMNS } from "../../src/ingest/columns.ts";

/** A row for a test CSV: any JobSpy column, by name; the rest are empty. */
export type TestRow = Partial<Record<string, string | number | boolean>>;

/** Quotes a cell the way pandas' QUOTE_NONNUMERIC + escapechar="\\" writes it. */
export function pandasCell(value: string | number | boolean | undefined): string {
  if (value === undefined || value === "") return '""';
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return Number.isInteger(value) ? `${value}.0` : String(value);
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '""')}"`;
}

/** A whole JobSpy CSV (header + rows) with the given columns. */
export function jobspyCsv(rows: readonly TestRow[], columns: readonly string[] = JOBSPY_COLUMNS, eol = "\n"): string {
  const header = columns.map((c) => `"${c}"`).join(",");
  return [header, ...rows.map((r) => columns.map((c) => pandasCell(Object.hasOwn(r, c) ? r[c] : undefined)).join(","))].join(eol) + eol;
}

/** A fresh temporary folder with the given files written into it. */
export function tempFiles(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "jobs-test-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** A typical valid posting; override fields per test. */
export function posting(overrides: TestRow = {}): TestRow {
  return Object.assign({
    id: "li-100", site: "linkedin", job_url: "https://www.linkedin.com/jobs/view/100", title: "Backend Engineer",
    company: "Acme", location: "Denver, CO", date_posted: "2025-11-20", job_type: "fulltime",
    is_remote: false, job_level: "entry level", job_function: "Engineering", description: "Build APIs.",
    company_industry: "Software Development", company_url: "https://www.linkedin.com/company/acme",
  }, overrides);
}
