// Findings need evidence (issue 9, item 6): each rule as a table of small inputs, with the cases where
// the finding must NOT be claimed (a 5-row file, a single search, no US places, too few areas).
import { describe, expect, it } from "vitest";
import { allRounders } from "../../src/analysis/allRounders.ts";
import { areaConcentration, capOf, CAP_RULE } from "../../src/analysis/areaConcentration.ts";
import { levelFindings, type AreaPosition } from "../../src/analysis/levelFindings.ts";
import { payView } from "../../src/analysis/payBasis.ts";
import { salaryFindings } from "../../src/analysis/salaryFindings.ts";
import type { Job, Pay } from "../../src/ingest/Job.ts";
import { job } from "../support/job.ts";

const many = (n: number, over: Partial<Job>) => Array.from({ length: n }, () => job(over));
/** Rows for areas with the given counts: A1, A2, ... */
const areas = (...counts: number[]) => counts.flatMap((n, i) => many(n, { area: `A${i + 1}` }));
const pay = (min: number): Pay => ({ interval: "yearly", min, max: min + 1, currency: "USD" });

describe("the per-search cap (CAP_RULE)", () => {
  it.each([
    ["a 5-row file", [2, 2, 1], true, null],
    ["a single search", [7], true, null],
    ["a single search at a large count", [140], true, null],
    ["two searches tie at the maximum", [140, 140, 90], true, null],
    ["three searches tie at a small maximum", [5, 5, 5, 2], true, null],
    ["three searches tie at 10", [10, 10, 10, 3], true, 10],
    ["seven searches at 140 (the original)", [140, 140, 140, 140, 140, 140, 140, 139, 120, 60], true, 140],
    ["the areas are locations, not searches", [140, 140, 140], false, null],
    ["no rows", [], true, null],
  ] as const)("%s → cap %s", (_case, counts, searches, cap) => {
    const c = areaConcentration(areas(...counts), searches);
    expect(c.cap).toBe(cap);
    expect(capOf(counts.map((count, i) => ({ area: `A${i + 1}`, count })), searches)).toBe(cap);
    if (cap === null) {
      // Nothing that rests on the cap is claimed either.
      expect(c).toMatchObject({ atCap: [], atCapPostings: null, atCapShare: null, hubs: [], hubsPostings: null, hubsShare: null, midSized: [] });
    } else {
      expect(c.atCap.every((a) => a.count === cap)).toBe(true);
      expect(c.atCap.length).toBeGreaterThanOrEqual(CAP_RULE.minSearches);
    }
  });

  it("states its rule", () => {
    expect(areaConcentration([]).rules.cap).toMatch(/at least 3 searches/);
  });
});

describe("hubs and mid-sized searches (HUB_RULE, MID_SIZED_RULE)", () => {
  it("hubs are the searches within 10% of the cap; shares are of the postings with an area", () => {
    const c = areaConcentration([...areas(100, 100, 100, 95, 89, 60, 55, 20), job({ area: null })]);
    expect(c.hubs.map((a) => a.count)).toEqual([100, 100, 100, 95]);
    expect(c.hubsPostings).toBe(395);
    expect(c.hubsShare).toBe(395 / 619);
    expect(c.midSized.map((a) => a.count)).toEqual([89, 60, 55]);
  });

  it.each([
    ["one search between half the cap and the hubs is not 'several'", [100, 100, 100, 60, 20], []],
    ["two are", [100, 100, 100, 60, 50, 20], [60, 50]],
    ["below half the cap is not mid-sized", [100, 100, 100, 49, 40], []],
  ] as const)("%s", (_case, counts, mid) => {
    expect(areaConcentration(areas(...counts)).midSized.map((a) => a.count)).toEqual(mid);
  });
});

describe("the smallest search and the median", () => {
  it.each([
    ["no rows", [], null, 0, null],
    ["a single area is not 'the smallest'", [7], null, 1, 7],
    ["several tied at the fewest: none is 'the smallest'", [9, 1, 1], null, 2, 1],
    ["one area with the fewest", [9, 5, 1], { area: "A3", count: 1 }, 1, 5],
  ] as const)("%s", (_case, counts, smallest, ties, median) => {
    const c = areaConcentration(areas(...counts));
    expect(c.smallest).toEqual(smallest);
    expect(c.smallestTies).toBe(ties);
    expect(c.medianPerArea).toBe(median);
  });
});

