// The dataset profile (issue 9, item 1) and shares over the rows that carry a field (item 5).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { coverage } from "../../src/analysis/coverage.ts";
import { datasetProfile } from "../../src/analysis/datasetProfile.ts";
import { industries } from "../../src/analysis/industries.ts";
import { jobLevels } from "../../src/analysis/jobLevels.ts";
import { placeOfRow } from "../../src/analysis/placeOfRow.ts";
import { remoteShare } from "../../src/analysis/remoteShare.ts";
import { JOBSPY_COLUMNS } from "../../src/ingest/columns.ts";
import { loadDataset } from "../../src/ingest/loadDataset.ts";
import { job } from "../support/job.ts";
import { jobspyCsv, posting, tempFiles } from "../support/jobspyCsv.ts";

const profileOf = async (csv: string, name = "jobs.csv") => {
  const d = await loadDataset(path.join(tempFiles({ [name]: csv }), name), { dataset: "t", today: "2026-01-01" });
  return { data: d, profile: datasetProfile(d, { placeOf: placeOfRow, placesFrom: "test" }) };
};

describe("coverage: shares over the rows that carry the field", () => {
  // "job level is given for 3 of 5 postings, all from LinkedIn"
  const rows = [
    job({ site: "linkedin", jobLevel: "entry level" }), job({ site: "linkedin", jobLevel: "mid-senior level" }), job({ site: "linkedin", jobLevel: "entry level" }),
    job({ site: "indeed", jobLevel: null }), job({ site: "indeed", jobLevel: null }),
  ];

  it("says how many carry it, of how many, and from which board", () => {
    expect(coverage(rows, (r) => r.jobLevel !== null)).toEqual({
      given: 3, of: 5, notGiven: 2, share: 3 / 5, complete: false, onlyFrom: "linkedin", onlyFromName: "LinkedIn",
      boards: [{ site: "linkedin", given: 3, of: 3 }, { site: "indeed", given: 0, of: 2 }],
    });
  });

  it.each([
    ["one board only: no 'all from'", [job({ site: "linkedin" }), job({ site: "linkedin", jobLevel: null })], null],
    ["two boards carry it", [job({ site: "linkedin" }), job({ site: "indeed" }), job({ site: "glassdoor", jobLevel: null })], null],
    ["none carries it", [job({ site: "linkedin", jobLevel: null }), job({ site: "indeed", jobLevel: null })], null],
    ["a posting without a board carries it", [job({ site: "linkedin" }), job({ site: null }), job({ site: "indeed", jobLevel: null })], null],
  ] as const)("%s", (_case, data, onlyFrom) => {
    expect(coverage(data, (r) => r.jobLevel !== null).onlyFrom).toBe(onlyFrom);
  });

  it("no rows: no share", () => {
    expect(coverage([], () => true)).toMatchObject({ given: 0, of: 0, share: null, complete: false });
  });

  it("the entry-level share is of the postings with a level (17.4%, not 7.6%, in issue 9's Toronto example)", () => {
    const l = jobLevels(rows);
    expect(l.entryShare).toBe(2 / 3);
    expect(l.coverage.onlyFrom).toBe("linkedin");
    expect(jobLevels([job({ jobLevel: null })]).entryShare).toBeNull();
  });

  it("the remote share is of the flagged postings; industries' shares of those that give one", () => {
    const r = remoteShare([job({ isRemote: true }), job({ isRemote: false }), job({ isRemote: null, site: "glassdoor" })]);
    expect(r).toMatchObject({ share: 1 / 2, unknown: 1 });
    expect(r.coverage).toMatchObject({ given: 2, of: 3, onlyFrom: "linkedin" });
    expect(remoteShare([job({ isRemote: null })]).share).toBeNull();
    const i = industries([job({ companyIndustry: "Banking" }), job({ companyIndustry: null }), job({ companyIndustry: "Banking" }), job({ companyIndustry: "Retail" })]);
    expect(i.top).toEqual([{ name: "Banking", count: 2, share: 2 / 3 }, { name: "Retail", count: 1, share: 1 / 3 }]);
    expect(i.coverage).toMatchObject({ given: 3, of: 4 });
  });
});

