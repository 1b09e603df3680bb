import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { chartRankProblems } from "../support/proseChecks.ts";

// The phone test's check of the rankings charts print as lists, on hand-made pages.
const li = (name: string, value: string, ring = false) =>
  `<li${ring ? ' class="is-ring"' : ""}><span class="chart-map-ranks-name">${name}</span><span class="chart-map-ranks-value">${value}</span></li>`;
const page = (body: string) => parseHTML(`<html><body><main>${body}</main></body></html>`).document;
const map = (items: string[]) => page(`<div class="chart-map-ranks"><p class="chart-map-ranks-title">Median, highest first.</p><ol>${items.join("")}</ol></div>`);

describe("chartRankProblems", () => {
  it("passes a map list highest first, rings after the rest", () => {
    expect(chartRankProblems(map([li("A", "$171,900"), li("B", "$90,000"), li("C", "$200,000", true), li("D", "$50,000", true)]))).toEqual({ problems: [], lists: 1 });
  });
  it("finds a value above the one before it, and a solid value after a ring", () => {
    expect(chartRankProblems(map([li("A", "$90,000"), li("B", "$171,900")])).problems).toEqual(['"Median, highest first.": B (171900) after A (90000)']);
    expect(chartRankProblems(map([li("A", "$90,000"), li("C", "$200,000", true), li("B", "$80,000")])).problems).toEqual(['"Median, highest first.": a solid value after the rings']);
  });
  it("checks a word cloud's list by its counts", () => {
    const cloud = (counts: number[]) => page(`<ol>${counts.map((c, i) => `<li data-count="${c}">Co ${i}</li>`).join("")}</ol>`);
    expect(chartRankProblems(cloud([9, 9, 3])).problems).toEqual([]);
    expect(chartRankProblems(cloud([9, 3, 4])).problems).toHaveLength(1);
  });
});
