import { compareText } from "../../lib/compareText.ts";
import { formatNumber } from "../../lib/formatNumber.ts";
import { staffingLeftOut } from "./staffingLeftOut.ts";
import { defineFigure, type FigureContext } from "../../charts/defineFigure.ts";
import { countOf } from "../../charts/labels.ts";
import { joinList } from "../../lib/joinList.ts";
import type { Staffing, StaffingReason } from "../staffing.ts";
import type { LabelValue } from "../../lib/LabelValue.ts";

/** The one board a field comes from ("all from LinkedIn", or a one-board dataset), else null: captions name it only then. */
const boardOf = (coverage: { readonly onlyFromName: string | null }, analysis: FigureContext["analysis"]): string | null =>
  coverage.onlyFromName ?? analysis("datasetProfile")?.onlyBoard?.name ?? null;
const possessive = (board: string | null) => (board === null ? "The boards'" : `${board}'s`);

// What the postings are: columns, levels, companies, industries, remote work (Part I and Part II).

/** The column overview (like DataFrame.info()); the chart is itself a table, so no second one. */
export const columns = defineFigure({
  id: "columns",
  analysis: "columnOverview",
  title: "What each column holds",
  description: "Every column of the merged data with how many rows have a value and the type pandas would give it.",
  rows: (data) => data.columns,
  chart: (data) => ({ kind: "column-table", options: { total: data.rows } }),
  table: false,
});

// LinkedIn's seniority ladder; levels not listed here follow, by postings.
const LADDER = ["internship", "entry level", "associate", "mid-senior level", "director", "executive", "not applicable"];

/** Every level either sample has, up the ladder, then the others by postings (ties by name). */
function ladderOrder(counts: readonly LabelValue<"level", "count">[]): string[] {
  const totals = new Map<string, number>();
  for (const d of counts) totals.set(d.level, (totals.get(d.level) ?? 0) + d.count);
  const known = LADDER.filter((level) => totals.has(level));
  const others = [...totals.keys()].filter((level) => !LADDER.includes(level)).sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || compareText(a, b));
  return [...known, ...others];
}

/** Seniority levels, backend versus data scientist, side by side on one scale. */
export const levels = defineFigure({
  id: "levels",
  analysis: "jobLevels",
  title: "Postings by seniority level",
  description: (data, { analysis }) => `${possessive(boardOf(data.coverage, analysis))} seniority level of each posting${analysis("dsJobLevels") ? ": backend engineers on the left, data scientists on the right" : ""}.`,
  rows: (data, { analysis }) => {
    const ds = analysis("dsJobLevels")?.counts;
    const count = (list: readonly LabelValue<"level", "count">[]) => new Map(list.map((c) => [c.level, c.count]));
    const backend = count(data.counts);
    const dsCount = count(ds ?? []);
    // A level only data scientists have still gets a row; without that dataset there is no ds column.
    return ladderOrder([...data.counts, ...(ds ?? [])]).map((level) => ({
      level,
      label: level.charAt(0).toUpperCase() + level.slice(1),
      backend: backend.get(level) ?? 0,
      ...(ds && { ds: dsCount.get(level) ?? 0 }),
    }));
  },
  chart: (data, { analysis }) => {
    const ds = analysis("dsJobLevels");
    // Each panel's bars are shares of the postings that give a level: its title counts those, not every posting.
    const panel = (key: string, label: string, value: string, given: number, color: string) =>
      ({ key, label, title: ds ? `${label} (${formatNumber(given)} ${given === 1 ? "posting" : "postings"} with a level)` : `${formatNumber(given)} ${given === 1 ? "posting gives" : "postings give"} a level`, options: { value, color } });
    return {
      kind: "bars",
      options: { label: "label", value: "backend", share: true, unit: "postings" },
      parts: {
        layout: "panels",
        items: [
          panel("backend", ds ? "Backend engineering" : "Postings", "backend", data.coverage.given, "chart-1"),
          ...(ds ? [panel("data-scientist", "Data science", "ds", ds.coverage.given, "chart-2")] : []),
        ],
      },
    };
  },
  columns: (_, { analysis }) => [
    { key: "level", label: "Level" },
    { key: "backend", label: "Backend", format: "int" },
    ...(analysis("dsJobLevels") ? [{ key: "ds", label: "Data scientist", format: "int" as const }] : []),
  ],
});

const companyColumns = [{ key: "name", label: "Company" }, { key: "count", label: "Postings", format: "int" }] as const;

