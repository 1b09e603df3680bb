import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import type { QualityReport } from "../../src/ingest/QualityReport.ts";
import { jobspyCsv, posting } from "../support/jobspyCsv.ts";

const CASES = path.join(PROJECT_ROOT, "tests", "fixtures", "hostile", "cases");
const work = mkdtempSync(path.join(tmpdir(), "hostile-"));

// The figures document is read loosely here: each test asserts the fields it needs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
interface Run { status: number | null; stderr: string; figures: Record<string, any> | null; report: QualityReport | null }

/** Runs the user-facing `figures` command on an input, as `npm run figures -- --jobs <input>` does. */
function figures(input: string): Run {
  const quality = path.join(work, `${path.basename(input)}-${Math.random().toString(36).slice(2)}.json`);
  const r = spawnSync(process.execPath, ["--experimental-strip-types", "scripts/figures.ts", "--jobs", input, "--quality", quality], { cwd: PROJECT_ROOT, encoding: "utf8" });
  return {
    status: r.status,
    stderr: r.stderr,
    figures: r.status === 0 ? JSON.parse(r.stdout) : null,
    report: r.status === 0 ? JSON.parse(readFileSync(quality, "utf8")).backend : null,
  };
}
const fixture = (name: string) => path.join(CASES, name);
const count = (r: Run, kind: string) => r.report?.issues.find((i) => i.kind === kind)?.count ?? 0;

/** Every row read is either kept or counted as skipped, and every skip has a counted reason. */
function nothingLost(r: Run) {
  const report = r.report!;
  expect(report.rowsKept + report.rowsSkipped).toBe(report.rowsRead);
  const skippingKinds = report.issues.filter((i) => i.action === "row skipped").reduce((n, i) => n + i.count, 0);
  expect(skippingKinds).toBe(report.rowsSkipped);
  expect(report.files.reduce((n, f) => n + f.records, 0)).toBe(report.rowsRead);
}

