import { describe, expect, it } from "vitest";
import { tieCut } from "../../src/lib/tieCut.ts";

// Where a ranked list is cut: never between two equal values (the real data's remote areas
// put Atlanta, GA (28) in the top six and New York City, NY (28) after them).

describe("tieCut", () => {
  it("leaves a cut between different values where it is", () => {
    expect(tieCut([43, 40, 35, 31, 29, 28, 26], 5)).toBe(5);
    expect(tieCut([5, 4], 0)).toBe(0);
    expect(tieCut([5, 4], 2)).toBe(2);
    expect(tieCut([5, 4], 9)).toBe(9);
  });
  it("moves a cut inside a tie to the tie's end, naming it in full", () => {
    // top 6 of the real remote counts: the seventh (28) ties with the sixth.
    expect(tieCut([43, 40, 35, 31, 29, 28, 28, 26], 6)).toBe(7);
  });
  it("moves it to the tie's start when naming it would more than double the list", () => {
    expect(tieCut([9, 1, 1, 1, 1, 1], 2)).toBe(1);
    expect(tieCut([9, 8, 1, 1, 1, 1, 1], 3)).toBe(2);
  });
  it("names a tie at the top in full, however long, so a tie never empties a list", () => {
    expect(tieCut([4, 4, 4, 4, 2], 1)).toBe(4);
    expect(tieCut([1, 1, 1, 1, 1, 1, 1, 1], 3)).toBe(8);
  });
  it("gives two lists that meet at one position the same cut", () => {
    const values = [10, 9, 7, 7, 7, 5, 4];
    const first = tieCut(values, 3);
    const second = tieCut(values, 3);
    expect(first).toBe(second);
    expect(values[first - 1]).not.toBe(values[first]);
  });
});
