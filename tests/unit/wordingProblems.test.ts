import { describe, expect, it } from "vitest";
import { wordingProblems } from "../support/proseChecks.ts";

// The build tests run this on every post of every fixture site; here, on sentences made to fail.
describe("wordingProblems", () => {
  it("passes sentences that read right", () => {
    expect(wordingProblems("Mid-senior postings gather in Denver, CO (2) and the United States as a whole (1). Data: 40 postings from LinkedIn in the United States.")).toEqual([]);
  });
  it("finds a country that takes 'the' without it", () => {
    expect(wordingProblems("Mid-senior postings gather in Denver, CO (2); and they are in United States (1).")).toHaveLength(1);
    expect(wordingProblems("Every posting is in Netherlands.")[0]).toMatch(/takes "the"/);
    // A whole country inside a list of places, as the lists read before they said "as a whole".
    expect(wordingProblems("Mid-senior postings gather in Denver, CO (2); Austin, TX (2); United States (1); and Raleigh, NC (1).")).toHaveLength(1);
    // A map note lists labels, not a sentence about where postings are.
    expect(wordingProblems("Not on the map, as it names a whole country: United States (5).")).toEqual([]);
  });
  it("finds a plural after one and a range whose ends are equal", () => {
    expect(wordingProblems("The median place has 1 postings.")).toHaveLength(1);
    expect(wordingProblems("It pays $60–$60 an hour.")).toHaveLength(1);
  });
});
