// Pay in every currency (issue 9, item 4): no figure mixes currencies, nothing is dropped without a count.
import { describe, expect, it } from "vitest";
import { payView } from "../../src/analysis/payBasis.ts";
import { placeOfRow } from "../../src/analysis/placeOfRow.ts";
import { salaryByArea } from "../../src/analysis/salaryByArea.ts";
import { salarySummary } from "../../src/analysis/salarySummary.ts";
import type { Pay } from "../../src/ingest/Job.ts";
import { job } from "../support/job.ts";

const pay = (min: number, currency: string | null, interval: Pay["interval"] = "yearly"): Pay => ({ interval, min, max: min * 2, currency });

describe("the basis currency", () => {
  it.each([
    ["all USD", ["USD", "USD"], "USD", []],
    ["CAD dominant: USD is named, not mixed in", ["CAD", "CAD", "CAD", "USD"], "CAD", [{ currency: "USD", count: 1 }]],
    ["a tie goes to the first code alphabetically", ["EUR", "GBP"], "EUR", [{ currency: "GBP", count: 1 }]],
    ["pay without a currency is left out and counted last", ["INR", null, null], "INR", [{ currency: null, count: 2 }]],
    ["only pay without a currency: no basis", [null], null, [{ currency: null, count: 1 }]],
    ["no pay at all", [], null, []],
  ] as const)("%s", (_case, currencies, basis, others) => {
    const rows = [job(), ...currencies.map((c, i) => job({ pay: pay(1000 + i, c) }))];
    const v = payView(rows);
    expect(v.currencies.currency).toBe(basis);
    expect(v.currencies.others).toEqual(others);
    // Every row stays, in order; pay outside the basis is set to none, and counted.
    expect(v.rows.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(v.rows.filter((r) => r.pay).every((r) => r.pay!.currency === basis)).toBe(true);
    expect(v.currencies.inBasis + v.currencies.leftOut).toBe(v.currencies.salaried);
    expect(v.currencies.leftOut).toBe(others.reduce((n, o) => n + o.count, 0));
  });

  it("counts and medians per currency, each in its own currency", () => {
    const rows = [job({ pay: pay(100, "CAD") }), job({ pay: pay(300, "CAD") }), job({ pay: pay(50, "USD", "hourly") })];
    const c = payView(rows).currencies;
    expect(c.currencies).toEqual([
      { currency: "CAD", count: 2, share: 2 / 3, medianYearlyMin: 200, medianYearlyMax: 400 },
      { currency: "USD", count: 1, share: 1 / 3, medianYearlyMin: 50 * 1920, medianYearlyMax: 100 * 1920 },
    ]);
    expect([c.dominant, c.dominantShare]).toEqual(["CAD", 2 / 3]);
  });

  it("the salary analyses carry the currency and count what they leave out", () => {
    const rows = [job({ area: "Toronto", pay: pay(100, "CAD") }), job({ area: "Toronto", pay: pay(300, "CAD") }), job({ area: "Buffalo", pay: pay(90, "USD") }), job({ area: "Ottawa" })];
    const v = payView(rows);
    expect(salarySummary(v)).toMatchObject({ currency: "CAD", rowsWithSalary: 2, leftOut: 1, lowerBoundRange: [100, 300] });
    const byArea = salaryByArea(v);
    expect(byArea.areas).toEqual([{ area: "Toronto", salariedPostings: 2, medianMin: 200, medianMax: 400 }]);
    // Buffalo has pay, in another currency: not "no pay".
    expect(byArea.withoutSalary).toEqual(["Ottawa"]);
    expect(byArea.payOnlyElsewhere).toEqual(["Buffalo"]);
  });

  it("the reference numbers force US dollars", () => {
    const v = payView([job({ pay: pay(100, "CAD") }), job({ pay: pay(100, "CAD") }), job({ pay: pay(90, "USD") })], { basis: "USD" });
    expect(salarySummary(v)).toMatchObject({ currency: "USD", rowsWithSalary: 1 });
    expect(v.currencies.others).toEqual([{ currency: "CAD", count: 2 }]);
  });
});

describe("what the author's metadata configures", () => {
  it("exchange rates convert into their base, and say so", () => {
    const rows = [job({ pay: pay(100, "CAD") }), job({ pay: pay(100, "CAD") }), job({ pay: pay(1000, "USD") }), job({ pay: pay(5, "JPY") })];
    const v = payView(rows, { exchangeRates: { base: "USD", date: "2025-11-20", source: "ECB", rates: { CAD: 0.7 } } });
    expect(v.currencies).toMatchObject({
      currency: "USD", inBasis: 3, converted: [{ currency: "CAD", count: 2, rate: 0.7 }],
      rates: { base: "USD", date: "2025-11-20", source: "ECB" }, others: [{ currency: "JPY", count: 1 }],
    });
    expect(v.rows.map((r) => r.pay && [r.pay.min, r.pay.currency])).toEqual([[70, "USD"], [70, "USD"], [1000, "USD"], null]);
    // The base need not be the dominant currency: the author chose it.
    expect(payView([job({ pay: pay(1, "CAD") })], { exchangeRates: { base: "EUR", date: "2025-01-01", rates: { CAD: 0.65 } } }).currencies.currency).toBe("EUR");
  });

  it("without rates nothing is converted", () => {
    const v = payView([job({ pay: pay(100, "CAD") }), job({ pay: pay(100, "USD") }), job({ pay: pay(100, "USD") })]);
    expect(v.currencies).toMatchObject({ currency: "USD", converted: [], rates: null, others: [{ currency: "CAD", count: 1 }] });
  });

  it("currencyWhenMissing names the currency of unlabelled pay", () => {
    const rows = [job({ pay: pay(100, null) }), job({ pay: pay(200, null) }), job({ pay: pay(300, "CAD") })];
    const v = payView(rows, { currencyWhenMissing: "USD" });
    expect(v.currencies).toMatchObject({ currency: "USD", assumed: 2, currencyNotGiven: 0, others: [{ currency: "CAD", count: 1 }] });
    expect(v.rows[0]!.pay?.currency).toBe("USD");
  });
});

describe("USD that is doubtful", () => {
  it.each([
    ["on Naukri", { site: "naukri", location: "Pune, India" }, [{ board: "naukri", country: null, count: 1 }]],
    ["in a place outside the US", { site: "indeed", location: "Toronto, ON, CA" }, [{ board: null, country: "CA", count: 1 }]],
    ["in the US", { site: "indeed", location: "Austin, TX" }, []],
    ["on LinkedIn, place unknown", { site: "linkedin", location: null }, []],
  ] as const)("%s", (_case, over, doubtful) => {
    const v = payView([job({ ...over, pay: pay(100, "USD") }), job({ pay: pay(5, "CAD") })], { countryOf: (r) => placeOfRow(r)?.country ?? null });
    expect(v.currencies.doubtfulUsd).toEqual(doubtful);
    expect(v.currencies.doubtfulUsdCount).toBe(doubtful.length);
  });
});
