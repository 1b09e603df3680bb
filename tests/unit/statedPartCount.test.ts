import { describe, expect, it } from "vitest";
import { statedPartCount } from "../../src/posts/statedPartCount.ts";

describe("statedPartCount", () => {
  it.each([
    ["A two-part review of job postings", 2],
    ["A review in three parts: where, who, what", 3],
    ["The 4-part series", 4],
    ["In 12 parts", 12],
    ["Part one of a Two-Part series", 2],
  ])("reads the count in %j", (summary, count) => {
    expect(statedPartCount(summary)).toBe(count);
  });

  it.each(["A review of job postings: where the jobs are and what they pay", "Apart from pay, parts of the data", "the party parts-bin"])("finds no count in %j", (summary) => {
    expect(statedPartCount(summary)).toBeUndefined();
  });
});