describe("the West Coast comparison (WEST_COAST_RULE)", () => {
  const capped = (area: string, midSenior: number) => [
    ...many(midSenior, { area, jobLevel: "mid-senior level" }), ...many(12 - midSenior, { area, jobLevel: "entry level" })];
  const us = (lon: Record<string, number>) => (a: string): AreaPosition | undefined => (a in lon ? { lon: lon[a]!, country: "US" } : undefined);
  const rows = [...capped("Seattle", 2), ...capped("Boston", 6), ...capped("Atlanta", 8), ...many(5, { area: "Small" })];
  const positions = us({ Seattle: -122, Boston: -71, Atlanta: -84, Small: -90 });

  it("holds: a western capped search below the median of the others, in US data", () => {
    const f = levelFindings(rows, positions);
    expect(f.westCoastHubs).toEqual([{ area: "Seattle", count: 2 }]);
    expect(f.otherHubsMedian).toBe(7);
    expect(f.usShare).toBe(1);
    expect(f.rule).toMatch(/in the US/);
  });

  it.each([
    ["no US places (a Canadian scrape)", rows, (a: string) => ({ lon: a === "Seattle" ? -123 : -79, country: "CA" })],
    ["places unknown", rows, () => undefined],
    ["less than 90% of postings in the US", [...rows, ...many(6, { area: "Toronto" })], (a: string) => positions(a) ?? { lon: -79, country: "CA" }],
    ["the West is not lower", [...capped("Seattle", 7), ...capped("Boston", 6), ...capped("Atlanta", 8)], positions],
    ["only one capped search elsewhere", [...capped("Seattle", 2), ...capped("Portland", 2), ...capped("Boston", 6)], us({ Seattle: -122, Portland: -122, Boston: -71 })],
    ["no cap (a single search)", capped("Seattle", 2), positions],
    ["no West hub", [...capped("Boston", 6), ...capped("Atlanta", 8), ...capped("Miami", 3)], us({ Boston: -71, Atlanta: -84, Miami: -80 })],
  ] as const)("is not claimed: %s", (_case, data, place) => {
    const f = levelFindings(data, place);
    expect(f.westCoastHubs).toEqual([]);
    expect(f.otherHubsMedian).toBeNull();
  });

  it("is not claimed when the areas are the postings' locations", () => {
    expect(levelFindings(rows, positions, false).westCoastHubs).toEqual([]);
  });
});

describe("salary findings (SALARY_RULES)", () => {
  /** n areas, each with `per` salaried postings at increasing pay. */
  const paid = (n: number, per = 1) => Array.from({ length: n }, (_, i) => many(per, { area: `P${i + 1}`, pay: pay(1000 * (i + 1)) })).flat();

  it.each([
    [0, null, null, []],
    [1, null, null, []],
    [3, null, null, []],
    [4, [1750, 3250], null, []],
    [9, [3000, 7000], null, []],
    [10, [3250, 7750], null, ["P1", "P2", "P3", "P4", "P5"]],
  ] as const)("%i areas with one posting each: band %j, highest solid %j, lowest %j", (n, band, highest, lowest) => {
    const f = salaryFindings(payView(paid(n)));
    expect(f.bandMin).toEqual(band);
    expect(f.highestSolid).toEqual(highest);
    expect(f.lowest.map((a) => a.area)).toEqual(lowest);
    expect(f.areasWithSalary).toBe(n);
    expect(f.thinShare).toBe(n === 0 ? null : 1);
  });

  it("'stands out' needs at least two areas with a solid sample", () => {
    expect(salaryFindings(payView([...paid(1, 3), ...paid(3, 1)])).highestSolid).toBeNull();
    const two = [...many(3, { area: "X", pay: pay(500) }), ...many(3, { area: "Y", pay: pay(900) })];
    expect(salaryFindings(payView(two)).highestSolid).toMatchObject({ area: "Y", medianMin: 900, salariedPostings: 3 });
  });

  it("names no single highest when two solid areas share it, and never cuts the lowest five inside a tie", () => {
    const tied = [...many(3, { area: "X", pay: pay(900) }), ...many(3, { area: "Y", pay: pay(900) }), ...many(3, { area: "Z", pay: pay(500) })];
    expect(salaryFindings(payView(tied)).highestSolid).toBeNull();
    // P5 and P6 both pay 5000: the lowest five name both (six areas), as tieCut does for <RankedList>.
    const ten = [...paid(5), ...many(1, { area: "P6", pay: pay(5000) }), ...paid(10).slice(6)];
    const lowest = salaryFindings(payView(ten)).lowest.map((a) => [a.area, a.medianMin]);
    expect(lowest).toEqual([["P1", 1000], ["P2", 2000], ["P3", 3000], ["P4", 4000], ["P5", 5000], ["P6", 5000]]);
  });

  it("the figures say their currency", () => {
    expect(salaryFindings(payView(paid(4))).currency).toBe("USD");
    expect(salaryFindings(payView([job()])).currency).toBeNull();
  });
});

