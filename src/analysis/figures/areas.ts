import { defineFigure, type FigureContext } from "../../charts/defineFigure.ts";

// The searched areas on the map and as parts of the whole (Part I and Part II).

const postings = { format: "int" } as const;

/** "searched area" when the rows name the search each came from, else "place" (a plain CSV's areas are its postings' places). */
const areaWord = ({ analysis }: FigureContext) => (analysis("areaConcentration")?.areasAreSearches === false ? "place" : "searched area");

/** Postings per searched area on the map; areas with none get a zero-size bubble. */
export const mapCountByArea = defineFigure({
  id: "map-countByArea",
  analysis: "countByArea",
  title: (_, ctx) => `Postings per ${areaWord(ctx)}`,
  description: (_, ctx) => `One bubble per ${areaWord(ctx)}; bubble area is proportional to the number of postings.`,
  rows: (data) => data,
  chart: { kind: "bubble-map", options: { area: "area", value: "count", valueLabel: "Postings", missing: "zero" } },
  columns: [{ key: "label", label: "Area" }, { key: "count", label: "Postings", ...postings }],
});

/** Postings per searched area as parts of the whole. */
export const treemap = defineFigure({
  id: "treemap",
  analysis: "countByArea",
  title: "Each area's share of all postings",
  description: (_, ctx) => `Rectangle area is proportional to the number of postings ${areaWord(ctx) === "place" ? "that name the place" : "the area's search returned"}.`,
  rows: (data) => data,
  chart: { kind: "treemap", options: { label: "area", value: "count", unit: "postings" } },
  columns: [{ key: "area", label: "Area" }, { key: "count", label: "Postings", ...postings }],
});

/** Entry-level postings per searched area. */
export const mapEntryByArea = defineFigure({
  id: "map-entryByArea",
  analysis: "entryByArea",
  title: (_, ctx) => `Entry-level postings per ${areaWord(ctx)}`,
  description: "Bubble area is proportional to the number of entry-level postings.",
  rows: (data) => data.areas,
  chart: { kind: "bubble-map", options: { area: "area", value: "count", valueLabel: "Entry-level postings", missing: "zero" } },
  columns: [{ key: "label", label: "Area" }, { key: "count", label: "Entry-level postings", ...postings }],
});

/** Mid-senior postings per searched area. */
export const mapMidSeniorByArea = defineFigure({
  id: "map-midSeniorByArea",
  analysis: "midSeniorByArea",
  title: (_, ctx) => `Mid-senior postings per ${areaWord(ctx)}`,
  description: "Bubble area is proportional to the number of mid-senior postings.",
  rows: (data) => data.areas,
  chart: { kind: "bubble-map", options: { area: "area", value: "count", valueLabel: "Mid-senior postings", missing: "zero" } },
  columns: [{ key: "label", label: "Area" }, { key: "count", label: "Mid-senior postings", ...postings }],
});

/** Remote postings per searched area, staffing firms left out. */
export const mapRemoteByArea = defineFigure({
  id: "map-remoteByArea",
  analysis: "remoteByArea",
  title: (_, ctx) => `Remote postings per ${areaWord(ctx)}`,
  description: "Staffing firms left out. Bubble area is proportional to the number of remote postings.",
  rows: (data) => data.areas,
  chart: { kind: "bubble-map", options: { area: "area", value: "count", valueLabel: "Remote postings", missing: "zero" } },
  columns: [{ key: "label", label: "Area" }, { key: "count", label: "Remote postings", ...postings }],
});
