// The dataset profile of the original data against a direct computation from the raw files
// (papaparse over each CSV, no ingest code), with places from src/places and the original's metadata passed by path.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { datasetProfile } from "../../src/analysis/datasetProfile.ts";
import type { PlaceOf } from "../../src/analysis/placeOfRow.ts";
import { runPlaces } from "../../src/places/runPlaces.ts";
import { MISSING_TOKENS } from "../../src/ingest/columns.ts";
import { loadDataset } from "../../src/ingest/loadDataset.ts";
import { readDatasetMetadata } from "../../src/metadata/readDatasetMetadata.ts";
import { PROJECT_ROOT, SAMPLE } from "../../src/pipeline/dataSources.ts";
import { haveShared, REAL_DATA } from "../support/shared.ts";

const folder = path.join(REAL_DATA, "backend_engineer");

/** Every record of every listed file, as header -> cell. */
function rawRecords(): Record<string, string>[] {
  const manifest = Papa.parse<Record<string, string>>(readFileSync(path.join(folder, "areas.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
  expect(manifest.length).toBe(readdirSync(folder).filter((f) => f.startsWith("jobs_")).length);
  return manifest.flatMap((m) => Papa.parse<Record<string, string>>(readFileSync(path.join(folder, m["file"]!), "utf8"), { header: true, skipEmptyLines: true }).data);
}
const given = (cell: string | undefined) => cell !== undefined && !MISSING_TOKENS.has(cell);

describe.runIf(haveShared("the dataset profile on the real data"))("the profile of the original data", () => {
  it("equals a direct computation from the raw files", async () => {
    const raw = rawRecords();
    const data = await loadDataset(folder, { dataset: "backend", today: "2026-01-01" });
    const metadata = await readDatasetMetadata(folder, { explicit: path.join(PROJECT_ROOT, "docs", "metadata", "backend-engineer-jobs-us.dataset.json") });
    // Places as precompute gives them to the analyses (src/places).
    const placements = (await runPlaces({ backend: data }, SAMPLE.places)).locationPlacements["backend"]!;
    const placeOf: PlaceOf = (r) => {
      const found = r.location === null ? undefined : placements.get(r.location.trim());
      return found?.status === "placed" ? { city: found.place.city, region: found.place.region, country: found.place.country } : null;
    };
    const p = datasetProfile(data, { placeOf, placesFrom: "test", metadata });

    expect(p.rows).toBe(raw.length);
    const sites = new Map<string, number>();
    for (const r of raw) sites.set(r["site"]!, (sites.get(r["site"]!) ?? 0) + 1);
    expect(p.boards.map((b) => [b.site, b.count])).toEqual([...sites]);
    expect(p.onlyBoard?.name).toBe("LinkedIn");

    const dates = raw.map((r) => r["date_posted"]).filter(given).sort() as string[];
    expect(p.dates).toMatchObject({ first: dates[0], last: dates.at(-1), dated: dates.length, undated: raw.length - dates.length });

    const paid = raw.filter((r) => given(r["interval"]) && (given(r["min_amount"]) || given(r["max_amount"])));
    expect(p.salaried).toBe(paid.length);
    const currencies = new Map<string, number>();
    for (const r of paid) currencies.set(r["currency"]!, (currencies.get(r["currency"]!) ?? 0) + 1);
    expect(p.currencies.map((c) => [c.currency, c.count])).toEqual([...currencies].sort((a, b) => b[1] - a[1]));
    const intervals = new Map<string, number>();
    for (const r of paid) intervals.set(r["interval"]!, (intervals.get(r["interval"]!) ?? 0) + 1);
    expect(p.payIntervals.map((i) => [i.interval, i.count])).toEqual([...intervals].sort((a, b) => b[1] - a[1]));

    for (const column of Object.keys(raw[0]!)) {
      const field = p.fields.find((f) => f.column === column)!;
      expect(field.nonNull, column).toBe(raw.filter((r) => given(r[column])).length);
      expect(field.boards.map((b) => [b.site, b.nonNull]), column).toEqual([["linkedin", field.nonNull]]);
    }
    expect(p.emptyFields).toEqual(Object.keys(raw[0]!).filter((c) => raw.every((r) => !given(r[c]))));

    expect(p.searches).toMatchObject({ kind: "manifest", areaCount: 43, withoutArea: 0, termsFrom: "metadata", terms: [{ term: "backend engineer", count: null }] });
    expect(p.metadata?.scraped).toEqual({ from: "2025-11-18", to: "2025-11-21" });
    expect(p.synthetic).toBe(false);
    // Nearly every posting with a location is placed, nearly all in the US.
    const located = raw.filter((r) => given(r["location"])).length;
    expect(p.placed / located).toBeGreaterThan(0.9);
    expect(p.mainCountry).toMatchObject({ country: "US", name: "United States" });
    expect(p.countries[0]!.count).toBe(p.placed - p.countries.slice(1).reduce((n, c) => n + c.count, 0));
  });
});
