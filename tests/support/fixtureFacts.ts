import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import type { FixtureFacts } from "../fixtures/jobspy/matrix.ts";

/** The JobSpy fixture matrix's folder (tests/fixtures/jobspy, see its README). */
export const JOBSPY_FIXTURES = path.join(PROJECT_ROOT, "tests", "fixtures", "jobspy");

/** What each fixture declares about itself (written by the generator, fixtures.json). */
export function fixtureList(): FixtureFacts[] {
  return JSON.parse(readFileSync(path.join(JOBSPY_FIXTURES, "fixtures.json"), "utf8")) as FixtureFacts[];
}

/** One CSV file's rows as papaparse reads them: header → cell text, every cell a string. */
export interface RawFile {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly Readonly<Record<string, string>>[];
}

/**
 * Reads a fixture straight from disk with papaparse, independently of
 * src/ingest: its files (for a folder, in areas.csv's order), their headers and
 * rows. For tests that compare the pipeline with a direct computation.
 */
export function readFixture(fixture: string): RawFile[] {
  const at = path.join(JOBSPY_FIXTURES, fixture);
  const parse = (file: string) => Papa.parse<string[]>(readFileSync(file, "utf8"), { skipEmptyLines: true }).data;
  const files = fixture.endsWith(".csv") ? [at] : parse(path.join(at, "areas.csv")).slice(1).map(([file]) => path.join(at, file!));
  return files.map((file) => {
    const [header = [], ...rows] = parse(file);
    return { file, header, rows: rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""]))) };
  });
}

/** A date cell as ISO: JobSpy's YYYY-MM-DD, or a spreadsheet's M/D/YYYY; null when empty. */
export function isoDate(cell: string | undefined): string | null {
  if (!cell) return null;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell);
  return us ? `${us[3]}-${us[1]!.padStart(2, "0")}-${us[2]!.padStart(2, "0")}` : cell;
}

/** Counts of `key(row)` over rows, as a plain sorted object. */
export function countBy<T>(rows: readonly T[], key: (row: T) => string): Record<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
