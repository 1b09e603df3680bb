import { describe, expect, it } from "vitest";
import { companies } from "../../src/analysis/figures/postings.ts";

// The company bars' description says what the chart marks: a staffing-firm claim only when a bar is one.
const data = (flags: boolean[], distinctCompanies = 30) => ({ top: flags.map((staffing, i) => ({ name: `Co ${i}`, count: 10 - i, staffing })), staffingInTop: [], distinctCompanies }) as never;
const describeWith = (flags: boolean[]) => (companies.description as (d: never, c: never) => string)(data(flags), {} as never);

describe("the company bars' description", () => {
  it("says no bar is a staffing firm when none is", () => {
    const text = describeWith([false, false, false]);
    expect(text).toMatch(/^The 3 most frequent company names; none of them is a staffing firm/);
    expect(text).not.toMatch(/marked/);
  });
  it("says the bars are all the companies when the data has no more (indeed-brazil: 4 of 4)", () => {
    const all = (companies.description as (d: never, c: never) => string)(data([false, false, false, false], 4), {} as never);
    expect(all).toMatch(/^All 4 company names; none of them/);
    expect(describeWith([false, false, false, false])).toMatch(/^The 4 most frequent company names/);
  });
  it("counts the marked bars", () => {
    expect(describeWith([true, false, false])).toMatch(/the one staffing firm or job aggregator among them is marked/);
    expect(describeWith([true, true, false, true])).toMatch(/the 3 staffing firms and job aggregators among them are marked/);
  });
});

describe("the remote map's and industry bars' descriptions", () => {
  const ctx = { analysis: () => undefined } as never;
  it("claim staffing firms left out only when the analysis left some out, and say how many", async () => {
    const { mapRemoteByArea } = await import("../../src/analysis/figures/areas.ts");
    const { industries } = await import("../../src/analysis/figures/postings.ts");
    const remote = (excluded: string[]) => (mapRemoteByArea.description as (d: never, c: never) => string)({ excluded, areas: [], none: [], flagged: 0 } as never, ctx);
    const industry = (excluded: string[]) => (industries.description as (d: never, c: never) => string)({ excluded, excludedPostings: 0, top: [], coverage: { onlyFromName: "Indeed" } } as never, ctx);
    expect(remote([])).toBe("Bubble area is proportional to the number of remote postings.");
    expect(remote(["Jobot"])).toBe("Bubble area is proportional to the number of remote postings; one staffing firm left out (Jobot, by the rule on the About page).");
    expect(remote(["Jobot", "Kforce", "CyberCoders"])).toMatch(/; 3 staffing firms left out \(by the rule on the About page\)\.$/);
    expect(industry([])).not.toMatch(/staffing/);
    expect(industry(["A", "B"])).toMatch(/\(a company may be filed under several at once\); 2 staffing firms left out/);
  });
});
