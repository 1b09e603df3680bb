import { describe, expect, it } from "vitest";
import { seriesSlug, seriesUrl } from "../../src/site/seriesUrl.ts";

describe("seriesSlug", () => {
  it("lower-cases and joins words with single hyphens", () => {
    expect(seriesSlug("US backend-engineering jobs")).toBe("us-backend-engineering-jobs");
    expect(seriesSlug("  Pay & levels: 2025 -- review ")).toBe("pay-levels-2025-review");
  });
  it("drops accents rather than the letters that carry them", () => {
    expect(seriesSlug("Café données")).toBe("cafe-donnees");
  });
  it("refuses a name that leaves nothing for the URL", () => {
    expect(() => seriesSlug("!!!")).toThrow(/no letter or digit/);
  });
  it("builds a folder URL under the site's base", () => {
    expect(seriesUrl("A b")).toMatch(/\/series\/a-b\/$/);
  });
});
