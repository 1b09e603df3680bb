// The JobSpy fixture matrix through the ingest: every figure the ingest gives is compared
// with a direct computation over the CSV as papaparse reads it (tests/support/fixtureFacts.ts),
// not with output copied from the code under test.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset, type Dataset } from "../../src/ingest/loadDataset.ts";
import { buildMatrix } from "../fixtures/jobspy/matrix.ts";
import { countBy, fixtureList, isoDate, JOBSPY_FIXTURES, readFixture } from "../support/fixtureFacts.ts";

const fixtures = fixtureList();
const load = (fixture: string) => loadDataset(path.join(JOBSPY_FIXTURES, fixture), { dataset: "backend" });
const blank = (cell: string | undefined) => cell === undefined || cell.trim() === "";
const sortedSet = (values: Iterable<string>) => [...new Set(values)].sort();

describe("the fixture matrix is the generator's output", () => {
  it("every committed file equals what matrix.ts generates (edit matrix.ts, then run make.ts)", () => {
    for (const [name, content] of buildMatrix()) {
      expect(readFileSync(path.join(JOBSPY_FIXTURES, name), "utf8"), name).toBe(content);
    }
  });

  it("covers every board, country, currency, layout and location shape the issue lists", () => {
    const all = (key: "boards" | "countries" | "currencies" | "locationShapes") => sortedSet(fixtures.flatMap((f) => f[key]));
    expect(all("boards")).toEqual(["bayt", "glassdoor", "google", "indeed", "linkedin", "naukri", "zip_recruiter"]);
    expect(all("countries")).toEqual(expect.arrayContaining(["Brazil", "Canada", "India", "Netherlands", "United Arab Emirates", "United Kingdom", "United States"]));
    expect(all("currencies")).toEqual(expect.arrayContaining(["AED", "BRL", "CAD", "EUR", "GBP", "INR", "USD"]));
    // Every shape of spec/jobspy-layouts.md's location table.
    expect(all("locationShapes")).toEqual(sortedSet([
      "city, state, country code", "city, state name, country name", "city, state code", "city, country", "state and country only",
      "city alone, no country (Glassdoor)", "a country alone", "city · country (Bayt)", "a non-place",
    ]));
    const headers = new Map(fixtures.map((f) => [f.path, readFixture(f.path)[0]!.header.length]));
    for (const columns of [11, 17, 26, 28, 31, 34, 35, 37, 42]) expect([...headers.values()], `${columns} columns`).toContain(columns);
    expect(fixtures.map((f) => f.path)).toEqual(expect.arrayContaining(["five-rows.csv", "no-pay.csv", "no-levels.csv", "header-only.csv", "search-term.csv"]));
  });
});

