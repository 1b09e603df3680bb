import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { loadDataset } from "../../src/ingest/loadDataset.ts";
import { PROJECT_ROOT, today } from "../../src/pipeline/dataSources.ts";
import type { QualityReport } from "../../src/ingest/QualityReport.ts";
import { jobspyCsv, posting } from "../support/jobspyCsv.ts";

const CASES = path.join(PROJECT_ROOT, "tests", "fixtures", "hostile", "cases");
const work = mkdtempSync(path.join(tmpdir(), "hostile-"));

// The reference numbers are read loosely here: each test asserts the fields it needs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
interface Run { status: number | null; stderr: string; numbers: Record<string, any> | null; report: QualityReport | null }

/** Runs the user-facing `numbers` command on an input, as `npm run numbers -- --jobs <input>` does. */
function numbers(input: string): Run {
  const quality = path.join(work, `${path.basename(input)}-${Math.random().toString(36).slice(2)}.json`);
  const r = spawnSync(process.execPath, ["--experimental-strip-types", "scripts/numbers.ts", "--jobs", input, "--quality", quality], { cwd: PROJECT_ROOT, encoding: "utf8" });
  return {
    status: r.status,
    stderr: r.stderr,
    numbers: r.status === 0 ? JSON.parse(r.stdout) : null,
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
    ["missing-required-column.csv", /missing-required-column\.csv, line 1: the header is missing 2 required columns: "title" and "company"/],
    ["empty.csv", /empty\.csv, line 1: is empty/],
    ["binary.csv", /binary\.csv, line 1: is not valid UTF-8/],
    ["latin1.csv", /latin1\.csv, line 4: is not valid UTF-8/],
    ["manifest-names-missing-file", /manifest-names-missing-file\/areas\.csv, line 3, column "file": names "jobs_gone\.csv", which is not in the folder/],
    // Issue 10 item 3: before, the unclosed quote merged lines 2-3 into one area and dropped jobs_b.csv, and the
    // Latin-1 manifest published "Montr\uFFFDal" (both with exit 0).
    ["manifest-unclosed-quote", /manifest-unclosed-quote\/areas\.csv, line 2, column "area": a quoted field is malformed.*runs to a quote on line 3/],
    ["manifest-latin1", /manifest-latin1\/areas\.csv, line 3: is not valid UTF-8/],
  ])("%s", (name, message) => {
    const r = numbers(fixture(name));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe("inputs that succeed, with the right counts in the quality report", () => {
  it("BOM, CRLF and mixed line endings read like clean files", () => {
    for (const name of ["bom.csv", "crlf.csv", "mixed-eol.csv"]) {
      const r = numbers(fixture(name));
      expect(r.status, name).toBe(0);
      nothingLost(r);
      expect(r.report!.rowsKept, name).toBe(name === "mixed-eol.csv" ? 4 : 3);
      expect(r.report!.issues, name).toEqual([]);
    }
    const crlf = numbers(fixture("crlf.csv"));
    expect(crlf.numbers!.jobs.columns[0]).toBe("id");
  });

  it("quoted newlines, quotes and commas; pandas' doubled backslashes", () => {
    const r = numbers(fixture("quoted-newlines-quotes-commas.csv"));
    expect(r.status).toBe(0);
    expect(r.numbers!.companies.top25).toEqual([['Acme, Inc. "the best"', 2]]);
    const b = numbers(fixture("doubled-backslashes.csv"));
    expect(b.status).toBe(0);
    nothingLost(b);
  });

  it("ragged rows are skipped and counted, one per bad record", () => {
    for (const [name, line] of [["ragged-short.csv", 3], ["ragged-long.csv", 2]] as const) {
      const r = numbers(fixture(name));
      expect(r.status).toBe(0);
      nothingLost(r);
      expect(count(r, "ragged-row")).toBe(1);
      expect(r.report!.issues[0]!.examples[0]!.line).toBe(line);
    }
  });

  it("__proto__ and constructor headers are unknown columns, reported, harmless", () => {
    const r = numbers(fixture("proto-header.csv"));
    expect(r.status).toBe(0);
    expect(r.report!.files[0]!.unknownColumns).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(r.numbers!.area_counts)).toBe(Object.prototype);
    expect(r.numbers!.jobs.rows).toBe(2);
  });

  it("reordered columns and the older 28-column layout", () => {
    expect(numbers(fixture("reordered.csv")).numbers!.jobs.rows).toBe(2);
    const old = numbers(fixture("older-28-columns.csv"));
    expect(old.report!.files[0]!.layout).toBe("jobspy-28");
    expect(old.numbers!.jobs.non_null.skills).toBe(0);
  });

  it("a header-only file gives empty figures, not a crash", () => {
    const r = numbers(fixture("header-only.csv"));
    expect(r.status).toBe(0);
    expect(r.numbers!.jobs.rows).toBe(0);
    expect(r.numbers!.salary.lower_bound_range_yearly).toBeNull();
  });

  it("NaN, nan, None and empty all count as missing", () => {
    const r = numbers(fixture("missing-values.csv"));
    expect(r.numbers!.jobs.non_null.location).toBe(0);
    expect(r.numbers!.jobs.non_null.job_function).toBe(0);
    // No location, so no area: not a place called "Unknown location".
    expect(r.numbers!.area_counts).toEqual({});
    expect(r.numbers!.jobs.non_null.area).toBe(0);
  });

  it("amounts: 1e5 parses; negative, text and overflowing ones are counted; a missing bound is reported", () => {
    const r = numbers(fixture("amounts.csv"));
    nothingLost(r);
    // One per bad cell: -5, abc, and both of 1e400 / 1e401.
    expect(count(r, "bad-amount")).toBe(4);
    expect(count(r, "one-sided-pay")).toBe(1);
    expect(r.numbers!.salary.rows_with_salary).toBe(2);
    expect(r.numbers!.salary.lower_bound_range_yearly).toEqual([90000, 100000]);
  });

  it("min above max, every interval, currencies, dates", () => {
    expect(count(numbers(fixture("min-above-max.csv")), "min-above-max")).toBe(1);
    const iv = numbers(fixture("intervals.csv"));
    expect(iv.numbers!.salary.interval_counts).toEqual({ yearly: 1, monthly: 1, weekly: 1, daily: 1, hourly: 1 });
    expect(iv.numbers!.salary.upper_bound_range_yearly).toEqual([20, 20 * 1920]);
    expect(count(iv, "unknown-interval")).toBe(1);
    expect(count(iv, "pay-without-interval")).toBe(1);
    const cur = numbers(fixture("currencies.csv"));
    expect(count(cur, "non-usd")).toBe(2);
    expect(count(cur, "pay-without-currency")).toBe(1);
    expect(cur.numbers!.salary.rows_with_salary).toBe(3);
    const d = numbers(fixture("dates.csv"));
    expect(count(d, "bad-date")).toBe(3);
    expect(count(d, "future-date")).toBe(1);
    expect(d.numbers!.jobs.rows).toBe(6);
  });

  it("ids that look numeric keep their leading zeros", () => {
    const r = numbers(fixture("leading-zero-ids.csv"));
    expect(r.numbers!.duplicates).toEqual({ rows: 3, distinct_ids: 3, repeated_ids: 0 });
  });

  it("an empty area cell takes the location and is reported; a manifest missing a file reports it", () => {
    const r = numbers(fixture("unknown-areas.csv"));
    expect(count(r, "missing-area")).toBe(1);
    expect(Object.keys(r.numbers!.area_counts).sort()).toEqual(["Atlantis, ZZ", "Denver, CO"]);
    const m = numbers(fixture("manifest-misses-a-file"));
    expect(m.report!.unlistedFiles).toEqual(["jobs_extra.csv"]);
    expect(m.numbers!.jobs.rows).toBe(2);
  });
});

describe("issue 10: repeated headers, levels, early years, no clock", () => {
  it("a header repeated mid-file is skipped and counted as its own kind, not a posting by \"company\"", () => {
    const r = numbers(fixture("repeated-header.csv"));
    nothingLost(r);
    expect(count(r, "repeated-header")).toBe(1);
    expect(r.report!.rowsSkipped).toBe(1);
    expect(r.numbers!.companies.top25).toEqual([["Acme", 4]]);
    expect(Object.keys(r.numbers!.area_counts)).toEqual(["Denver, CO"]);
  });

  it("a second export of another layout after its own header is read by that header", () => {
    const r = numbers(fixture("concatenated-layouts.csv"));
    nothingLost(r);
    expect(r.numbers!.jobs.rows).toBe(5);
    expect(count(r, "repeated-header")).toBe(1);
    expect(count(r, "ragged-row")).toBe(0);
    expect(count(r, "derived-id")).toBe(3);
    expect(r.report!.files[0]!.layout).toBe("jobspy-34,jobspy-17");
    expect(r.numbers!.duplicates.distinct_ids).toBe(5);
  });

  it("LinkedIn's levels in any casing are one level; a level that is not LinkedIn's is counted with examples", () => {
    const r = numbers(fixture("levels.csv"));
    expect(r.numbers!.job_level.backend_counts).toEqual({ "mid-senior level": 3, "entry level": 2, "mid career": 1 });
    expect(count(r, "unknown-level")).toBe(1);
    expect(r.report!.issues.find((i) => i.kind === "unknown-level")!.examples[0]).toMatchObject({ line: 6, detail: "Mid career" });
    expect(r.report!.unknownLevels).toEqual([{ level: "mid career", count: 1 }]);
  });

  it("years 0000-0099 are read as such (not 19xx), and dates before 2000 are reported, not used", () => {
    const r = numbers(fixture("early-years.csv"));
    nothingLost(r);
    // 0023-02-29 is not a date (0023 is not a leap year); 0024-02-29, 0000-02-29, 0099-12-31 and 1999-12-31 are, but implausible.
    expect(count(r, "bad-date")).toBe(1);
    expect(count(r, "implausible-date")).toBe(4);
    expect(r.report!.issues.find((i) => i.kind === "bad-date")!.examples.map((e) => e.detail)).toEqual(["0023-02-29"]);
    expect(r.report!.asOf).toMatchObject({ date: "2025-11-21", source: "data" });
  });

  it("no clock: the same data gives the same report whatever day it is built on", async () => {
    const reports: QualityReport[] = [];
    for (const day of ["2024-01-01T12:00:00Z", "2035-06-30T12:00:00Z"]) {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date(day));
      try {
        reports.push((await loadDataset(fixture("dated-2031.csv"), { dataset: "backend", today: today({}) })).report);
      } finally {
        vi.useRealTimers();
      }
    }
    expect(reports[0]).toEqual(reports[1]);
    expect(reports[0]!.issues.find((i) => i.kind === "future-date")).toBeUndefined();
    expect(reports[0]!.asOf).toMatchObject({ date: "2031-03-02", source: "data" });
    // A pin still works, and is said to be one.
    const pinned = await loadDataset(fixture("dated-2031.csv"), { dataset: "backend", asOf: "2031-03-01", asOfFrom: "JOBS_TODAY" });
    expect(pinned.report.issues.find((i) => i.kind === "future-date")?.count).toBe(2);
    expect(pinned.report.asOf.source).toBe("pinned");
  });
});

describe("large inputs, generated here", () => {
  it("a 5 MB description in one quoted field", () => {
    const file = path.join(work, "long-field.csv");
    writeFileSync(file, jobspyCsv([posting({ id: "1", description: "word ".repeat(1_000_000) + "\nend" }), posting({ id: "2" })]));
    const r = numbers(file);
    expect(r.status).toBe(0);
    expect(r.report!.rowsKept).toBe(2);
    expect(r.report!.files[0]!.records).toBe(2);
  });

  it("100k rows, every one counted", () => {
    const file = path.join(work, "100k.csv");
    const rows = Array.from({ length: 100_000 }, (_, i) => posting({ id: `li-${i}`, location: `City ${i % 50}, ST`, is_remote: i % 4 === 0 }));
    writeFileSync(file, jobspyCsv(rows));
    const r = numbers(file);
    expect(r.status).toBe(0);
    nothingLost(r);
    expect(r.numbers!.jobs.rows).toBe(100_000);
    expect(r.numbers!.remote.all_jobs).toEqual({ false: 75_000, true: 25_000 });
  }, 120_000);
});
