import { describe, expect, it } from "vitest";
import { compareNumbers } from "../support/compareNumbers.ts";

describe("compareNumbers (the spec's comparison conventions)", () => {
  it("ignores key order and extra keys but not missing keys or other values", () => {
    expect(compareNumbers({ a: 1, b: { c: 2 } }, { b: { c: 2 }, a: 1, extra: 3 })).toEqual([]);
    expect(compareNumbers({ a: 1 }, { b: 1 })).toEqual([".a: missing"]);
    expect(compareNumbers({ a: 1 }, { a: 2 })).toHaveLength(1);
  });

  it("lets names tied at the cut-off differ, and nothing else", () => {
    const ref: [string, number][] = [["x", 5], ["y", 3], ["z", 3]];
    expect(compareNumbers(ref, [["x", 5], ["z", 3], ["y", 3]])).toEqual([]);
    expect(compareNumbers(ref, [["x", 5], ["y", 3], ["w", 3]])).toEqual([]);
    expect(compareNumbers(ref, [["w", 5], ["y", 3], ["z", 3]])).toHaveLength(1);
    expect(compareNumbers(ref, [["x", 5], ["y", 3], ["z", 2]])).toHaveLength(1);
  });

  it("keeps plain lists in order", () => {
    expect(compareNumbers({ l: ["a", "b"] }, { l: ["b", "a"] })).toHaveLength(1);
  });
});
