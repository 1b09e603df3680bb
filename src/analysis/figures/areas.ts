import { defineFigure } from "../../charts/defineFigure.ts";
import { formatNumber } from "../../lib/formatNumber.ts";
import { staffingLeftOut } from "./staffingLeftOut.ts";
import { areaNoun, areaWord } from "./areaWords.ts";

// The searched areas on the map and as parts of the whole (Part I and Part II).

const postings = { format: "int" } as const;


/** Postings per searched area on the map; areas with none get a zero-size bubble. */
export const mapCountByArea = defineFigure({
  id: "map-countByArea",
  analysis: "countByArea",
  title: (_, ctx) => `Postings per ${areaWord(ctx)}`,
  description: (_, ctx) => `One bubble per ${areaWord(ctx)}; bubble area is proportional to the number of postings.`,
  rows: (data) => data,
  chart: (_, ctx) => ({ kind: "bubble-map", options: { area: "area", value: "count", valueLabel: "Postings", missing: "zero", areaNoun: areaNoun(ctx) } }),
  columns: [{ key: "label", label: "Area" }, { key: "count", label: "Postings", ...postings }],
});

/** How many bars the searches figure draws: the hubs, the mid-sized and a few below, at most. */
const SEARCH_BARS = 15;

/**
 * The largest searches as bars, with the scraper's per-search limit on them: a rule at the
 * cap across the searches that stop on it, noted above the bars, only when the data shows
 * a cap (areaConcentration's CAP_RULE); Part I draws it beside the sentence that tells it.
 */
export const searches = defineFigure({
  id: "searches",
  analysis: "countByArea",
  title: (data, ctx) => `The ${formatNumber(Math.min(SEARCH_BARS, data.length))} largest ${areaWord(ctx) === "place" ? "places" : "searches"}`,
  description: (_, ctx) => (areaWord(ctx) === "place" ? "Postings that name each place, most first." : "Postings each area's search returned, most first."),
  rows: (data) => data,
  chart: (_, { analysis }) => {
    const concentration = analysis("areaConcentration");
    const cap = concentration?.cap ?? null;
    const atCap = concentration?.atCap.length ?? 0;
    return {
      kind: "bars",
      options: {
        label: "area",
        value: "count",
        unit: "postings",
        sort: "desc",
        top: SEARCH_BARS,
        annotations: cap === null ? [] : [{ value: cap, text: `${formatNumber(atCap)} searches stop at exactly ${formatNumber(cap)}` }],
      },
    };
  },
  columns: [{ key: "area", label: "Area" }, { key: "count", label: "Postings", ...postings }],
});

/** Postings per searched area as parts of the whole; the hubs outlined with their share when the data has a cap. */
export const treemap = defineFigure({
  id: "treemap",
  analysis: "countByArea",
  title: (_, ctx) => `Each ${areaWord(ctx) === "place" ? "place" : "area"}'s share of all postings`,
  description: (_, ctx) => `Rectangle area is proportional to the number of postings ${areaWord(ctx) === "place" ? "that name the place" : "the area's search returned"}.`,
  rows: (data) => data,
  chart: (_, { analysis, chart }) => {
    const concentration = analysis("areaConcentration");
    const hubs = concentration?.hubs ?? [];
    const share = concentration?.hubsShare ?? null;
    const annotations =
      hubs.length < 2 || share === null || concentration?.cap == null
        ? []
        : [{ at: hubs.map((h) => chart.place(h.area)?.label ?? h.area), text: `The ${formatNumber(hubs.length)} searches at or near the ${formatNumber(concentration.cap)} limit: ${formatNumber(share, "pct0")} of all postings` }];
    return { kind: "treemap", options: { label: "area", value: "count", unit: "postings", annotations } };
  },
  columns: [{ key: "area", label: "Area" }, { key: "count", label: "Postings", ...postings }],
});

/** Entry-level postings per searched area. */
export const mapEntryByArea = defineFigure({
  id: "map-entryByArea",
  analysis: "entryByArea",
  title: (_, ctx) => `Entry-level postings per ${areaWord(ctx)}`,
  description: "Bubble area is proportional to the number of entry-level postings.",
  rows: (data) => data.areas,
  chart: (_, ctx) => ({ kind: "bubble-map", options: { area: "area", value: "count", valueLabel: "Entry-level postings", missing: "zero", areaNoun: areaNoun(ctx) } }),
  columns: [{ key: "label", label: "Area" }, { key: "count", label: "Entry-level postings", ...postings }],
});

/** Mid-senior postings per searched area. */
export const mapMidSeniorByArea = defineFigure({
  id: "map-midSeniorByArea",
  analysis: "midSeniorByArea",
  title: (_, ctx) => `Mid-senior postings per ${areaWord(ctx)}`,
  description: "Bubble area is proportional to the number of mid-senior postings.",
  rows: (data) => data.areas,
  chart: (_, ctx) => ({ kind: "bubble-map", options: { area: "area", value: "count", valueLabel: "Mid-senior postings", missing: "zero", areaNoun: areaNoun(ctx) } }),
  columns: [{ key: "label", label: "Area" }, { key: "count", label: "Mid-senior postings", ...postings }],
});

/** Remote postings per searched area, staffing firms left out. */
export const mapRemoteByArea = defineFigure({
  id: "map-remoteByArea",
  analysis: "remoteByArea",
  title: (_, ctx) => `Remote postings per ${areaWord(ctx)}`,
  description: (data) => `Bubble area is proportional to the number of remote postings${staffingLeftOut(data.excluded)}.`,
  rows: (data) => data.areas,
  chart: (_, ctx) => ({ kind: "bubble-map", options: { area: "area", value: "count", valueLabel: "Remote postings", missing: "zero", areaNoun: areaNoun(ctx) } }),
  columns: [{ key: "label", label: "Area" }, { key: "count", label: "Remote postings", ...postings }],
});