describe.each(fixtures)("$path ($layout)", (fixture) => {
  const files = readFixture(fixture.path);
  const raw = files.flatMap((f) => f.rows);
  let data: Dataset;
  const loaded = async () => (data ??= await load(fixture.path));

  it("keeps every row and loses none: rows read = kept + skipped", async () => {
    const d = await loaded();
    expect(d.report.rowsRead).toBe(raw.length);
    expect(d.report.rowsKept).toBe(raw.length);
    expect(d.report.rowsKept + d.report.rowsSkipped).toBe(d.report.rowsRead);
    expect(d.report.files.map((f) => f.records)).toEqual(files.map((f) => f.rows.length));
  });

  it("names the layout the generator wrote, and the user's columns", async () => {
    const d = await loaded();
    for (const [i, file] of d.report.files.entries()) {
      expect(file.layout).toBe(fixture.layout);
      expect(file.columns).toEqual(files[i]!.header);
      expect(file.userColumns).toEqual(files[i]!.header.filter((h) => ["search_term", "source", "lang"].includes(h)));
    }
  });

  it("postings per board, and the declared boards, equal a count over the CSV", async () => {
    const d = await loaded();
    const direct = countBy(raw, (r) => r["site"]!);
    expect(countBy(d.rows, (r) => r.site ?? "")).toEqual(direct);
    expect(Object.keys(direct).sort()).toEqual(fixture.boards);
  });

  it("ids: JobSpy's where the row has one, else derived from job_url and counted", async () => {
    const d = await loaded();
    const missing = raw.filter((r) => blank(r["id"]));
    expect(d.report.issues.find((i) => i.kind === "derived-id")?.count ?? 0).toBe(missing.length);
    expect(d.report.files.reduce((n, f) => n + f.derivedIds, 0)).toBe(missing.length);
    expect(d.rows.filter((_, i) => !blank(raw[i]!["id"])).map((r) => r.id)).toEqual(raw.filter((r) => !blank(r["id"])).map((r) => r["id"]));
    expect(new Set(d.rows.map((r) => r.id)).size).toBe(raw.length);
  });

  it("dates: the range and the as-of date equal the CSV's latest date_posted", async () => {
    const d = await loaded();
    const dates = raw.map((r) => isoDate(r["date_posted"])).filter((x): x is string => x !== null).sort();
    const got = d.rows.map((r) => r.datePosted).filter((x): x is string => x !== null).sort();
    expect([got[0], got.at(-1), got.length]).toEqual([dates[0], dates.at(-1), dates.length]);
    expect(d.report.asOf.date).toBe(dates.at(-1) ?? null);
    if (fixture.scrapeDate && dates.length > 0) expect(dates.at(-1)! <= fixture.scrapeDate).toBe(true);
    expect(d.report.issues.find((i) => i.kind === "future-date")).toBeUndefined();
  });

  it("pay: the rows and currencies that state pay equal the CSV's", async () => {
    const d = await loaded();
    const amount = (cell: string | undefined) => !blank(cell) && Number(cell) !== -1;
    const paid = raw.filter((r) => (amount(r["min_amount"]) || amount(r["max_amount"])) && (!blank(r["interval"]) || r["site"] === "naukri"));
    expect(d.rows.filter((r) => r.pay !== null)).toHaveLength(paid.length);
    expect(countBy(d.rows.filter((r) => r.pay !== null), (r) => r.pay!.currency ?? "")).toEqual(countBy(paid, (r) => r["currency"]!));
    expect(sortedSet(paid.map((r) => r["currency"]!))).toEqual(fixture.currencies);
  });

  it("levels, search terms and empty names: as in the CSV, empty ones null", async () => {
    const d = await loaded();
    expect(d.rows.filter((r) => r.jobLevel !== null)).toHaveLength(raw.filter((r) => !blank(r["job_level"])).length);
    expect(sortedSet(d.rows.flatMap((r) => (r.searchTerm === null ? [] : [r.searchTerm])))).toEqual(sortedSet(raw.flatMap((r) => (blank(r["search_term"]) ? [] : [r["search_term"]!]))));
    for (const row of d.rows) for (const key of ["title", "company", "companyIndustry", "jobLevel", "jobFunction"] as const) expect(row[key]).not.toBe("");
  });

  it("column table: present columns counted, absent ones 'not in this layout'", async () => {
    const d = await loaded();
    const header = new Set(files.flatMap((f) => f.header));
    for (const column of ["job_level", "company_industry", "date_posted", "is_remote", "skills"]) {
      const stat = d.columns.find((c) => c.column === column)!;
      const direct = raw.filter((r) => !blank(r[column])).length;
      expect([stat.nonNull, stat.inLayout], column).toEqual([direct, header.has(column) ? raw.length : 0]);
    }
    for (const site of d.columnsBySite) {
      const rows = raw.filter((r) => r["site"] === site.site);
      expect(site.rows).toBe(rows.length);
      const level = site.columns.find((c) => c.column === "job_level")!;
      expect(level.nonNull).toBe(rows.filter((r) => !blank(r["job_level"])).length);
    }
  });
});
