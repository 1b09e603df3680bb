import { describe, expect, it } from "vitest";
import { profileMetadata } from "../../src/analysis/datasetProfile.ts";
import { resolvePath } from "../../src/data/resolvePath.ts";

describe("the profile's metadata", () => {
  it("has every field of the file's schema, null where the file leaves it out, so posts can ask for any of them", () => {
    const m = profileMetadata({ title: "Postings", source: { url: "https://example.org/data" } });
    expect(m).toEqual({
      title: "Postings", description: null, source: { name: null, url: "https://example.org/data" }, synthetic: null,
      scraped: null, searchTerms: null, currencyWhenMissing: null, exchangeRates: null, notes: null,
    });
    // A post's <When of="datasetProfile" path="metadata.scraped"> reads null (absent), not a misspelt field.
    expect(resolvePath({ metadata: m }, "metadata.scraped")).toBeNull();
    expect(() => resolvePath({ metadata: m }, "metadata.scrapped")).toThrow(/no "scrapped"/);
  });

  it("keeps what the file gives as it is", () => {
    const file = { scraped: { from: "2025-11-18", to: "2025-11-21" }, searchTerms: ["backend engineer"], synthetic: true, notes: ["A note."] };
    expect(profileMetadata(file)).toMatchObject(file);
  });
});
