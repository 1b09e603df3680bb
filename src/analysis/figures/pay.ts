import { defineFigure } from "../../charts/defineFigure.ts";
import { formatNumber } from "../../lib/formatNumber.ts";

// Stated pay (Part I), in the currency of the analyses' figures (USD for the original data).

/** A pay column: money in the figures' currency, "no pay stated" when empty. */
const money = (currency: string | null) => ({ format: "money", currency: currency ?? "USD", missing: "no pay stated" }) as const;

/** Every salaried posting's lower and upper yearly bound. */
export const salaryStrip = defineFigure({
  id: "salary-strip",
  analysis: "salarySummary",
  title: "Lower and upper bound of every stated salary",
  description: (data) =>
    `One dot per posting and bound, as a yearly amount in ${data.currency ?? "USD"} (hourly pay converted at ${formatNumber(data.factors.hourly)} hours a year).`,
  rows: (data, { chart }) =>
    data.postings.map((p) => ({ area: p.area === null ? "no area" : (chart.place(p.area)?.label ?? p.area), interval: p.interval, min: p.yearlyMin, max: p.yearlyMax })),
  chart: (data) => ({
    kind: "beeswarm",
    options: {
      label: "area",
      stated: "interval",
      usual: "yearly",
      format: "money",
      axisFormat: "moneyk",
      currency: data.currency ?? "USD",
      series: [{ value: "min", label: "Lower bound" }, { value: "max", label: "Upper bound" }],
      note: "Each dot is one posting.",
      hollowNote: "Hollow dots: pay stated per hour, converted to a yearly amount.",
    },
  }),
  columns: (data) => [{ key: "area", label: "Area" }, { key: "interval", label: "Stated" }, { key: "min", label: "Lower bound", ...money(data.currency) }, { key: "max", label: "Upper bound", ...money(data.currency) }],
});

/** Median lower and upper yearly pay per searched area, as two maps behind a toggle; areas without pay are crossed. */
export const pay = defineFigure({
  id: "pay",
  analysis: "salaryByArea",
  title: "Median yearly pay by searched area",
  description: "Median of the stated lower and upper bounds per area; a cross marks an area whose postings state no pay.",
  // Every searched area: those without a salaried posting have no medians (a cross).
  rows: (data, { chart }) => {
    const byArea = new Map(data.areas.map((a) => [a.area, a]));
    return chart.areas.map((area) => {
      const salary = byArea.get(area);
      return { area, min: salary?.medianMin ?? null, max: salary?.medianMax ?? null, n: salary?.salariedPostings ?? 0 };
    });
  },
  chart: (data) => ({
    kind: "bubble-map",
    options: { area: "area", value: "min", n: "n", valueLabel: "Median lower bound", format: "money", shortFormat: "moneyk", currency: data.currency ?? "USD", nLabel: "salaried postings", missing: "none" },
    parts: {
      layout: "toggle",
      label: "Show the median",
      items: [
        { key: "min", label: "Lower bound", options: { value: "min", valueLabel: "Median lower bound" } },
        { key: "max", label: "Upper bound", options: { value: "max", valueLabel: "Median upper bound" } },
      ],
    },
  }),
  columns: (data) => [
    { key: "label", label: "Area" },
    { key: "min", label: "Median lower bound", ...money(data.currency) },
    { key: "max", label: "Median upper bound", ...money(data.currency) },
    { key: "n", label: "Salaried postings", format: "int" },
  ],
});
