import { describe, expect, it } from "vitest";
import { publishableName, publishableReport } from "../../src/pipeline/publishable.ts";
import type { QualityReport } from "../../src/ingest/QualityReport.ts";

const report = (source: string, file: string): QualityReport => ({
  dataset: "backend", source, mode: "folder", areaSource: "manifest",
  files: [{ file, area: "Denver, CO", layout: "jobspy-34", layoutDescription: "JobSpy's 34-column layout (2025, current)",
    columns: [], userColumns: [], derivedIds: 0, repeatedHeaders: 0, records: 2, rowsKept: 2, blankLines: 0, unknownColumns: [], absentColumns: [] }],
  asOf: { date: "2025-11-21", source: "data", rule: "the latest date_posted" },
  rowsRead: 2, rowsKept: 2, rowsSkipped: 0, unknownLevels: [],
  issues: [{ kind: "duplicate-id", action: "kept", about: "dup", count: 1, examples: [{ file, line: 3, column: "id", detail: "li-1" }] }],
  unlistedFiles: [`${source}/extra.csv`],
});

describe("publishableReport", () => {
  it("cuts paths to the dataset's folder, so the builder's directories stay private", () => {
    const r = publishableReport(report("../../home/me/scrapes/backend", "../../home/me/scrapes/backend/jobs_CO.csv"));
    expect(r.source).toBe("backend");
    expect(r.files[0]?.file).toBe("jobs_CO.csv");
    expect(r.issues[0]?.examples[0]?.file).toBe("jobs_CO.csv");
    expect(r.unlistedFiles).toEqual(["extra.csv"]);
  });

  it("keeps a file outside the folder by its name only, and every count as it was", () => {
    const r = publishableReport(report("/data/merged.csv", "C:\\\\scrapes\\\\merged.csv"));
    expect(r.files[0]?.file).toBe("merged.csv");
    expect([r.rowsRead, r.rowsKept, r.issues[0]?.count, r.issues[0]?.examples[0]?.line]).toEqual([2, 2, 1, 3]);
  });
});

describe("publishableName", () => {
  it("is the last component of a path, whatever the separators", () => {
    expect(publishableName("/home/me/payload/jobs.csv")).toBe("jobs.csv");
    expect(publishableName("../payload/backend_engineer/")).toBe("backend_engineer");
    expect(publishableName("C:\\scrapes\\data")).toBe("data");
  });
});
