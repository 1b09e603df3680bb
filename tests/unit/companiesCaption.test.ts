import { describe, expect, it } from "vitest";
import { companies } from "../../src/analysis/figures/postings.ts";

// The company bars' description says what the chart marks: a staffing-firm claim only when a bar is one.
const data = (flags: boolean[]) => ({ top: flags.map((staffing, i) => ({ name: `Co ${i}`, count: 10 - i, staffing })), staffingInTop: [] }) as never;
const describeWith = (flags: boolean[]) => (companies.description as (d: never, c: never) => string)(data(flags), {} as never);

describe("the company bars' description", () => {
  it("says no bar is a staffing firm when none is", () => {
    const text = describeWith([false, false, false]);
    expect(text).toMatch(/^The 3 most frequent company names; none of them is a staffing firm/);
    expect(text).not.toMatch(/marked/);
  });
  it("counts the marked bars", () => {
    expect(describeWith([true, false, false])).toMatch(/the one staffing firm or job aggregator among them is marked/);
    expect(describeWith([true, true, false, true])).toMatch(/the 3 staffing firms and job aggregators among them are marked/);
  });
});
