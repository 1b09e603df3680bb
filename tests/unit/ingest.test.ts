import path from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/ingest/InputError.ts";
import { loadDataset } from "../../src/ingest/loadDataset.ts";
import { JOBSPY_COLUMNS, MERGED_COLUMNS, OLDER_JOBSPY_COLUMNS } from "../../src/ingest/columns.ts";
import { jobspyCsv, posting, tempFiles } from "../support/jobspyCsv.ts";

const opts = { dataset: "test", today: "2025-12-31" };
const load = (p: string) => loadDataset(p, opts);
const issue = (d: Awaited<ReturnType<typeof load>>, kind: string) => d.report.issues.find((i) => i.kind === kind);

async function fatal(p: string): Promise<InputError> {
  try {
    await load(p);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("the three input shapes", () => {
  const a = [posting({ id: "li-1", location: "Denver, CO" }), posting({ id: "li-2", location: "Aurora, CO" })];
  const b = [posting({ id: "li-3", location: "Boston, MA", is_remote: true })];

  it("a folder with areas.csv merges files in manifest order with area after location", async () => {
    const dir = tempFiles({
      "areas.csv": 'file,area\njobs_b.csv,"Boston, MA"\njobs_a.csv,"Denver, CO"\n',
      "jobs_a.csv": jobspyCsv(a), "jobs_b.csv": jobspyCsv(b),
    });
    const d = await load(dir);
    expect(d.rows.map((r) => [r.id, r.area])).toEqual([["li-3", "Boston, MA"], ["li-1", "Denver, CO"], ["li-2", "Denver, CO"]]);
    expect(d.columns.map((c) => c.column)).toEqual(MERGED_COLUMNS);
    expect(MERGED_COLUMNS.indexOf("area")).toBe(MERGED_COLUMNS.indexOf("location") + 1);
    expect(d.report.mode).toBe("folder");
  });

  it("a merged CSV with an area column gives the same rows as the folder", async () => {
    const rows = [...b.map((r) => ({ ...r, area: "Boston, MA" })), ...a.map((r) => ({ ...r, area: "Denver, CO" }))];
    const merged = await load(path.join(tempFiles({ "jobs.csv": jobspyCsv(rows, MERGED_COLUMNS) }), "jobs.csv"));
    const folder = await load(tempFiles({
      "areas.csv": 'file,area\njobs_b.csv,"Boston, MA"\njobs_a.csv,"Denver, CO"\n',
      "jobs_a.csv": jobspyCsv(a), "jobs_b.csv": jobspyCsv(b),
    }));
    const strip = (d: typeof merged) => d.rows.map(({ file: _f, line: _l, ...rest }) => rest);
    expect(strip(merged)).toEqual(strip(folder));
    expect(merged.columns).toEqual(folder.columns);
    expect(merged.report.mode).toBe("merged-csv");
  });

  it("a plain JobSpy CSV takes the area from the location, none when it is empty, and says so", async () => {
    const file = path.join(tempFiles({ "j.csv": jobspyCsv([posting({ id: "1", location: "Austin, TX" }), posting({ id: "2", location: "" })]) }), "j.csv");
    const d = await load(file);
    expect(d.rows.map((r) => r.area)).toEqual(["Austin, TX", null]);
    expect(d.report.mode).toBe("plain-csv");
    expect(d.report.areaSource).toMatch(/no area column/);
    expect(d.columns.find((c) => c.column === "area")?.nonNull).toBe(1);
  });
});

describe("JobSpy's format", () => {
  it("reads BOM, CRLF and mixed line endings, and counts lines across quoted newlines", async () => {
    const body = jobspyCsv([posting({ id: "1", description: "line one\nline two\n\nline four" }), posting({ id: "2", company: "x" })], JOBSPY_COLUMNS, "\r\n");
    const mixed = "\uFEFF" + body.replace(/\r\n("li|"2")/, "\n$1");
    const file = path.join(tempFiles({ "j.csv": mixed }), "j.csv");
    const d = await load(file);
    expect(d.rows.map((r) => [r.id, r.line])).toEqual([["1", 2], ["2", 6]]);
    expect(d.columns[0]?.column).toBe("id");
  });

  it("undoes pandas' doubled backslashes, reads NaN/None/empty as missing, True/False, floats, job_type lists", async () => {
    const csv = jobspyCsv([posting({ id: "007", title: "Contract\\-to\\-Hire", location: "NaN", job_type: "fulltime, contract",
      interval: "yearly", min_amount: 90000, max_amount: 110000, currency: "USD", is_remote: true, job_function: "None" })]);
    const d = await load(path.join(tempFiles({ "j.csv": csv }), "j.csv"));
    const [row] = d.rows;
    expect(csv).toContain("Contract\\\\-to\\\\-Hire");
    expect(row).toMatchObject({ id: "007", title: "Contract\\-to\\-Hire", location: null, jobFunction: null, isRemote: true,
      jobType: ["fulltime", "contract"], pay: { interval: "yearly", min: 90000, max: 110000, currency: "USD" } });
    expect(d.columns.find((c) => c.column === "min_amount")).toEqual({ column: "min_amount", nonNull: 1, dtype: "float64", inLayout: 1 });
    expect(d.columns.find((c) => c.column === "is_remote")?.dtype).toBe("bool");
    expect(d.columns.find((c) => c.column === "skills")).toEqual({ column: "skills", nonNull: 0, dtype: "float64", inLayout: 1 });
  });

  it("accepts reordered columns, the older 28-column layout, and reports unknown columns", async () => {
    const reordered = [...JOBSPY_COLUMNS].reverse();
    const d1 = await load(path.join(tempFiles({ "j.csv": jobspyCsv([posting()], reordered) }), "j.csv"));
    expect(d1.rows[0]).toMatchObject({ id: "li-100", company: "Acme", jobLevel: "entry level" });
    const d2 = await load(path.join(tempFiles({ "j.csv": jobspyCsv([posting()], OLDER_JOBSPY_COLUMNS) }), "j.csv"));
    expect(d2.report.files[0]?.layout).toBe("jobspy-28");
    expect(d2.report.files[0]?.absentColumns).toContain("skills");
    const d3 = await load(path.join(tempFiles({ "j.csv": jobspyCsv([posting(JSON.parse('{"__proto__": "x", "salary_hint": "y"}'))], [...JOBSPY_COLUMNS, "__proto__", "salary_hint"]) }), "j.csv"));
    expect(d3.report.files[0]?.unknownColumns).toEqual(["__proto__", "salary_hint"]);
    expect(d3.rows).toHaveLength(1);
  });
});

describe("fatal input names file, line and column", () => {
  it("a missing required column", async () => {
    const cols = JOBSPY_COLUMNS.filter((c) => c !== "company");
    const e = await fatal(path.join(tempFiles({ "j.csv": jobspyCsv([posting()], cols) }), "j.csv"));
    expect(e.message).toMatch(/j\.csv, line 1, column "company": is missing from the header/);
  });

  it("an unterminated quote, at the line where it opens: at the end and in the middle", async () => {
    const csv = jobspyCsv([posting({ id: "1" }), posting({ id: "2" }), posting({ id: "3" })]);
    const last = csv.lastIndexOf('"Build APIs."');
    const atEnd = csv.slice(0, last) + '"Build APIs.' + csv.slice(last + '"Build APIs."'.length);
    const e1 = await fatal(path.join(tempFiles({ "j.csv": atEnd }), "j.csv"));
    expect([e1.line, e1.column]).toEqual([4, "description"]);
    expect(e1.message).toMatch(/j\.csv, line 4, column "description": a quoted field is (never closed|malformed)/);
    const middle = csv.replace('"Build APIs."', '"Build APIs.');
    const e2 = await fatal(path.join(tempFiles({ "j.csv": middle }), "j.csv"));
    expect([e2.line, e2.column]).toEqual([2, "description"]);
  });

  it("an empty file, a binary file, Latin-1 text, and a file that is not a JobSpy CSV", async () => {
    const dir = tempFiles({ "empty.csv": "", "bin.csv": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x0a]),
      "latin1.csv": Buffer.concat([Buffer.from(jobspyCsv([posting()])), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])]),
      "other.csv": "name,age\nann,3\n" });
    expect((await fatal(path.join(dir, "empty.csv"))).message).toMatch(/empty.csv, line 1: is empty/);
    expect((await fatal(path.join(dir, "bin.csv"))).message).toMatch(/bin.csv, line 1: .*(binary|UTF-8)/);
    expect((await fatal(path.join(dir, "latin1.csv"))).message).toMatch(/latin1.csv, line 3: is not valid UTF-8/);
    expect((await fatal(path.join(dir, "other.csv"))).message).toMatch(/other.csv, line 1: does not look like a JobSpy CSV/);
  });

  it("a manifest naming a missing file; a folder without a manifest", async () => {
    const dir = tempFiles({ "areas.csv": 'file,area\njobs_a.csv,"A, AA"\njobs_zz.csv,"Z, ZZ"\n', "jobs_a.csv": jobspyCsv([posting()]) });
    expect((await fatal(dir)).message).toMatch(/areas.csv, line 3, column "file": names "jobs_zz.csv", which is not in the folder/);
    expect((await fatal(tempFiles({ "jobs_a.csv": jobspyCsv([posting()]) }))).message).toMatch(/areas.csv: is missing/);
  });

  it("a file the manifest does not list is reported, not read", async () => {
    const d = await load(tempFiles({ "areas.csv": 'file,area\njobs_a.csv,"A, AA"\n', "jobs_a.csv": jobspyCsv([posting()]), "jobs_b.csv": jobspyCsv([posting()]) }));
    expect(d.report.unlistedFiles).toEqual(["jobs_b.csv"]);
  });
});

