import { drawnOnMap } from "../../charts/chartKind.ts";
import { defineFigure } from "../../charts/defineFigure.ts";
import type { PayInterval } from "../../ingest/Job.ts";
import { formatNumber } from "../../lib/formatNumber.ts";
import { joinList } from "../../lib/joinList.ts";
import { SOLID_SAMPLE } from "../salaryFindings.ts";
import type { SalarySummary } from "../salarySummary.ts";
import type { AreaSalary } from "../salaryByArea.ts";
import { compareText } from "../../lib/compareText.ts";
import { areaNoun, areaWord } from "./areaWords.ts";

// Stated pay (Part I), in the currency of the analyses' figures (USD for the original data).

/** A pay column: money in the figures' currency, "no pay stated" when empty. */
const money = (currency: string | null) => ({ format: "money", currency: currency ?? "USD", missing: "no pay stated" }) as const;

const PER: Readonly<Record<PayInterval, string>> = { hourly: "hour", daily: "day", weekly: "week", monthly: "month", yearly: "year" };
const UNIT: Readonly<Record<PayInterval, string>> = { hourly: "hours", daily: "days", weekly: "weeks", monthly: "months", yearly: "years" };

/** The intervals other than yearly that the postings state pay in, most used first. */
const otherIntervals = (data: SalarySummary) => data.intervalCounts.map((c) => c.interval).filter((i) => i !== "yearly");

/** "hourly pay converted at 1,920 hours a year", for each interval the data has; "" when all pay is yearly. */
function conversions(data: SalarySummary): string {
  const parts = otherIntervals(data).map((i) => `${i} pay at ${formatNumber(data.factors[i])} ${UNIT[i]} a year`);
  return parts.length === 0 ? "" : ` (converted: ${joinList(parts)})`;
}

/**
 * What a dot is: a row of the data. The same posting (id) can come back from several searched
 * areas and is then one row, and one dot, under each; the note says so, with the counts, when
 * it happens in this data.
 */
function dotNote(data: SalarySummary): string {
  const rows = data.postings.length;
  const ids = new Set(data.postings.map((p) => p.id)).size;
  if (ids === rows) return "Each dot is one posting's bound.";
  return `Each dot is one row's bound: ${formatNumber(rows)} rows of ${formatNumber(ids)} postings, as a posting that several searched areas returned is a row under each.`;
}

/** Every salaried posting's lower and upper yearly bound. */
export const salaryStrip = defineFigure({
  id: "salary-strip",
  analysis: "salarySummary",
  title: "Lower and upper bound of every stated salary",
  description: (data) => `One dot per row and bound, as a yearly amount in ${data.currency ?? "USD"}${conversions(data)}.`,
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
      note: dotNote(data),
      hollowNote: `Hollow dots: pay stated per ${joinList(otherIntervals(data).map((i) => PER[i]), "or")}, converted to a yearly amount.`,
    },
  }),
  columns: (data) => [{ key: "area", label: "Area" }, { key: "interval", label: "Stated" }, { key: "min", label: "Lower bound", ...money(data.currency) }, { key: "max", label: "Upper bound", ...money(data.currency) }],
});

/**
 * The note on a median that rests on one posting (the finding the prose reads with care):
 * the area with one salaried posting and the highest median of this bound, "the highest …"
 * when no area's median is higher. Only an area the map draws can carry it (`onMap`): one
 * that names a whole country, or no known place, is left off the map. None when no drawn
 * median rests on a single posting.
 */
function onePosting(areas: readonly AreaSalary[], bound: "medianMin" | "medianMax", onMap: (area: string) => boolean): { at: string[]; text: string }[] {
  const single = areas.filter((a) => a.salariedPostings === 1 && onMap(a.area)).sort((a, b) => b[bound] - a[bound] || compareText(a.area, b.area))[0];
  if (!single) return [];
  const highest = areas.every((a) => a[bound] <= single[bound]);
  return [{ at: [single.area], text: highest ? "the highest median, from one posting" : "a median from one posting" }];
}

/** Median lower and upper yearly pay per searched area, as two maps behind a toggle; areas without pay are crossed. */
export const pay = defineFigure({
  id: "pay",
  analysis: "salaryByArea",
  title: (_, ctx) => `Median yearly pay by ${areaWord(ctx)}`,
  description: (_, ctx) => `Median of the stated lower and upper bounds per ${areaNoun(ctx)}, colour by the median, circle area by the salaried postings it rests on; a cross marks a ${areaNoun(ctx)} whose postings state no pay.`,
  // Every searched area: those without a salaried posting have no medians (a cross).
  rows: (data, { chart }) => {
    const byArea = new Map(data.areas.map((a) => [a.area, a]));
    return chart.areas.map((area) => {
      const salary = byArea.get(area);
      return { area, min: salary?.medianMin ?? null, max: salary?.medianMax ?? null, n: salary?.salariedPostings ?? 0 };
    });
  },
  chart: (data, ctx) => {
    const { chart } = ctx;
    const onMap = (area: string) => drawnOnMap(chart.place(area));
    return {
      kind: "bubble-map",
      options: { area: "area", areaNoun: areaNoun(ctx), value: "min", n: "n", valueLabel: "Median lower bound", format: "money", shortFormat: "moneyk", currency: data.currency ?? "USD", nLabel: "salaried postings", missing: "none", sizeBy: "n", fewerThan: SOLID_SAMPLE },
      parts: {
        layout: "toggle",
        label: "Show the median",
        items: [
          { key: "min", label: "Lower bound", options: { value: "min", valueLabel: "Median lower bound", annotations: onePosting(data.areas, "medianMin", onMap) } },
          { key: "max", label: "Upper bound", options: { value: "max", valueLabel: "Median upper bound", annotations: onePosting(data.areas, "medianMax", onMap) } },
        ],
      },
    };
  },
  columns: (data) => [
    { key: "label", label: "Area" },
    { key: "min", label: "Median lower bound", ...money(data.currency) },
    { key: "max", label: "Median upper bound", ...money(data.currency) },
    { key: "n", label: "Salaried postings", format: "int" },
  ],
});