/** The companies with the most postings, staffing firms included. */
export const companies = defineFigure({
  id: "companies",
  analysis: "topCompanies",
  title: "Companies with the most postings",
  description: (data) => {
    // The chart shows every company when there are no more than it has bars for: "the 4 most frequent" of 4 reads as a ranking cut from more.
    const names = data.distinctCompanies === data.top.length && data.top.length > 1 ? `All ${formatNumber(data.top.length)} company names` : `The ${formatNumber(data.top.length)} most frequent company names`;
    const marked = data.top.filter((c) => c.staffing).length;
    if (marked === 0) return `${names}; none of them is a staffing firm or job aggregator by the rule on the About page.`;
    if (marked === 1) return `${names}; the one staffing firm or job aggregator among them is marked (the rule that finds them is on the About page).`;
    return `${names}; the ${formatNumber(marked)} staffing firms and job aggregators among them are marked (the rule that finds them is on the About page).`;
  },
  rows: (data) => data.top.map((c) => ({ ...c, firm: c.staffing ? "yes" : "no" })),
  chart: { kind: "bars", options: { label: "name", value: "count", unit: "postings", mark: "staffing", markLabel: "Staffing firm or job aggregator" } },
  columns: [...companyColumns, { key: "firm", label: "Staffing firm or aggregator" }],
});

const BY_REASON: Readonly<Record<StaffingReason, (n: string) => string>> = {
  "jobs-via": (n) => `${n} named "Jobs via …"`,
  known: (n) => `${n} on the list of known agencies and aggregators`,
  name: (n) => `${n} whose names say staffing, recruiting, placement, personnel or talent`,
  industry: (n) => `${n} filed under Staffing and Recruiting`,
};

/**
 * Exactly what the cloud leaves out, from the staffing analysis: how many companies and
 * postings, by which part of the rule, and the largest of them.
 */
function cloudLeftOut(staffing: Omit<Staffing, "isStaffing"> | undefined): string {
  if (!staffing || staffing.companies === 0) return "No company matches the staffing-firm rule (About page), so none is left out";
  const postings = countOf(formatNumber(staffing.postings), staffing.postings, "postings");
  const reasons = joinList(staffing.byReason.map((r) => BY_REASON[r.reason](formatNumber(r.companies))));
  if (staffing.companies === 1) return `Left out as a staffing firm or job aggregator, by the rule on the About page: ${staffing.firms[0]!.name}, with ${postings} (${reasons})`;
  const largest = staffing.firms.slice(0, 3).map((f) => `${f.name} (${formatNumber(f.postings)})`);
  return `Left out as staffing firms or job aggregators, by the rule on the About page: ${formatNumber(staffing.companies)} companies with ${postings} (${reasons}); the largest are ${joinList(largest)}`;
}

/** Company names weighted by postings, staffing firms removed; the ranked list is the accessible form. */
export const cloud = defineFigure({
  id: "cloud",
  analysis: "companyCloud",
  title: "Who posts: company names sized by postings",
  description: (_, { analysis }) => `${cloudLeftOut(analysis("staffing"))}. Larger names have more postings.`,
  rows: (data) => data.top,
  chart: { kind: "word-cloud", options: { label: "name", value: "count", unit: "postings" } },
  columns: companyColumns,
});

/** The most frequent industries, staffing firms left out; long labels shortened on the axis only. */
export const industries = defineFigure({
  id: "industries",
  analysis: "industries",
  title: "Industries with the most postings",
  description: (data, { analysis }) => `Company industries as ${boardOf(data.coverage, analysis) ?? "the boards"} ${boardOf(data.coverage, analysis) ? "files" : "file"} them (a company may be filed under several at once)${staffingLeftOut(data.excluded)}.`,
  rows: (data) => data.top,
  chart: { kind: "bars", options: { label: "name", value: "count", unit: "postings" } },
  columns: [{ key: "name", label: "Industry" }, { key: "count", label: "Postings", format: "int" }],
});

/** Remote versus on-site postings as one 100% bar. */
export const remote = defineFigure({
  id: "remote",
  analysis: "remoteShare",
  title: "Remote versus on-site postings",
  description: (data, { analysis }) => `${possessive(boardOf(data.coverage, analysis))} remote flag; hybrid jobs count as on-site.`,
  rows: (r) => [
    { label: "Remote", count: r.remote },
    { label: "On-site or hybrid", count: r.onSite },
    ...(r.unknown > 0 ? [{ label: "Not stated", count: r.unknown }] : []),
  ],
  chart: { kind: "part-to-whole", options: { label: "label", value: "count", unit: "postings" } },
  columns: [{ key: "label", label: "Flag" }, { key: "count", label: "Postings", format: "int" }],
});