describe("row-level problems are counted, never silent", () => {
  const pay = (min: string | number, max: string | number, interval = "yearly", currency = "USD") =>
    ({ interval, min_amount: min, max_amount: max, currency });

  it("counts each kind and keeps every row it can", async () => {
    const rows = [
      posting({ id: "1", ...pay("abc", 10) }),
      posting({ id: "2", ...pay(200, 100) }),
      posting({ id: "3", ...pay(10, 20, "fortnightly") }),
      posting({ id: "4", ...pay(10, 20, "yearly", "EUR") }),
      posting({ id: "5", date_posted: "2025-02-30" }),
      posting({ id: "6", date_posted: "2030-01-01" }),
      posting({ id: "1" }),
      posting({ id: "", job_url: "" }),
      posting({ id: "7", ...pay("1e5", "1.2e5") }),
      posting({ id: "8", is_remote: "maybe" }),
    ];
    const d = await load(path.join(tempFiles({ "j.csv": jobspyCsv(rows) }), "j.csv"));
    expect(d.report.rowsRead).toBe(10);
    expect(d.report.rowsKept + d.report.rowsSkipped).toBe(d.report.rowsRead);
    expect(d.report.rowsSkipped).toBe(1);
    for (const kind of ["bad-amount", "min-above-max", "unknown-interval", "non-usd", "bad-date", "future-date", "duplicate-id", "missing-id", "bad-boolean"]) {
      expect(issue(d, kind)?.count, kind).toBe(1);
    }
    expect(issue(d, "bad-amount")?.examples[0]).toEqual({ file: expect.stringContaining("j.csv"), line: 2, column: "min_amount", detail: "abc" });
    expect(d.rows.find((r) => r.id === "7")?.pay).toMatchObject({ min: 100000, max: 120000 });
    // Pay in another currency is kept with its currency; unusable pay is dropped.
    expect(d.rows.filter((r) => r.pay !== null).map((r) => [r.id, r.pay!.currency])).toEqual([["4", "EUR"], ["7", "USD"]]);
  });

  it("hands the duplicates analysis the ids more than one kept row has", async () => {
    const rows = [posting({ id: "1" }), posting({ id: "2" }), posting({ id: "1" }), posting({ id: "3" }), posting({ id: "2" }), posting({ id: "1" })];
    const d = await load(path.join(tempFiles({ "j.csv": jobspyCsv(rows) }), "j.csv"));
    expect([...d.repeatedIds!].sort()).toEqual(["1", "2"]);
    expect(issue(d, "duplicate-id")?.count).toBe(3);
  });

  it("skips ragged rows, counting them", async () => {
    const text = jobspyCsv([posting({ id: "1" })]) + '"short","row"\n' + jobspyCsv([posting({ id: "2" })]).split("\n")[1] + ',"extra"\n';
    const d = await load(path.join(tempFiles({ "j.csv": text }), "j.csv"));
    expect(d.rows.map((r) => r.id)).toEqual(["1"]);
    expect(issue(d, "ragged-row")?.count).toBe(2);
    expect(issue(d, "ragged-row")?.examples.map((e) => e.line)).toEqual([3, 4]);
  });
});