describe("all-rounders (ALL_ROUNDER_RULE)", () => {
  const area = (name: string, salary: number, entry: number, remote: number) => [
    ...many(3, { area: name, pay: pay(salary), jobLevel: "mid-senior level" }),
    ...many(entry, { area: name, jobLevel: "entry level" }),
    ...many(remote, { area: name, isRemote: true, jobLevel: "associate" }),
  ];

  it("answers with at least 4 ranked areas", () => {
    const rows = [...area("Good", 300, 5, 5), ...area("Paid", 300, 0, 0), ...area("Low", 100, 5, 5), ...area("Mid", 200, 3, 3)];
    expect(allRounders(payView(rows)).areas?.map((a) => a.area)).toEqual(["Good"]);
  });

  it("needs an entry-level and a remote posting: a median of 0 is no bar to clear (multi-board-us named areas with none of either)", () => {
    // Most areas have no entry-level or remote posting, so both medians are 0.
    const rows = [...area("Top", 300, 1, 1), ...area("NoEntry", 300, 0, 2), ...area("Bare", 250, 0, 0), ...area("Low", 100, 0, 0), ...area("Mid", 200, 0, 0)];
    expect(allRounders(payView(rows)).areas?.map((a) => a.area)).toEqual(["Top"]);
  });

  it.each([
    ["three ranked areas", [...area("A", 300, 5, 5), ...area("B", 200, 3, 3), ...area("C", 100, 1, 1)]],
    ["no levels in the data", [...area("A", 300, 5, 5), ...area("B", 200, 3, 3), ...area("C", 100, 1, 1), ...area("D", 150, 2, 2)].map((r) => ({ ...r, jobLevel: null }))],
    ["no remote flags", [...area("A", 300, 5, 5), ...area("B", 200, 3, 3), ...area("C", 100, 1, 1), ...area("D", 150, 2, 2)].map((r) => ({ ...r, isRemote: null }))],
  ] as const)("does not answer (areas null): %s", (_case, rows) => {
    const r = allRounders(payView(rows));
    expect(r.areas).toBeNull();
  });
});

describe("the rule cases above fail for the reason they name", () => {
  it("the 90% case still has a cap and a lower West", () => {
    const capped = (area: string, midSenior: number) => [
      ...many(midSenior, { area, jobLevel: "mid-senior level" }), ...many(12 - midSenior, { area, jobLevel: "entry level" })];
    const rows = [...capped("Seattle", 2), ...capped("Boston", 6), ...capped("Atlanta", 8), ...many(5, { area: "Small" }), ...many(6, { area: "Toronto" })];
    const place = (a: string): AreaPosition => (a === "Toronto" ? { lon: -79, country: "CA" } : { lon: a === "Seattle" ? -122 : -80, country: "US" });
    expect(areaConcentration(rows).cap).toBe(12);
    const f = levelFindings(rows, place);
    expect(f.usShare).toBeLessThan(0.9);
    expect(f.westCoastHubs).toEqual([]);
    // Without Toronto the same rows pass.
    expect(levelFindings(rows.filter((r) => r.area !== "Toronto"), place).westCoastHubs).toHaveLength(1);
  });
});
