import { describe, expect, it } from "vitest";
import { listParts, needsSemicolons } from "../../src/lib/joinList.ts";
import { formatDayRange } from "../../src/posts/formatDate.ts";

const joined = (items: string[], semicolons = false) => listParts(items, "and", { semicolons }).map((p) => ("separator" in p ? p.separator : p.item)).join("");

describe("lists of names that have commas of their own", () => {
  it("are separated by semicolons, so each name stays whole", () => {
    const areas = ["Boston, MA", "Denver, CO", "Austin, TX"];
    expect(needsSemicolons(areas)).toBe(true);
    expect(joined(areas, true)).toBe("Boston, MA; Denver, CO; and Austin, TX");
    expect(joined(areas.slice(0, 2), true)).toBe("Boston, MA and Denver, CO");
  });

  it("keep commas when no name has one", () => {
    const names = ["Epic", "Google", "Meta"];
    expect(needsSemicolons(names)).toBe(false);
    expect(joined(names)).toBe("Epic, Google, and Meta");
  });
});

describe("formatDayRange", () => {
  it.each([
    ["2025-11-18", "2025-11-21", /^November 18\s–\s21, 2025$/],
    ["2025-10-30", "2025-11-02", /^October 30\s–\sNovember 2, 2025$/],
    ["2024-12-30", "2025-01-02", /^December 30, 2024\s–\sJanuary 2, 2025$/],
    ["2025-11-18", "2025-11-18", /^November 18, 2025$/],
    ["2025-11-21", "2025-11-18", /^November 18\s–\s21, 2025$/],
  ])("%s to %s", (from, to, expected) => {
    expect(formatDayRange(from, to)).toMatch(expected);
  });

  it.each(["2025-02-30", "18/11/2025", "2025-11-1", ""])("refuses %j", (day) => {
    expect(() => formatDayRange(day)).toThrow(/not a calendar day/);
  });
});
