import { describe, expect, it } from "vitest";
import { areaVsLocation } from "../../src/analysis/areaVsLocation.ts";
import { columnOverview } from "../../src/analysis/columnOverview.ts";
import { countByArea } from "../../src/analysis/countByArea.ts";
import { duplicates } from "../../src/analysis/duplicates.ts";
import { industries } from "../../src/analysis/industries.ts";
import { jobLevels } from "../../src/analysis/jobLevels.ts";
import { levelByArea } from "../../src/analysis/levelByArea.ts";
import { remoteByArea } from "../../src/analysis/remoteByArea.ts";
import { remoteShare } from "../../src/analysis/remoteShare.ts";
import { salaryByArea } from "../../src/analysis/salaryByArea.ts";
import { salarySummary } from "../../src/analysis/salarySummary.ts";
import { topCompanies } from "../../src/analysis/topCompanies.ts";
import { YEARLY_FACTOR } from "../../src/ingest/yearlyPay.ts";
import type { Pay } from "../../src/ingest/Job.ts";
import { job } from "../support/job.ts";
import { payView } from "../../src/analysis/payBasis.ts";
import { detectStaffing } from "../../src/analysis/staffing.ts";

const pay = (min: number, max: number, interval: Pay["interval"] = "yearly"): Pay => ({ interval, min, max, currency: "USD" });

describe("countByArea", () => {
  it("counts per area, most first, ties in first-seen order", () => {
    const rows = [job({ area: "B" }), job({ area: "A" }), job({ area: "A" }), job({ area: "C" })];
    expect(countByArea(rows)).toEqual([{ area: "A", count: 2 }, { area: "B", count: 1 }, { area: "C", count: 1 }]);
    expect(countByArea([])).toEqual([]);
  });
});

describe("columnOverview", () => {
  it("adds shares and splits empty from partial columns", () => {
    const o = columnOverview([{ column: "a", nonNull: 4, dtype: "object", inLayout: 4 }, { column: "b", nonNull: 0, dtype: "float64", inLayout: 4 }, { column: "c", nonNull: 1, dtype: "float64", inLayout: 4 }], 4);
    expect(o.columns.map((c) => c.share)).toEqual([1, 0, 0.25]);
    expect(o.empty).toEqual(["b"]);
    expect(o.partial).toEqual([{ column: "c", nonNull: 1 }]);
    expect(o.complete).toBe(1);
  });
});

describe("yearly pay convention", () => {
  it("is the original's: hourly x1,920, daily x240, weekly x48, monthly x12", () => {
    expect(YEARLY_FACTOR).toEqual({ yearly: 1, monthly: 12, weekly: 48, daily: 240, hourly: 40 * 4 * 12 });
  });
});

describe("salarySummary", () => {
  it("counts intervals, keeps hourly ranges in file order and converts extremes to yearly", () => {
    const rows = [job(), job({ pay: pay(90000, 110000) }), job({ pay: pay(30, 33, "hourly") }), job({ pay: pay(40, 45, "hourly") }), job({ pay: pay(5000, 6000, "monthly") })];
    const s = salarySummary(payView(rows));
    expect(s.currency).toBe("USD");
    expect(s.rowsWithSalary).toBe(4);
    expect(s.intervalCounts).toEqual([{ interval: "hourly", count: 2 }, { interval: "yearly", count: 1 }, { interval: "monthly", count: 1 }]);
    expect(s.hourlyRanges).toEqual([[30, 33], [40, 45]]);
    expect(s.lowerBoundRange).toEqual([30 * 1920, 90000]);
    expect(s.upperBoundRange).toEqual([33 * 1920, 110000]);
    expect(salarySummary(payView([job()]))).toMatchObject({ lowerBoundRange: null, currency: null, rowsWithSalary: 0 });
  });
});

describe("salaryByArea", () => {
  it("pairs each posting with its own area (unlike the original) and takes even medians as the mean of the middle two", () => {
    const rows = [
      job({ area: "X", pay: pay(100, 200) }), job({ area: "Y", pay: pay(10, 20, "hourly") }),
      job({ area: "X", pay: pay(300, 400) }), job({ area: "Z" }), job({ area: "X", pay: pay(500, 900) }), job({ area: "X", pay: pay(700, 1000) }),
    ];
    const s = salaryByArea(payView(rows));
    expect(s.areas).toEqual([
      { area: "Y", salariedPostings: 1, medianMin: 19200, medianMax: 38400 },
      { area: "X", salariedPostings: 4, medianMin: 400, medianMax: 650 },
    ]);
    expect(s.withoutSalary).toEqual(["Z"]);
    expect(s.currency).toBe("USD");
  });
});

describe("jobLevels", () => {
  it("gives the entry share of all postings and, separately, the entry-to-mid-senior ratio", () => {
    const rows = [job({ jobLevel: "entry level" }), job({ jobLevel: "mid-senior level" }), job({ jobLevel: "mid-senior level" }), job({ jobLevel: "associate" }), job({ jobLevel: null })];
    const l = jobLevels(rows);
    // The share is of the 4 postings that give a level; the one without is "not given", not a level.
    expect(l.entryShare).toBe(1 / 4);
    expect(l.entryToMidSeniorRatio).toBe(1 / 2);
    expect(l.counts[0]).toEqual({ level: "mid-senior level", count: 2, share: 2 / 4 });
    expect(l.counts.map((c) => c.level)).not.toContain("not stated");
    expect(l.coverage).toMatchObject({ given: 4, of: 5, notGiven: 1 });
    expect(jobLevels([job({ jobLevel: "entry level" })]).entryToMidSeniorRatio).toBeNull();
  });
});

