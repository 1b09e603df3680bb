import type { FigureColumn, FigureTable } from "../../charts/figureTable.ts";
import { analysis, areaLabel, hasAnalysis } from "../../data/analysis.ts";
import { compareText } from "../../lib/compareText.ts";
import { areaPoints, countsOf, type AreaValue } from "./areaPoints.ts";

/** How a registered figure's table is computed (lazily: only figures a page draws are computed). */
type FigureSpec<R extends object> = () => FigureTable<R>;

const usd = { format: "usd", missing: "no pay stated" } as const;

/** Postings per searched area on the map: the areas the gazetteer can place, most first. */
function areaMap(of: "countByArea" | "entryByArea" | "midSeniorByArea" | "remoteByArea", valueLabel: string): FigureSpec<AreaValue> {
  return () => {
    const result = analysis(of);
    const list = Array.isArray(result) ? result : result.areas;
    const rows = areaPoints(countsOf(list)).sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
    return { rows, columns: [{ key: "label", label: "Area" }, { key: "value", label: valueLabel, numeric: true }] };
  };
}

const postings = (key: string, label: string): FigureColumn[] => [{ key, label }, { key: "count", label: "Postings", numeric: true }];

/**
 * Every chart drawn by the post components (src/components/post/*Figure.astro), by figure
 * id (the id of its <figure>, and the file name of its downloads). Each entry computes,
 * from the precomputed analyses, the rows that the chart draws, its table shows and its
 * "Download the data" files hold (Figure records them). To add a chart: add an entry here
 * and read it in the component with {@link figureData}.
 */
export const figures = {
  columns: () => ({
    rows: analysis("columnOverview").columns,
    columns: [{ key: "column", label: "Column" }, { key: "nonNull", label: "Non-null", numeric: true }, { key: "dtype", label: "Type" }],
  }),
  "map-countByArea": areaMap("countByArea", "Postings"),
  "map-entryByArea": areaMap("entryByArea", "Entry-level postings"),
  "map-midSeniorByArea": areaMap("midSeniorByArea", "Mid-senior postings"),
  "map-remoteByArea": areaMap("remoteByArea", "Remote postings"),
  treemap: () => ({
    rows: analysis("countByArea").map((c) => ({ name: areaLabel(c.area), value: c.count })),
    columns: [{ key: "name", label: "Area" }, { key: "value", label: "Postings", numeric: true }],
  }),
  "salary-strip": () => ({
    rows: analysis("salarySummary").postings.map((p) => ({ area: p.area === null ? "no area" : areaLabel(p.area), interval: p.interval, min: p.yearlyMin, max: p.yearlyMax })),
    columns: [{ key: "area", label: "Area" }, { key: "interval", label: "Stated" },
      { key: "min", label: "Lower bound", ...usd }, { key: "max", label: "Upper bound", ...usd }],
  }),
  pay: () => {
    const byArea = new Map(analysis("salaryByArea").areas.map((a) => [a.area, a]));
    const rows = areaPoints((a) => byArea.get(a)?.medianMin ?? null, (a) => byArea.get(a)?.salariedPostings)
      .map((p) => ({ ...p, min: p.value, max: byArea.get(p.area)?.medianMax ?? null, n: p.n ?? 0 }))
      .sort((a, b) => (b.min ?? -1) - (a.min ?? -1));
    return {
      rows,
      columns: [{ key: "label", label: "Area" }, { key: "min", label: "Median lower bound", ...usd },
        { key: "max", label: "Median upper bound", ...usd }, { key: "n", label: "Salaried postings", numeric: true }],
    };
  },
  levels: () => {
    const backend = analysis("jobLevels").counts;
    const ds = hasAnalysis("dsJobLevels") ? analysis("dsJobLevels").counts : null;
    const dsCount = new Map((ds ?? []).map((c) => [c.level, c.count]));
    const backendCount = new Map(backend.map((c) => [c.level, c.count]));
    // Every level either sample has, up LinkedIn's ladder, then the others by postings: a level only data scientists have still gets a row.
    const levels = ladderOrder([...backend, ...(ds ?? [])]);
    const rows = levels.map((level) => ({ level, label: level.charAt(0).toUpperCase() + level.slice(1), backend: backendCount.get(level) ?? 0, ...(ds && { ds: dsCount.get(level) ?? 0 }) }));
    const columns: FigureColumn[] = [{ key: "level", label: "Level" }, { key: "backend", label: "Backend", numeric: true }];
    // Without the data-scientist dataset the column would be all zeros: leave it out.
    return { rows, columns: ds ? [...columns, { key: "ds", label: "Data scientist", numeric: true }] : columns };
  },
  companies: () => ({ rows: analysis("topCompanies").top, columns: postings("name", "Company") }),
  cloud: () => ({ rows: analysis("companyCloud").top, columns: postings("name", "Company") }),
  industries: () => ({ rows: analysis("industries").top, columns: postings("name", "Industry") }),
  remote: () => {
    const r = analysis("remoteShare");
    const rows = [{ label: "Remote", count: r.remote }, { label: "On-site or hybrid", count: r.onSite },
      ...(r.unknown > 0 ? [{ label: "Not stated", count: r.unknown }] : [])];
    return { rows, columns: postings("label", "Flag") };
  },
} as const;

// LinkedIn's seniority ladder; levels not listed here follow, by count.
const LADDER = ["internship", "entry level", "associate", "mid-senior level", "director", "executive", "not applicable"];

function ladderOrder(counts: readonly { level: string; count: number }[]): string[] {
  const totals = new Map<string, number>();
  for (const d of counts) totals.set(d.level, (totals.get(d.level) ?? 0) + d.count);
  const known = LADDER.filter((level) => totals.has(level));
  const others = [...totals.keys()].filter((level) => !LADDER.includes(level)).sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || compareText(a, b));
  return [...known, ...others];
}

/** A registered figure id. */
export type FigureId = keyof typeof figures;

/** The columns and rows of a registered figure, typed by its entry. */
export function figureData<K extends FigureId>(id: K): ReturnType<(typeof figures)[K]> {
  return figures[id]() as ReturnType<(typeof figures)[K]>;
}