describe("placeOfRow: the interim resolver reads only forms that cannot be misread", () => {
  it.each([
    ["Austin, TX", { city: "Austin", region: "TX", country: "US" }],
    ["Toronto, ON, CA", { city: "Toronto", region: "ON", country: "CA" }],
    ["Leeds, ENG, GB", { city: "Leeds", region: "ENG", country: "GB" }],
    ["Austin, TX, US", { city: "Austin", region: "TX", country: "US" }],
    ["United States", { city: null, region: null, country: "US" }],
    ["California, United States", { city: null, region: "California", country: "US" }],
    ["KA, IN", null],
    ["Pune, India", null],
    ["Dubai · UAE", null],
    ["Oakville", null],
    ["Remote", null],
    ["Paris, FR", null],
    [null, null],
  ] as const)("%s → %j", (location, place) => {
    expect(placeOfRow(job({ location }))).toEqual(place);
  });
});

describe("datasetProfile", () => {
  const rows = [
    posting({ id: "1", site: "linkedin", location: "Austin, TX", date_posted: "2025-11-03", job_level: "entry level", interval: "yearly", min_amount: 100000, max_amount: 120000, currency: "USD", search_term: "backend engineer" }),
    posting({ id: "2", site: "linkedin", location: "Austin, TX", date_posted: "2025-11-09", job_level: "mid-senior level", search_term: "backend engineer" }),
    posting({ id: "3", site: "indeed", location: "Toronto, ON, CA", date_posted: "", job_level: "", company_industry: "", interval: "hourly", min_amount: 30, max_amount: 40, currency: "CAD", search_term: "backend developer" }),
    posting({ id: "4", site: "indeed", location: "Toronto, ON, CA", date_posted: "2025-10-30", job_level: "", company_industry: "", interval: "yearly", min_amount: 80000, max_amount: 90000, currency: "CAD", search_term: "" }),
    posting({ id: "5", site: "indeed", location: "KA, IN", date_posted: "2025-11-01", job_level: "", company_industry: "", is_remote: "" }),
  ];
  const columns = [...JOBSPY_COLUMNS, "search_term"];

  it("states boards, places, currencies, intervals, dates, searches and fields", async () => {
    const { profile: p } = await profileOf(jobspyCsv(rows, columns));
    expect(p.rows).toBe(5);
    expect(p.boards).toEqual([{ site: "indeed", name: "Indeed", count: 3, share: 3 / 5 }, { site: "linkedin", name: "LinkedIn", count: 2, share: 2 / 5 }]);
    expect(p.onlyBoard).toBeNull();
    expect(p.countries).toEqual([{ country: "CA", name: "Canada", count: 2, share: 1 / 2 }, { country: "US", name: "United States", count: 2, share: 1 / 2 }]);
    expect([p.placed, p.unplaced, p.onlyCountry, p.mainCountry]).toEqual([4, 1, null, null]);
    expect(p.cities.map((c) => [c.city, c.country, c.count])).toEqual([["Austin", "US", 2], ["Toronto", "CA", 2]]);
    expect(p.currencies.map((c) => [c.currency, c.name, c.count])).toEqual([["CAD", "Canadian Dollar", 2], ["USD", "US Dollar", 1]]);
    expect(p.payIntervals.map((i) => [i.interval, i.count])).toEqual([["yearly", 2], ["hourly", 1]]);
    expect(p.dates).toEqual({ first: "2025-10-30", last: "2025-11-09", days: 11, dated: 4, undated: 1 });
    expect(p.searches).toMatchObject({ kind: "locations", areas: null, termsFrom: "rows", termNotGiven: 2,
      terms: [{ term: "backend engineer", count: 2 }, { term: "backend developer", count: 1 }] });
    const level = p.fields.find((f) => f.column === "job_level")!;
    expect(level).toMatchObject({ nonNull: 2, share: 2 / 5, onlyOn: "linkedin" });
    expect(level.boards).toEqual([{ site: "indeed", rows: 3, nonNull: 0, share: 0, inLayout: 3 }, { site: "linkedin", rows: 2, nonNull: 2, share: 1, inLayout: 2 }]);
    expect(p.fields.find((f) => f.column === "is_remote")).toMatchObject({ nonNull: 4, onlyOn: null });
    expect(p.emptyFields).toContain("company_revenue");
    expect(p).toMatchObject({ metadata: null, synthetic: false });
  });

  it("one board, one country: says so; no metadata terms without metadata", async () => {
    const { profile: p } = await profileOf(jobspyCsv([posting({ id: "1" }), posting({ id: "2", location: "Boston, MA" })]));
    expect(p.onlyBoard).toEqual({ site: "linkedin", name: "LinkedIn" });
    expect(p.onlyCountry).toEqual({ country: "US", name: "United States" });
    expect(p.mainCountry).toEqual({ country: "US", name: "United States", share: 1 });
    expect(p.searches.terms).toEqual([]);
    expect(p.searches.termsFrom).toBeNull();
  });

  it("a few postings abroad: not the only country, still the main one", async () => {
    const rows = [...Array.from({ length: 19 }, (_, i) => posting({ id: `u${i}`, location: "Austin, TX" })), posting({ id: "t", location: "Toronto, ON, CA" })];
    const { profile: p } = await profileOf(jobspyCsv(rows));
    expect(p.onlyCountry).toBeNull();
    expect(p.mainCountry).toEqual({ country: "US", name: "United States", share: 19 / 20 });
    const half = await profileOf(jobspyCsv(rows.map((r, i) => (i < 10 ? { ...r, location: "Toronto, ON, CA" } : r))));
    expect(half.profile.mainCountry).toBeNull();
  });

  it("a folder's manifest areas are searches; metadata search terms are used when the rows have none", async () => {
    const dir = tempFiles({ "areas.csv": 'file,area\na.csv,"Denver, CO"\n', "a.csv": jobspyCsv([posting({ id: "1" })]) });
    const d = await loadDataset(dir, { dataset: "t", today: "2026-01-01" });
    const p = datasetProfile(d, { placeOf: placeOfRow, placesFrom: "test", metadata: { searchTerms: ["backend engineer"], synthetic: true } });
    expect(p.searches).toMatchObject({ kind: "manifest", areas: [{ area: "Denver, CO", count: 1 }], terms: [{ term: "backend engineer", count: null }], termsFrom: "metadata" });
    expect(p.synthetic).toBe(true);
  });

  it.each([
    ["three search terms of 15 (JobSpy's default results_wanted)", [15, 15, 15], "terms", 15],
    ["two terms tie: no cap", [15, 15, 9], "terms", null],
    ["three terms at 5: too small to be a limit", [5, 5, 5], "terms", null],
  ] as const)("the cap over search terms: %s", async (_case, counts, over, cap) => {
    const rows = counts.flatMap((n, t) => Array.from({ length: n }, (_, i) => posting({ id: `${t}-${i}`, search_term: `term ${t}` })));
    const { profile: p } = await profileOf(jobspyCsv(rows, [...JOBSPY_COLUMNS, "search_term"]));
    expect(p.searches.cap).toBe(cap);
    expect(p.searches.capOver).toBe(cap === null ? null : over);
  });

  it("the cap over searched areas, and over area and term together", async () => {
    const files: Record<string, string> = { "areas.csv": "file,area\na.csv,A\nb.csv,B\nc.csv,C\n" };
    for (const f of ["a", "b", "c"]) files[`${f}.csv`] = jobspyCsv(Array.from({ length: 12 }, (_, i) => posting({ id: `${f}${i}`, search_term: i % 2 ? "x" : "y" })), [...JOBSPY_COLUMNS, "search_term"]);
    const d = await loadDataset(tempFiles(files), { dataset: "t", today: "2026-01-01" });
    // Six searches (3 areas × 2 terms) of 6 each: too small for a cap; the areas alone would be 12 each.
    expect(datasetProfile(d, { placeOf: placeOfRow, placesFrom: "test" }).searches).toMatchObject({ cap: null, capOver: null });
    const noTerms = { ...d, rows: d.rows.map((r) => ({ ...r, searchTerm: null })) };
    expect(datasetProfile(noTerms, { placeOf: placeOfRow, placesFrom: "test" }).searches).toMatchObject({ cap: 12, capOver: "areas" });
  });

  it("no dates, no pay: null, never an empty string or 0", async () => {
    const { profile: p } = await profileOf(jobspyCsv([posting({ id: "1", date_posted: "" })]));
    expect(p.dates).toEqual({ first: null, last: null, days: null, dated: 0, undated: 1 });
    expect([p.salaried, p.currencies, p.payIntervals]).toEqual([0, [], []]);
  });
});
