import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/ingest/loadDataset.ts";
import { SAMPLE } from "../../src/pipeline/dataSources.ts";
import { referenceNumbers } from "../../src/pipeline/referenceNumbers.ts";
import { compareNumbers } from "../support/compareNumbers.ts";
import { haveShared, REAL_DATA, REFERENCE_NUMBERS } from "../support/shared.ts";

const options = { today: "2026-01-01" } as const;

describe.runIf(haveShared("the reference-numbers check on the real data"))("reference numbers on the real data", () => {
  it("equals spec/reference-figures.json for every key it has", async () => {
    const reference = JSON.parse(readFileSync(REFERENCE_NUMBERS, "utf8"));
    const jobs = await loadDataset(path.join(REAL_DATA, "backend_engineer"), { dataset: "backend", ...options });
    const ds = await loadDataset(path.join(REAL_DATA, "data_scientist"), { dataset: "data-scientist", ...options });
    expect(compareNumbers(reference, referenceNumbers(jobs, ds))).toEqual([]);
  });
});

describe.runIf(haveShared("the reference-numbers check on the bundled sample"))("reference numbers on the bundled sample", () => {
  it("equals spec/reference-figures.json for every key it has", async () => {
    const reference = JSON.parse(readFileSync(REFERENCE_NUMBERS, "utf8"));
    const jobs = await loadDataset(SAMPLE.jobs, { dataset: "backend", ...options });
    const ds = await loadDataset(SAMPLE.ds, { dataset: "data-scientist", ...options });
    expect(compareNumbers(reference, referenceNumbers(jobs, ds))).toEqual([]);
  });
});
