import { describe, expect, it } from "vitest";
import { levels } from "../../src/analysis/figures/postings.ts";
import { treemap } from "../../src/analysis/figures/areas.ts";

// What the level panels and the treemap print, for the data they are given (issue 11: every
// sentence holds for that data).

type Fn = (d: never, c: never) => unknown;
const coverage = (given: number, of: number) => ({ given, of, notGiven: of - given, share: given / of, complete: given === of, boards: [] });
const jobLevels = (given: number, of: number) => ({ total: of, coverage: coverage(given, of), counts: [{ level: "director", count: given, share: 1 }], entry: 0, midSenior: 0, entryShare: 0, entryToMidSeniorRatio: null });
const panelTitles = (data: unknown, ds?: unknown) => {
  const spec = (levels.chart as Fn)(data as never, { analysis: (name: string) => (name === "dsJobLevels" ? ds : undefined) } as never) as { parts: { items: { title: string }[] } };
  return spec.parts.items.map((p) => p.title);
};

describe("the seniority panels' titles", () => {
  it("count the postings that give a level, which the bars share out, not every posting", () => {
    // google-netherlands: 8 of 32 postings give a level; the title said "Postings (32 postings)".
    expect(panelTitles(jobLevels(8, 32))).toEqual(["8 postings give a level"]);
    expect(panelTitles(jobLevels(1, 5))).toEqual(["1 posting gives a level"]);
  });
  it("name both datasets with their own counts when the comparison sample is there", () => {
    expect(panelTitles(jobLevels(3000, 3060), jobLevels(834, 834))).toEqual(["Backend engineering (3,000 postings with a level)", "Data science (834 postings with a level)"]);
  });
});

describe("the treemap's title", () => {
  const title = (areasAreSearches: boolean) => (treemap.title as Fn)([] as never, { analysis: () => ({ areasAreSearches }) } as never);
  it("speaks of places when the rows name no searches, of areas when they do", () => {
    expect(title(false)).toBe("Each place's share of all postings");
    expect(title(true)).toBe("Each area's share of all postings");
  });
});
