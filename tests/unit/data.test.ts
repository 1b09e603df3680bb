import { describe, expect, it } from "vitest";
import { formatNumber, joinList } from "../../src/data/format.ts";
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

describe("formatNumber", () => {
  it("formats for en-US prose", () => {
    expect(formatNumber(3060)).toBe("3,060");
    expect(formatNumber(0.20229, "pct")).toBe("20.2%");
    expect(formatNumber(0.489, "pct0")).toBe("49%");
    expect(formatNumber(171900, "usd")).toBe("$171,900");
    expect(formatNumber(171900, "usdk")).toBe("$172k");
    expect(formatNumber(0.3643, "ratio")).toBe("0.36");
    expect(formatNumber(1920, "times")).toBe("×1,920");
  });
  it("joins lists with an Oxford comma", () => {
    expect(joinList(["a"])).toBe("a");
    expect(joinList(["a", "b"])).toBe("a and b");
    expect(joinList(["a", "b", "c"])).toBe("a, b, and c");
  });
});