describe("fatal inputs stop with one message naming file, line and column", () => {
  it.each([
    ["unterminated-quote-end.csv", /unterminated-quote-end\.csv, line 4, column "description": a quoted field is (malformed|never closed)/],
    ["unterminated-quote-middle.csv", /unterminated-quote-middle\.csv, line 2, column "description": a quoted field is/],
    ["duplicate-header.csv", /duplicate-header\.csv, line 1, column "title": appears twice in the header/],
    ["missing-required-column.csv", /missing-required-column\.csv, line 1, column "job_level": is missing from the header/],
    ["empty.csv", /empty\.csv, line 1: is empty/],
    ["binary.csv", /binary\.csv, line 1: is not valid UTF-8/],
    ["latin1.csv", /latin1\.csv, line 4: is not valid UTF-8/],
    ["manifest-names-missing-file", /manifest-names-missing-file\/areas\.csv, line 3, column "file": names "jobs_gone\.csv", which is not in the folder/],
  ])("%s", (name, message) => {
    const r = figures(fixture(name));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe("inputs that succeed, with the right counts in the quality report", () => {
  it("BOM, CRLF and mixed line endings read like clean files", () => {
    for (const name of ["bom.csv", "crlf.csv", "mixed-eol.csv"]) {
      const r = figures(fixture(name));
      expect(r.status, name).toBe(0);
      nothingLost(r);
      expect(r.report!.rowsKept, name).toBe(name === "mixed-eol.csv" ? 4 : 3);
      expect(r.report!.issues, name).toEqual([]);
    }
    const crlf = figures(fixture("crlf.csv"));
    expect(crlf.figures!.jobs.columns[0]).toBe("id");
  });

  it("quoted newlines, quotes and commas; pandas' doubled backslashes", () => {
    const r = figures(fixture("quoted-newlines-quotes-commas.csv"));
    expect(r.status).toBe(0);
    expect(r.figures!.companies.top25).toEqual([['Acme, Inc. "the best"', 2]]);
    const b = figures(fixture("doubled-backslashes.csv"));
    expect(b.status).toBe(0);
    nothingLost(b);
  });

  it("ragged rows are skipped and counted, one per bad record", () => {
    for (const [name, line] of [["ragged-short.csv", 3], ["ragged-long.csv", 2]] as const) {
      const r = figures(fixture(name));
      expect(r.status).toBe(0);
      nothingLost(r);
      expect(count(r, "ragged-row")).toBe(1);
      expect(r.report!.issues[0]!.examples[0]!.line).toBe(line);
    }
  });

  it("__proto__ and constructor headers are unknown columns, reported, harmless", () => {
    const r = figures(fixture("proto-header.csv"));
    expect(r.status).toBe(0);
    expect(r.report!.files[0]!.unknownColumns).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(r.figures!.area_counts)).toBe(Object.prototype);
    expect(r.figures!.jobs.rows).toBe(2);
  });

  it("reordered columns and the older 28-column layout", () => {
    expect(figures(fixture("reordered.csv")).figures!.jobs.rows).toBe(2);
    const old = figures(fixture("older-28-columns.csv"));
    expect(old.report!.files[0]!.layout).toBe("jobspy-28");
    expect(old.figures!.jobs.non_null.skills).toBe(0);
  });

  it("a header-only file gives empty figures, not a crash", () => {
    const r = figures(fixture("header-only.csv"));
    expect(r.status).toBe(0);
    expect(r.figures!.jobs.rows).toBe(0);
    expect(r.figures!.salary.lower_bound_range_yearly).toBeNull();
  });

  it("NaN, nan, None and empty all count as missing", () => {
    const r = figures(fixture("missing-values.csv"));
    expect(r.figures!.jobs.non_null.location).toBe(0);
    expect(r.figures!.jobs.non_null.job_function).toBe(0);
    expect(r.figures!.area_counts).toEqual({ "Unknown location": 4 });
  });

  it("amounts: 1e5 parses; negative, text and overflowing ones are counted; a missing bound is reported", () => {
    const r = figures(fixture("amounts.csv"));
    nothingLost(r);
    // One per bad cell: -5, abc, and both of 1e400 / 1e401.
    expect(count(r, "bad-amount")).toBe(4);
    expect(count(r, "one-sided-pay")).toBe(1);
    expect(r.figures!.salary.rows_with_salary).toBe(2);
    expect(r.figures!.salary.lower_bound_range_yearly).toEqual([90000, 100000]);
  });

  it("min above max, every interval, currencies, dates", () => {
    expect(count(figures(fixture("min-above-max.csv")), "min-above-max")).toBe(1);
    const iv = figures(fixture("intervals.csv"));
    expect(iv.figures!.salary.interval_counts).toEqual({ yearly: 1, monthly: 1, weekly: 1, daily: 1, hourly: 1 });
    expect(iv.figures!.salary.upper_bound_range_yearly).toEqual([20, 20 * 1920]);
    expect(count(iv, "unknown-interval")).toBe(1);
    expect(count(iv, "pay-without-interval")).toBe(1);
    const cur = figures(fixture("currencies.csv"));
    expect(count(cur, "non-usd")).toBe(2);
    expect(count(cur, "pay-without-currency")).toBe(1);
    expect(cur.figures!.salary.rows_with_salary).toBe(3);
    const d = figures(fixture("dates.csv"));
    expect(count(d, "bad-date")).toBe(3);
    expect(count(d, "future-date")).toBe(1);
    expect(d.figures!.jobs.rows).toBe(6);
  });

  it("ids that look numeric keep their leading zeros", () => {
    const r = figures(fixture("leading-zero-ids.csv"));
    expect(r.figures!.duplicates).toEqual({ rows: 3, distinct_ids: 3, repeated_ids: 0 });
  });

  it("an empty area cell takes the location and is reported; a manifest missing a file reports it", () => {
    const r = figures(fixture("unknown-areas.csv"));
    expect(count(r, "missing-area")).toBe(1);
    expect(Object.keys(r.figures!.area_counts).sort()).toEqual(["Atlantis, ZZ", "Denver, CO"]);
    const m = figures(fixture("manifest-misses-a-file"));
    expect(m.report!.unlistedFiles).toEqual(["jobs_extra.csv"]);
    expect(m.figures!.jobs.rows).toBe(2);
  });
});

describe("large inputs, generated here", () => {
  it("a 5 MB description in one quoted field", () => {
    const file = path.join(work, "long-field.csv");
    writeFileSync(file, jobspyCsv([posting({ id: "1", description: "word ".repeat(1_000_000) + "\nend" }), posting({ id: "2" })]));
    const r = figures(file);
    expect(r.status).toBe(0);
    expect(r.report!.rowsKept).toBe(2);
    expect(r.report!.files[0]!.records).toBe(2);
  });

  it("100k rows, every one counted", () => {
    const file = path.join(work, "100k.csv");
    const rows = Array.from({ length: 100_000 }, (_, i) => posting({ id: `li-${i}`, location: `City ${i % 50}, ST`, is_remote: i % 4 === 0 }));
    writeFileSync(file, jobspyCsv(rows));
    const r = figures(file);
    expect(r.status).toBe(0);
    nothingLost(r);
    expect(r.figures!.jobs.rows).toBe(100_000);
    expect(r.figures!.remote.all_jobs).toEqual({ false: 75_000, true: 25_000 });
  }, 120_000);
});
