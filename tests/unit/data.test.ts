import { describe, expect, it } from "vitest";
import { resolvePath, tryPath } from "../../src/data/resolvePath.ts";

describe("resolvePath", () => {
  const data = { top: [{ name: "Google", count: 47 }, { name: "Meta", count: 21 }], share: 0.2, ranges: [[30, 33]] };
  it("reads fields, indexes, key selectors and lengths", () => {
    expect(resolvePath(data, "share")).toBe(0.2);
    expect(resolvePath(data, "top[1].count")).toBe(21);
    expect(resolvePath(data, "top[name=Google].count")).toBe(47);
    expect(resolvePath(data, "top.length")).toBe(2);
    expect(resolvePath(data, "ranges[0][1]")).toBe(33);
    expect(resolvePath([{ a: 1 }], "[0].a")).toBe(1);
  });
  it("names the failing step and what exists instead", () => {
    expect(() => resolvePath(data, "shar")).toThrow(/has no "shar"; it has fields: top, share, ranges/);
    expect(() => resolvePath(data, "top[5].count")).toThrow(/has 2 items, no item 5/);
    expect(() => resolvePath(data, "top[name=Apple].count")).toThrow(/no item of top has name = Apple/);
    expect(tryPath(data, "nope.deeper")).toBeUndefined();
  });
});