describe("levelByArea", () => {
  it("counts one level per area and names the areas with none", () => {
    const rows = [job({ area: "A", jobLevel: "entry level" }), job({ area: "B", jobLevel: "director" }), job({ area: "A", jobLevel: "entry level" })];
    expect(levelByArea(rows, "entry level")).toEqual({ level: "entry level", areas: [{ area: "A", count: 2 }], none: ["B"] });
  });
});

describe("topCompanies", () => {
  it("ranks companies, cuts at n and counts FAANG by exact name", () => {
    const rows = [job({ company: "Google" }), job({ company: "Google" }), job({ company: "Amazon Web Services (AWS)" }), job({ company: "Meta" })];
    const t = topCompanies(rows, 2);
    expect(t.top).toEqual([{ name: "Google", count: 2, staffing: false }, { name: "Amazon Web Services (AWS)", count: 1, staffing: false }]);
    // Names with no posting are listed apart, never as "Amazon (0)".
    expect(t.faang).toEqual([{ name: "Google", count: 2 }, { name: "Meta", count: 1 }]);
    expect(t.faangAbsent).toEqual([{ name: "Amazon" }, { name: "Netflix" }, { name: "Apple" }]);
    expect(t.distinctCompanies).toBe(3);
  });
});

describe("industries and remote by area leave the staffing firms out", () => {
  const rows = [
    job({ company: "Jobs via Dice", companyIndustry: "Staffing", isRemote: true, area: "A" }),
    job({ company: "Acme", companyIndustry: "Software", isRemote: true, area: "A" }),
    job({ company: "Acme", companyIndustry: "Software", isRemote: false, area: "B" }),
    job({ company: "Bank", companyIndustry: "Finance", isRemote: true, area: "B" }),
  ];
  const staffing = detectStaffing(rows).isStaffing;
  it("industries", () => {
    expect(industries(rows, 7, staffing).top).toEqual([{ name: "Software", count: 2, share: 2 / 3 }, { name: "Finance", count: 1, share: 1 / 3 }]);
    expect(industries(rows, 7, staffing).excluded).toEqual(["Jobs via Dice"]);
    expect(industries(rows, 7).top.map((i) => i.name)).toContain("Staffing");
  });
  it("remote share counts every posting; remote by area excludes staffing", () => {
    expect(remoteShare(rows)).toMatchObject({ remote: 3, onSite: 1, unknown: 0, share: 0.75 });
    expect(remoteByArea(rows, staffing).areas).toEqual([{ area: "A", count: 1 }, { area: "B", count: 1 }]);
    expect(remoteByArea([...rows, job({ area: "C", isRemote: false })], staffing).none).toEqual(["C"]);
  });
});

describe("duplicates", () => {
  it("counts distinct ids, repeats and the area pairs that share postings", () => {
    const rows = [job({ id: "1", area: "A" }), job({ id: "1", area: "B" }), job({ id: "2", area: "A" }), job({ id: "1", area: "C" }), job({ id: "3", area: "A" }), job({ id: "3", area: "B" })];
    const d = duplicates(rows);
    expect([d.rows, d.distinctIds, d.repeatedIds, d.extraRows]).toEqual([6, 3, 2, 3]);
    expect(d.byTimes).toEqual([{ times: 2, ids: 1 }, { times: 3, ids: 1 }]);
    expect(d.areaPairs[0]).toEqual({ a: "A", b: "B", shared: 2 });
  });
  it("gives the same counts from the ids the reader found repeated, also when some no longer repeat in these rows", () => {
    const rows = [job({ id: "1", area: "A" }), job({ id: "1", area: "B" }), job({ id: "2", area: "A" }), job({ id: "1", area: "C" }), job({ id: "3", area: "A" }), job({ id: "3", area: "B" })];
    expect(duplicates(rows, new Set(["1", "3"]))).toEqual(duplicates(rows));
    // "3" repeated in the whole dataset, but these rows hold it once: it is no repeat here.
    const some = rows.slice(0, 5);
    expect(duplicates(some, new Set(["1", "3"]))).toEqual(duplicates(some));
    expect([duplicates(some, new Set(["1", "3"])).distinctIds, duplicates(some, new Set(["1", "3"])).repeatedIds]).toEqual([3, 1]);
  });
});

describe("areaVsLocation", () => {
  it("finds searches that return other cities, using the gazetteer's city when given", () => {
    const rows = [
      job({ area: "Phoenix, AZ", location: "Huntsville, AL" }), job({ area: "Phoenix, AZ", location: "Huntsville, AL" }), job({ area: "Phoenix, AZ", location: "Phoenix, AZ" }),
      job({ area: "Washington D.C., D.C.", location: "Washington, DC" }), job({ area: "Washington D.C., D.C.", location: null }),
    ];
    const phoenix = areaVsLocation(rows).find((m) => m.area === "Phoenix, AZ");
    expect(phoenix).toEqual({ area: "Phoenix, AZ", postings: 3, matching: 1, matchShare: 1 / 3, topLocation: "Huntsville, AL", topLocationCount: 2, withoutLocation: 0 });
    const dc = areaVsLocation(rows, (a) => (a.startsWith("Washington") ? "Washington" : a)).find((m) => m.area.startsWith("Washington"));
    expect(dc?.matching).toBe(1);
  });
});
