import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/ingest/InputError.ts";
import { loadDataset } from "../../src/ingest/loadDataset.ts";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import { checkRowAccount } from "../../src/pipeline/precompute.ts";

// Issue 10, "done when": rows read = kept + skipped still holds everywhere. Precompute
// checks it on every run (checkRowAccount); here on every hostile case and layout fixture
// that loads, and a report that does not add up is refused.

const HOSTILE = path.join(PROJECT_ROOT, "tests", "fixtures", "hostile", "cases");
const LAYOUTS = path.join(PROJECT_ROOT, "tests", "fixtures", "jobspy");

const inputs = [
  ...readdirSync(HOSTILE).map((f) => path.join(HOSTILE, f)),
  ...readdirSync(LAYOUTS).filter((f) => f.endsWith(".csv")).map((f) => path.join(LAYOUTS, f)),
];

describe("the row account", () => {
  it("adds up on every hostile case and layout fixture that loads", async () => {
    let loaded = 0;
    for (const input of inputs) {
      const data = await loadDataset(input, { dataset: "backend", asOf: "2026-01-01", asOfFrom: "test", cwd: PROJECT_ROOT }).catch((error: unknown) => {
        if (error instanceof InputError) return null;
        throw error;
      });
      if (data === null) continue;
      loaded++;
      const { report } = data;
      expect(report.rowsKept + report.rowsSkipped, input).toBe(report.rowsRead);
      expect(() => checkRowAccount(data, data.rows.length), input).not.toThrow();
    }
    expect(loaded).toBeGreaterThan(20);
  });

  it("is refused, with every mismatch named, when it does not add up", async () => {
    const data = await loadDataset(path.join(HOSTILE, "repeated-header.csv"), { dataset: "backend", asOf: "2026-01-01", asOfFrom: "test", cwd: PROJECT_ROOT });
    expect(data.report.rowsSkipped).toBeGreaterThan(0);
    const lost = { report: { ...data.report, rowsSkipped: data.report.rowsSkipped - 1 } };
    expect(() => checkRowAccount(lost, data.rows.length)).toThrow(/dataset "backend": the row count does not add up \(\d+ rows read but \d+ kept and \d+ skipped; \d+ rows skipped but \d+ counted by kind\)/);
    expect(() => checkRowAccount(data, data.rows.length - 1)).toThrow(/rows kept but \d+ passed on to the analyses/);
  });
});
