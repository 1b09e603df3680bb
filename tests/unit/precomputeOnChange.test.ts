import path from "node:path";
import { describe, expect, it } from "vitest";
import { precomputeFailure, watchedPaths } from "../../src/integrations/precomputeOnChange.ts";

describe("the dev server's precompute watcher", () => {
  it("watches data/, the analyses, ingest, the pipeline, and JOBS_DATA / DS_DATA wherever they point", () => {
    const paths = watchedPaths("/p", { JOBS_DATA: "/elsewhere/jobs.csv", DS_DATA: "../ds" });
    expect(paths).toEqual(expect.arrayContaining(["/p/data", "/p/src/analysis", "/p/src/ingest", "/p/src/pipeline", "/elsewhere/jobs.csv", path.resolve("/p", "../ds")]));
    expect(watchedPaths("/p", {})).not.toContain("/elsewhere/jobs.csv");
  });

  it("reports what precompute said failed, not the lines around it", () => {
    const output = "backend: data/backend\n  3060 rows read\nprecompute failed: analysis \"x\" failed at src/analysis/x.ts:4:24: TypeError: boom\n";
    expect(precomputeFailure(output)).toBe('analysis "x" failed at src/analysis/x.ts:4:24: TypeError: boom');
    // An uncaught error: its last lines (the stack's head included).
    expect(precomputeFailure("a\nb\nError: disk full\n    at write (x.js:1:1)\n")).toMatch(/Error: disk full\n {4}at write/);
  });
});
