// Dataset metadata (issue 9, item 1): facts not in the rows, in an optional file next to the data.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/ingest/InputError.ts";
import { findDatasetMetadata, metadataEnvOf, parseDatasetMetadata, readDatasetMetadata } from "../../src/metadata/readDatasetMetadata.ts";
import { PROJECT_ROOT, resolveDatasets, SAMPLE } from "../../src/pipeline/dataSources.ts";
import { precompute } from "../../src/pipeline/precompute.ts";
import { jobspyCsv, posting, tempFiles } from "../support/jobspyCsv.ts";

const original = {
  title: "US backend-engineering postings on LinkedIn",
  source: { name: "Kaggle: tianyimasf/backend-engineer-jobs-us", url: "https://www.kaggle.com/datasets/tianyimasf/backend-engineer-jobs-us" },
  scraped: { from: "2025-11-18", to: "2025-11-21" },
  searchTerms: ["backend engineer"],
};

function error(text: string): InputError {
  try {
    parseDatasetMetadata(text, "data/dataset.json");
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("the metadata schema", () => {
  it("accepts every field, all optional", () => {
    expect(parseDatasetMetadata(JSON.stringify(original), "x")).toEqual(original);
    expect(parseDatasetMetadata("{}", "x")).toEqual({});
    const rates = { exchangeRates: { base: "USD", date: "2025-11-20", source: "ECB reference rates", rates: { CAD: 0.71, EUR: 1.08 } }, currencyWhenMissing: "USD", synthetic: false, notes: ["a"] };
    expect(parseDatasetMetadata(JSON.stringify(rates), "x")).toEqual(rates);
  });

  it.each([
    ["not JSON", '{\n  "title": "x",\n}\n', 3, undefined, /is not valid JSON/],
    ["an unknown field", '{\n  "title": "x",\n  "scrapped": {}\n}', 3, "scrapped", /is not a metadata field \(the fields are: title, description, source/],
    ["a date that is not YYYY-MM-DD", '{\n "scraped": {\n  "from": "18/11/2025",\n  "to": "2025-11-21"\n }\n}', 3, "scraped.from", /YYYY-MM-DD/],
    ["a date that does not exist", '{ "scraped": { "from": "2025-02-30", "to": "2025-03-01" } }', 1, "scraped.from", /not a calendar date/],
    ["from after to", '{ "scraped": { "from": "2025-11-21", "to": "2025-11-18" } }', 1, "scraped.to", /from is after to/],
    ["a URL that is not http(s)", '{ "source": { "url": "javascript:alert(1)" } }', 1, "source.url", /http\(s\) URL/],
    ["a currency in lower case", '{ "currencyWhenMissing": "usd" }', 1, "currencyWhenMissing", /ISO 4217/],
    ["a rate keyed by a bad code", '{\n"exchangeRates": {\n"base": "USD", "date": "2025-11-20",\n"rates": {\n"cad": 0.7 } } }', 5, "exchangeRates.rates.cad", /ISO 4217/],
    ["a negative rate", '{ "exchangeRates": { "base": "USD", "date": "2025-11-20", "rates": { "CAD": -1 } } }', 1, "exchangeRates.rates.CAD", /positive/],
    ["rates without a date", '{ "exchangeRates": { "base": "USD", "rates": { "CAD": 0.7 } } }', 1, "exchangeRates.date", /is missing/],
    ["an empty title", '{ "title": "  " }', 1, "title", /is empty/],
    ["synthetic as text", '{ "synthetic": "yes" }', 1, "synthetic", /boolean/],
  ] as const)("refuses %s, naming the file, line and field", (_case, text, line, field, message) => {
    const e = error(text);
    expect(e.file).toBe("data/dataset.json");
    expect(e.line).toBe(line);
    expect(e.column).toBe(field);
    expect(e.message).toMatch(message);
  });
});

describe("where the metadata is", () => {
  it("a folder's dataset.json; a CSV's <name>.dataset.json; none is fine", async () => {
    const dir = tempFiles({ "f/dataset.json": "{}", "f/areas.csv": "file,area\n", "jobs.csv": "", "jobs.dataset.json": "{}", "other.csv": "" });
    expect(await findDatasetMetadata(path.join(dir, "f"))).toBe(path.join(dir, "f", "dataset.json"));
    expect(await findDatasetMetadata(path.join(dir, "jobs.csv"))).toBe(path.join(dir, "jobs.dataset.json"));
    expect(await findDatasetMetadata(path.join(dir, "other.csv"))).toBeNull();
    expect(await readDatasetMetadata(path.join(dir, "other.csv"))).toBeNull();
  });

  it("a path named explicitly wins, and a missing one is an error, not 'no metadata'", async () => {
    const dir = tempFiles({ "meta.json": JSON.stringify({ title: "named" }), "f/dataset.json": JSON.stringify({ title: "beside" }) });
    expect(await readDatasetMetadata(path.join(dir, "f"), { explicit: path.join(dir, "meta.json") })).toEqual({ title: "named" });
    await expect(readDatasetMetadata(path.join(dir, "f"), { explicit: path.join(dir, "nope.json") })).rejects.toThrow(/does not exist/);
  });

  it("JOBS_METADATA and DS_METADATA name it from the environment", () => {
    expect(metadataEnvOf("JOBS_DATA")).toBe("JOBS_METADATA");
    expect(metadataEnvOf("DS_DATA")).toBe("DS_METADATA");
    const sources = resolveDatasets({ JOBS_DATA: "/d/jobs.csv", JOBS_METADATA: "/m/jobs.json" });
    expect(sources.find((s) => s.name === "backend")).toEqual({ name: "backend", source: path.resolve("/d/jobs.csv"), metadata: path.resolve("/m/jobs.json") });
  });
});

describe("the metadata reaches the profile", () => {
  it("precompute reads the file beside the data and the profile shows it; a bad file stops precompute", async () => {
    const csv = jobspyCsv([posting({ id: "1" }), posting({ id: "2", location: "Boston, MA" })]);
    const dir = tempFiles({ "jobs.csv": csv, "jobs.dataset.json": JSON.stringify(original), "bad.csv": csv, "bad.dataset.json": '{ "scraped": "November" }' });
    const out = path.join(dir, "generated");
    const places = SAMPLE.places;
    await precompute({ datasets: [{ name: "backend", source: path.join(dir, "jobs.csv") }], places }, out, { today: "2026-01-01", projectRoot: dir });
    const profile = JSON.parse(readFileSync(path.join(out, "analyses", "datasetProfile.json"), "utf8"));
    expect(profile.metadata).toMatchObject(original);
    expect(profile.synthetic).toBe(false);
    await expect(precompute({ datasets: [{ name: "backend", source: path.join(dir, "bad.csv") }], places }, out, { today: "2026-01-01", projectRoot: dir }))
      .rejects.toThrow(/bad\.dataset\.json, line 1, column "scraped"/);
  });
});

describe("the bundled sample's metadata", () => {
  it.each(["backend", "data-scientist"])("data/%s/dataset.json says the postings are synthetic and claims no scrape", async (folder) => {
    const m = await readDatasetMetadata(path.join(PROJECT_ROOT, "data", folder));
    expect(m?.synthetic).toBe(true);
    expect(m?.scraped).toBeUndefined();
    expect(m?.searchTerms).toBeUndefined();
    expect(m?.description).toMatch(/Invented/);
  });

  it("the original data's metadata files in docs/metadata are valid", async () => {
    const m = await readDatasetMetadata("unused", { explicit: path.join(PROJECT_ROOT, "docs", "metadata", "backend-engineer-jobs-us.dataset.json") });
    expect(m).toMatchObject({ scraped: { from: "2025-11-18", to: "2025-11-21" }, searchTerms: ["backend engineer"] });
    expect(await readDatasetMetadata("unused", { explicit: path.join(PROJECT_ROOT, "docs", "metadata", "backend-engineer-jobs-us.data-scientist.dataset.json") })).toMatchObject({ source: { url: original.source.url } });
  });
});

describe("the scrape's last day is the data's as-of date", () => {
  it("dates after metadata scraped.to are future dates; JOBS_TODAY still wins", async () => {
    const csv = jobspyCsv([posting({ id: "1", date_posted: "2025-11-20" }), posting({ id: "2", date_posted: "2025-11-25" })]);
    const dir = tempFiles({ "jobs.csv": csv, "jobs.dataset.json": JSON.stringify({ scraped: { from: "2025-11-18", to: "2025-11-21" } }) });
    const out = path.join(dir, "generated");
    const run = async (today?: string) => {
      await precompute({ datasets: [{ name: "backend", source: path.join(dir, "jobs.csv") }], places: SAMPLE.places }, out, { today, projectRoot: dir });
      return JSON.parse(readFileSync(path.join(out, "quality", "backend.json"), "utf8")) as { asOf: { date: string }; issues: { kind: string; count: number }[] };
    };
    const pinned = await run();
    expect(pinned.asOf.date).toBe("2025-11-21");
    expect(pinned.issues.find((i) => i.kind === "future-date")?.count).toBe(1);
    const env = await run("2025-12-31");
    expect(env.asOf.date).toBe("2025-12-31");
    expect(env.issues.find((i) => i.kind === "future-date")).toBeUndefined();
  });
});
