import { describe, expect, it } from "vitest";
import { allRounders } from "../../src/analysis/allRounders.ts";
import { areaConcentration } from "../../src/analysis/areaConcentration.ts";
import { levelComparison } from "../../src/analysis/levelComparison.ts";
import { levelFindings } from "../../src/analysis/levelFindings.ts";
import { originalSalaryBug } from "../../src/analysis/originalSalaryBug.ts";
import { salaryFindings } from "../../src/analysis/salaryFindings.ts";
import type { Pay } from "../../src/ingest/Job.ts";
import { job } from "../support/job.ts";
import { payView } from "../../src/analysis/payBasis.ts";

const pay = (min: number, max: number, interval: Pay["interval"] = "yearly"): Pay => ({ interval, min, max, currency: "USD" });
const many = (n: number, over: Parameters<typeof job>[0]) => Array.from({ length: n }, () => job(over));

describe("originalSalaryBug", () => {
  it("reproduces the shift: yearly amounts first, hourly after, paired with areas in file order", () => {
    const rows = [
      job({ area: "A", pay: pay(100, 200) }),
      job({ area: "B", pay: pay(10, 20, "hourly") }),
      job({ area: "C", pay: pay(300, 400) }),
      job({ area: "D" }),
    ];
    const bug = originalSalaryBug(payView(rows));
    expect(bug.firstHourlyIndex).toBe(2);
    expect(bug.firstHourlyArea).toBe("B");
    expect(bug.shiftedPostings).toBe(2);
    // B was credited with C's yearly pay, C with B's converted hourly pay.
    expect(bug.areas).toEqual(expect.arrayContaining([
      { area: "B", salariedPostings: 1, reportedMin: 300, reportedMax: 400, correctMin: 19200, correctMax: 38400 },
      { area: "C", salariedPostings: 1, reportedMin: 19200, reportedMax: 38400, correctMin: 300, correctMax: 400 },
    ]));
    expect(bug.areas.map((a) => a.area)).not.toContain("A");
  });

  it("finds nothing to correct without hourly postings", () => {
    expect(originalSalaryBug(payView([job({ pay: pay(1, 2) }), job({ area: "X", pay: pay(3, 4) })]))).toMatchObject({ firstHourlyIndex: null, shiftedPostings: 0, areas: [] });
  });
});

describe("areaConcentration", () => {
  it("finds the cap, the areas at it, the hubs near it and the mid-sized ones", () => {
    const rows = [...many(10, { area: "A" }), ...many(10, { area: "B" }), ...many(10, { area: "B2" }), ...many(9, { area: "C" }),
      ...many(6, { area: "D" }), ...many(5, { area: "D2" }), ...many(2, { area: "E" })];
    const c = areaConcentration(rows);
    expect(c.cap).toBe(10);
    expect(c.atCap.map((a) => a.area)).toEqual(["A", "B", "B2"]);
    expect(c.hubs.map((a) => a.area)).toEqual(["A", "B", "B2", "C"]);
    expect(c.hubsShare).toBeCloseTo(39 / 52);
    expect(c.midSized.map((a) => a.area)).toEqual(["D", "D2"]);
    expect(c.smallest).toEqual({ area: "E", count: 2 });
    expect(c.medianPerArea).toBe(9);
  });
});

describe("salaryFindings", () => {
  it("measures thin samples, the middle band, the best solid median and the lowest five", () => {
    const rows = [
      ...["A", "A", "A"].map((area, i) => job({ area, pay: pay(200 + i, 300) })),
      job({ area: "B", pay: pay(100, 150) }), job({ area: "C", pay: pay(50, 60) }), job({ area: "D", pay: pay(400, 500) }),
    ];
    const f = salaryFindings(payView(rows));
    expect(f.areasWithSalary).toBe(4);
    // A has SOLID_SAMPLE (3) postings: solid, so not thin; B, C and D rest on one each.
    expect(f.thinAreas).toBe(3);
    expect(f.singlePostingAreas).toBe(3);
    // Only A has SOLID_SAMPLE postings: nothing to stand out from, so no "highest" is claimed.
    expect(f.highestSolid).toBeNull();
    // Four areas: too few for "the lowest five" (SALARY_RULES.lowestMinAreas), enough for a band.
    expect(f.lowest).toEqual([]);
    expect(f.bandMin).toEqual([87.5, 250.75]);
  });
});

describe("levelComparison", () => {
  it("keeps share and ratio apart and says which set has the larger share", () => {
    const backend = [job({ jobLevel: "entry level" }), ...many(3, { jobLevel: "mid-senior level" }), ...many(6, { jobLevel: "associate" })];
    const ds = [job({ jobLevel: "entry level" }), ...many(3, { jobLevel: "mid-senior level" })];
    const c = levelComparison(backend, ds);
    expect(c.backendEntryShare).toBe(0.1);
    expect(c.dsEntryShare).toBe(0.25);
    expect(c.backendRatio).toBeCloseTo(1 / 3);
    expect(c.dsLargerShare).toBe(true);
    expect(c.ratioReversesShare).toBe(true);
  });
});

describe("levelFindings", () => {
  it("compares the West Coast's capped searches with the others", () => {
    const capped = (area: string, midSenior: number) => [
      ...many(midSenior, { area, jobLevel: "mid-senior level" }), ...many(12 - midSenior, { area, jobLevel: "entry level" })];
    const rows = [...capped("West", 2), ...capped("East", 4), ...capped("North", 6), ...many(1, { area: "Small", jobLevel: "mid-senior level" })];
    const f = levelFindings(rows, (a) => ({ lon: a === "West" ? -122 : -75, country: "US" }));
    expect(f.westCoastHubs).toEqual([{ area: "West", count: 2 }]);
    expect(f.otherHubsMedian).toBe(5);
    expect(f.topMidSenior[0]).toEqual({ area: "North", count: 6 });
  });

  it("names a tie at the fifth of the top mid-senior areas in full", () => {
    const rows = ["A", "B", "C", "D", "E", "F"].flatMap((area, i) => many(i < 4 ? 9 - i : 2, { area, jobLevel: "mid-senior level" }));
    expect(levelFindings(rows, () => undefined).topMidSenior.map((m) => m.area)).toEqual(["A", "B", "C", "D", "E", "F"]);
  });
});

describe("allRounders", () => {
  it("keeps areas at or above the median on pay, entry level and remote", () => {
    const area = (name: string, salary: number, entry: number, remote: number) => [
      ...many(3, { area: name, pay: pay(salary, salary + 1), jobLevel: "mid-senior level" }),
      ...many(entry, { area: name, jobLevel: "entry level" }),
      ...many(remote, { area: name, isRemote: true, jobLevel: "associate" }),
    ];
    const rows = [...area("Good", 300, 5, 5), ...area("Paid", 300, 0, 0), ...area("Low", 100, 5, 5), ...area("Mid", 200, 3, 3)];
    const r = allRounders(payView(rows));
    expect(r.ranked).toBe(4);
    expect(r.areas?.map((a) => a.area)).toEqual(["Good"]);
  });
});
