import { describe, expect, it } from "vitest";
import { whenHolds } from "../../src/data/statement.ts";

// <When leads="count">: "X leads" is said only when X has more than the next (issue 11: the
// search-term fixture printed "Lumen Harbor leads with 8 postings" with three companies at 8).

const list = (...counts: number[]) => counts.map((count, i) => ({ name: `c${i}`, count }));

describe('<When leads="count">', () => {
  it("holds when the first item has more than the second, or is the only one", () => {
    expect(whenHolds(list(5, 4, 4), { leads: "count" })).toBe(true);
    expect(whenHolds(list(3), { leads: "count" })).toBe(true);
  });
  it("does not hold for a tie at the top, an empty list or a value that is not a list", () => {
    expect(whenHolds(list(8, 8, 8), { leads: "count" })).toBe(false);
    expect(whenHolds([], { leads: "count" })).toBe(false);
    expect(whenHolds(undefined, { leads: "count" })).toBe(false);
    expect(whenHolds(7, { leads: "count" })).toBe(false);
  });
  it("inverts with not, so a post can say the tie instead", () => {
    expect(whenHolds(list(8, 8), { leads: "count", not: true })).toBe(true);
    expect(whenHolds(list(9, 8), { leads: "count", not: true })).toBe(false);
  });
  it("reads the field it is given", () => {
    expect(whenHolds([{ share: 0.5, count: 1 }, { share: 0.4, count: 1 }], { leads: "share" })).toBe(true);
    expect(whenHolds([{ share: 0.5, count: 1 }, { share: 0.4, count: 1 }], { leads: "count" })).toBe(false);
  });
});