describe("every JobSpy layout (issue 9)", () => {
  // Header rows as JobSpy's own scrape_jobs wrote them (see tests/fixtures/jobspy/README.md), typed
  // out here rather than imported, so the detection is checked against an independent copy.
  const v2023 = "job_url,site,title,company,company_url,location,job_type,date_posted,interval,min_amount,max_amount,currency,is_remote,num_urgent_words,benefits,emails,description".split(",");
  const v2024 = "site,job_url,job_url_direct,title,company,location,job_type,date_posted,interval,min_amount,max_amount,currency,is_remote,emails,description,company_url,company_url_direct,company_addresses,company_industry,company_num_employees,company_revenue,company_description,logo_photo_url,banner_photo_url,ceo_name,ceo_photo_url".split(",");
  const v31 = "id,site,job_url,job_url_direct,title,company,location,job_type,date_posted,salary_source,interval,min_amount,max_amount,currency,is_remote,job_level,job_function,company_industry,listing_type,emails,description,company_url,company_url_direct,company_addresses,company_num_employees,company_revenue,company_description,logo_photo_url,banner_photo_url,ceo_name,ceo_photo_url".split(",");
  const csv = (rows: Parameters<typeof jobspyCsv>[0], columns: readonly string[]) => path.join(tempFiles({ "j.csv": jobspyCsv(rows, columns) }), "j.csv");

  it.each([
    ["jobspy-17", v2023], ["jobspy-26", v2024], ["jobspy-28", OLDER_JOBSPY_COLUMNS], ["jobspy-31", v31], ["jobspy-34", JOBSPY_COLUMNS],
  ] as const)("names the %s layout, in JobSpy's order and reordered", async (layout, columns) => {
    expect(columns).toHaveLength(Number(layout.slice(7)));
    const d = await load(csv([posting({ id: "li-1" })], columns));
    expect(d.report.files[0]).toMatchObject({ layout, userColumns: [] });
    expect(d.report.files[0]!.layoutDescription).not.toMatch(/reordered/);
    const r = await load(csv([posting({ id: "li-1" })], [...columns].reverse()));
    expect(r.report.files[0]!.layout).toBe(layout);
    expect(r.report.files[0]!.layoutDescription).toMatch(/reordered/);
    expect(r.rows[0]).toMatchObject({ title: "Backend Engineer", company: "Acme", location: "Denver, CO" });
  });

  it("the 2023 layout has no id: each is derived from job_url, deterministically, and counted", async () => {
    const rows = [posting({ job_url: "https://www.linkedin.com/jobs/view/4323060645" }), posting({ site: "indeed", job_url: "https://www.indeed.com/viewjob?jk=abc123" })];
    const d = await load(csv(rows, v2023));
    expect(d.rows.map((r) => r.id)).toEqual(["li-4323060645", "url:https://www.indeed.com/viewjob?jk=abc123"]);
    expect(issue(d, "derived-id")?.count).toBe(2);
    expect(d.report.files[0]).toMatchObject({ layout: "jobspy-17", derivedIds: 2 });
    // Absent columns are "not in this layout": null fields, inLayout 0; present-but-empty ones differ.
    expect(d.rows[0]).toMatchObject({ jobLevel: null, companyIndustry: null, jobFunction: null });
    expect(d.columns.find((c) => c.column === "job_level")).toMatchObject({ nonNull: 0, inLayout: 0 });
    expect(d.columns.find((c) => c.column === "company_url")).toMatchObject({ inLayout: 2 });
    expect(d.columns.map((c) => c.column)).toEqual([...MERGED_COLUMNS, "num_urgent_words", "benefits"]);
    expect(d.report.files[0]!.absentColumns).toContain("job_level");
  });

  it("user-added columns, and several JobSpy versions concatenated into one header", async () => {
    const d37 = await load(csv([posting({ search_term: "backend engineer", source: "run-1", lang: "en" })], [...JOBSPY_COLUMNS, "search_term", "source", "lang"]));
    expect(d37.report.files[0]).toMatchObject({ layout: "jobspy-34", userColumns: ["search_term", "source", "lang"], unknownColumns: [] });
    expect(d37.rows[0]!.searchTerm).toBe("backend engineer");
    const newer = [...JOBSPY_COLUMNS, ...v2024].filter((c, i, all) => !v2023.includes(c) && all.indexOf(c) === i);
    const columns42 = [...v2023, "search_term", ...newer, "source"];
    expect(columns42).toHaveLength(42);
    const d42 = await load(csv([posting({ id: "" }), posting({ id: "li-9" })], columns42));
    expect(d42.report.files[0]!.layout).toBe("jobspy-17+jobspy-26+jobspy-34");
    expect(issue(d42, "derived-id")?.count).toBe(1);
  });

  it("JobSpy's hyperlinks=True column job_url_hyper stands for job_url", async () => {
    const columns = v2023.map((c) => (c === "job_url" ? "job_url_hyper" : c));
    const d = await load(csv([posting({ job_url_hyper: '<a href="https://www.linkedin.com/jobs/view/77">https://www.linkedin.com/jobs/view/77</a>' })], columns));
    expect(d.rows[0]!.id).toBe("li-77");
    expect(d.report.files[0]!.layout).toBe("jobspy-17");
  });

  it("when required columns are missing, one message lists all of them", async () => {
    const e = await fatal(csv([posting()], JOBSPY_COLUMNS.filter((c) => !["title", "location", "id", "job_url"].includes(c))));
    expect(e.message).toMatch(/j\.csv, line 1: the header is missing 3 required columns: "title", "location" and "id" or "job_url"/);
  });

  it("reads M/D/YYYY dates, -1 amounts as not given, and Naukri's yearly pay without an interval, counting each", async () => {
    const rows = [
      posting({ id: "1", date_posted: "11/5/2025" }),
      posting({ id: "2", date_posted: "2/29/2023" }),
      posting({ id: "3", interval: "yearly", min_amount: 80000, max_amount: -1, currency: "USD" }),
      posting({ id: "4", site: "naukri", min_amount: 1200000, max_amount: 1600000, currency: "INR" }),
      posting({ id: "5", site: "indeed", min_amount: 10, max_amount: 20, currency: "USD" }),
    ];
    const d = await load(csv(rows, JOBSPY_COLUMNS));
    expect(d.rows.map((r) => r.datePosted)).toEqual(["2025-11-05", null, "2025-11-20", "2025-11-20", "2025-11-20"]);
    expect(issue(d, "month-day-year-date")?.count).toBe(1);
    expect(issue(d, "bad-date")?.examples[0]?.detail).toBe("2/29/2023");
    expect(d.rows[2]!.pay).toEqual({ interval: "yearly", min: 80000, max: 80000, currency: "USD" });
    expect(issue(d, "amount-minus-one")?.examples[0]).toMatchObject({ line: 4, column: "max_amount" });
    expect(d.rows[3]!.pay).toEqual({ interval: "yearly", min: 1200000, max: 1600000, currency: "INR" });
    expect(issue(d, "naukri-yearly-pay")?.count).toBe(1);
    expect(d.rows[4]!.pay).toBeNull();
    expect(issue(d, "pay-without-interval")?.count).toBe(1);
  });

  it("empty or blank names are null, never \"\": title, company, industry, level, function", async () => {
    const d = await load(csv([posting({ id: "1", title: "  ", company: "", company_industry: "\u200B", job_level: " ", job_function: "\t" })], JOBSPY_COLUMNS));
    expect(d.rows[0]).toMatchObject({ title: null, company: null, companyIndustry: null, jobLevel: null, jobFunction: null });
    const strings = Object.values(d.rows[0]!).filter((v) => typeof v === "string");
    expect(strings).not.toContain("");
  });

  it("which fields each board fills, and which its layout lacks", async () => {
    const rows = [posting({ id: "1" }), posting({ id: "2", site: "indeed", job_level: "" }), posting({ id: "3", site: "indeed", job_level: "" })];
    const d = await load(csv(rows, JOBSPY_COLUMNS));
    const indeed = d.columnsBySite.find((s) => s.site === "indeed")!;
    expect(d.columnsBySite.map((s) => [s.site, s.rows])).toEqual([["indeed", 2], ["linkedin", 1]]);
    expect(indeed.columns.find((c) => c.column === "job_level")).toEqual({ column: "job_level", nonNull: 0, inLayout: 2 });
    expect(d.columnsBySite.find((s) => s.site === "linkedin")!.columns.find((c) => c.column === "job_level")!.nonNull).toBe(1);
  });
});
