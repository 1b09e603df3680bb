import { describe, expect, it } from "vitest";
import { FORMAT_NAMES, formatNumber, isCurrency } from "../../src/lib/formatNumber.ts";
import { joinList, listParts } from "../../src/lib/joinList.ts";

describe("formatNumber", () => {
  it("formats every named format for en-US prose", () => {
    const examples = {
      int: [3060, "3,060"],
      decimal: [1.25, "1.3"],
      ratio: [0.3643, "0.36"],
      pct: [0.20229, "20.2%"],
      pct0: [0.489, "49%"],
      usd: [171900, "$171,900"],
      usdk: [171900, "$172k"],
      money: [171900, "$171,900"],
      moneyk: [171900, "$172k"],
      times: [1920, "×1,920"],
    } as const;
    expect(Object.keys(examples).sort()).toEqual([...FORMAT_NAMES].sort());
    for (const [name, [value, text]] of Object.entries(examples)) expect(formatNumber(value, name as keyof typeof examples), name).toBe(text);
  });

  it("writes money in any ISO currency with its own symbol", () => {
    expect(formatNumber(52000, "money", { currency: "EUR" })).toBe("€52,000");
    expect(formatNumber(52000, "money", { currency: "GBP" })).toBe("£52,000");
    expect(formatNumber(1_250_000, "money", { currency: "INR" })).toBe("₹1,250,000");
    expect(formatNumber(91000, "money", { currency: "CAD" })).toBe("CA$91,000");
    expect(formatNumber(52400, "moneyk", { currency: "EUR" })).toBe("€52k");
    expect(formatNumber(52400, "moneyk", { currency: "CHF" })).toBe("CHF\u00a052k");
    expect(formatNumber(-5400, "moneyk", { currency: "USD" })).toBe("-$5k");
    // usd and usdk are always dollars, whatever currency is passed.
    expect(formatNumber(1000, "usd", { currency: "EUR" })).toBe("$1,000");
  });

  it("refuses a currency code Intl does not know, naming it", () => {
    expect(isCurrency("EUR")).toBe(true);
    expect(isCurrency("ZZZ")).toBe(false);
    expect(isCurrency("eur")).toBe(false);
    expect(() => formatNumber(1, "money", { currency: "EURO" })).toThrow(/unknown currency "EURO"/);
  });

  it("never rounds a share that is not zero to 0%, nor one that is not whole to 100%", () => {
    expect(formatNumber(0, "pct0")).toBe("0%");
    expect(formatNumber(0.004, "pct0")).toBe("<1%");
    expect(formatNumber(0.005, "pct0")).toBe("1%");
    expect(formatNumber(0.0004, "pct")).toBe("<0.1%");
    expect(formatNumber(0.0005, "pct")).toBe("0.1%");
    expect(formatNumber(0.996, "pct0")).toBe(">99%");
    expect(formatNumber(0.9996, "pct")).toBe(">99.9%");
    expect(formatNumber(1, "pct0")).toBe("100%");
    expect(formatNumber(-0.003, "pct0")).toBe(">-1%");
    expect(formatNumber(-0.25, "pct0")).toBe("-25%");
    expect(formatNumber(1.5, "pct0")).toBe("150%");
  });

  it("does not depend on the machine's locale", () => {
    // Intl.NumberFormat() without a locale would follow the machine; every format here is fixed to en-US.
    expect(formatNumber(1234567.891, "decimal")).toBe("1,234,567.9");
  });
});

describe("joinList", () => {
  it("joins with an Oxford comma, on Intl.ListFormat", () => {
    expect(joinList([])).toBe("");
    expect(joinList(["a"])).toBe("a");
    expect(joinList(["a", "b"])).toBe("a and b");
    expect(joinList(["a", "b", "c"])).toBe("a, b, and c");
    expect(joinList(["a", "b", "c"], "or")).toBe("a, b, or c");
  });

  it("gives items and separators for lists of markup, whatever the items hold", () => {
    const items = [{ n: 1 }, { n: 2 }, { n: 3 }];
    const parts = listParts(items);
    expect(parts).toEqual([
      { item: items[0], index: 0 }, { separator: ", " },
      { item: items[1], index: 1 }, { separator: ", and " },
      { item: items[2], index: 2 },
    ]);
    expect(listParts(["x, y", "z"]).map((p) => ("item" in p ? p.item : p.separator))).toEqual(["x, y", " and ", "z"]);
  });
});
