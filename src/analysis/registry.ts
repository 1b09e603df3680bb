import type { Dataset } from "../ingest/loadDataset.ts";
import type { MapPlace } from "../places/PlacesFile.ts";
import { allRounders } from "./allRounders.ts";
import { areaConcentration } from "./areaConcentration.ts";
import { areaVsLocation } from "./areaVsLocation.ts";
import { columnOverview } from "./columnOverview.ts";
import { countByArea } from "./countByArea.ts";
import { dataSource } from "./dataSource.ts";
import type { DatasetOrigin } from "../pipeline/outputs.ts";
import { duplicates } from "./duplicates.ts";
import { industries } from "./industries.ts";
import { ENTRY_LEVEL, jobLevels, MID_SENIOR_LEVEL } from "./jobLevels.ts";
import { levelByArea } from "./levelByArea.ts";
import { levelComparison } from "./levelComparison.ts";
import { levelFindings } from "./levelFindings.ts";
import { originalSalaryBug } from "./originalSalaryBug.ts";
import { remoteByArea } from "./remoteByArea.ts";
import { remoteShare } from "./remoteShare.ts";
import { salaryByArea } from "./salaryByArea.ts";
import { salaryFindings } from "./salaryFindings.ts";
import { salarySummary } from "./salarySummary.ts";
import { skills } from "./skills.ts";
import { skillsByLevel } from "./skillsByLevel.ts";
import { experience } from "./experience.ts";
import { workMode } from "./workMode.ts";
import { titleWords } from "./titleWords.ts";
import { topCompanies } from "./topCompanies.ts";
import { payView, type PayView } from "./payBasis.ts";
import { datasetProfile } from "./datasetProfile.ts";
import { placeOfRow, type PlaceOf } from "./placeOfRow.ts";
import type { Place } from "../places/Place.ts";
import { detectStaffing, staffingSummary, type Staffing } from "./staffing.ts";
import type { DatasetMetadata } from "../metadata/DatasetMetadata.ts";

/** What an analysis gets besides its dataset. */
export interface AnalysisContext {
  /** The gazetteer: searched area -> place. */
  readonly places: ReadonlyMap<string, MapPlace>;
  /** Another configured dataset by name, for analyses that compare two. */
  readonly dataset: (name: string) => Dataset | undefined;
  /** Where a dataset came from, as the site may say it (src/pipeline/precompute.ts); absent outside precompute. */
  readonly origin?: ((name: string) => DatasetOrigin | undefined) | undefined;
  /** A dataset's metadata file (src/metadata/), by dataset name; null or absent when it has none. */
  readonly metadata?: ((name: string) => DatasetMetadata | null) | undefined;
  /** Where a location string of a dataset is (src/places); null when it names no place or cannot be placed. Absent: placeOfRow.ts's interim reading. */
  readonly locationPlace?: ((dataset: string, location: string) => Place | null) | undefined;
}

// Computed once per dataset and shared by the analyses that need them.
const memo = <T, C extends unknown[]>(compute: (d: Dataset, ...rest: C) => T) => {
  const cache = new WeakMap<Dataset, T>();
  return (d: Dataset, ...rest: C): T => {
    if (!cache.has(d)) cache.set(d, compute(d, ...rest));
    return cache.get(d)!;
  };
};
const metadataOf = (d: Dataset, ctx: AnalysisContext) => ctx.metadata?.(d.report.dataset) ?? null;
/** Where a posting is: the places stage's reading of its location (src/places), else the interim placeOfRow. */
const placeOf = (d: Dataset, ctx: AnalysisContext): { placeOf: PlaceOf; placesFrom: string } => {
  const resolve = ctx.locationPlace;
  if (resolve === undefined) return { placeOf: oncePerLocation(placeOfRow), placesFrom: "the postings' locations, read by src/analysis/placeOfRow.ts" };
  return {
    // The place itself (a Place is a ResolvedPlace): rows that share a location share it, no copy per row.
    placeOf: (r) => (r.location === null ? null : resolve(d.report.dataset, r.location)),
    placesFrom: "the postings' locations, placed by the world gazetteer (src/places)",
  };
};
/** `placeOf`, read once per distinct location (it reads nothing else of the row): a million rows name a few thousand places. */
const oncePerLocation = (placeOf: PlaceOf): PlaceOf => {
  const known = new Map<string, ReturnType<PlaceOf>>();
  return (r) => {
    if (r.location === null) return placeOf(r);
    let p = known.get(r.location);
    if (p === undefined) {
      p = placeOf(r);
      if (known.size < 100_000) known.set(r.location, p);
    }
    return p;
  };
};
/** Pay in one currency (the dominant one, or the metadata's exchange-rate base): see payBasis.ts. */
const pay = memo((d: Dataset, ctx: AnalysisContext): PayView => {
  const m = metadataOf(d, ctx);
  const { placeOf: where } = placeOf(d, ctx);
  return payView(d.rows, { exchangeRates: m?.exchangeRates, currencyWhenMissing: m?.currencyWhenMissing, countryOf: (r) => where(r)?.country ?? null });
});
/** The staffing firms and aggregators of the dataset (staffing.ts's rule). */
const staffing = memo((d: Dataset): Staffing => detectStaffing(d.rows));
/** True when the areas are searches (a manifest or an area column), false when they are the postings' locations. */
const areasAreSearches = (d: Dataset) => d.report.mode !== "plain-csv";

/** One registered analysis: the dataset it reads and how to compute it. */
export interface AnalysisSpec<T = unknown> {
  readonly dataset: string;
  /** The source file shown in a post's code fold, relative to src/analysis/. */
  readonly source: string;
  readonly run: (data: Dataset, ctx: AnalysisContext) => T;
}

const spec = <T>(dataset: string, source: string, run: (data: Dataset, ctx: AnalysisContext) => T): AnalysisSpec<T> =>
  ({ dataset, source, run });

/**
 * Every analysis the site precomputes, by name. The name is the JSON file
 * (`src/generated/analyses/<name>.json`) and what posts use to ask for it.
 * To add one: write `src/analysis/<file>.ts`, then add one line here.
 */
export const analyses = {
  datasetProfile: spec("backend", "datasetProfile.ts", (d, ctx) => datasetProfile(d, { ...placeOf(d, ctx), metadata: metadataOf(d, ctx) })),
  dsDatasetProfile: spec("data-scientist", "datasetProfile.ts", (d, ctx) => datasetProfile(d, { ...placeOf(d, ctx), metadata: metadataOf(d, ctx) })),
  payCurrencies: spec("backend", "payBasis.ts", (d, ctx) => pay(d, ctx).currencies),
  staffing: spec("backend", "staffing.ts", (d) => staffingSummary(staffing(d))),
  dataSource: spec("backend", "dataSource.ts", (d, ctx) => dataSource(d.report, ctx.origin?.(d.report.dataset))),
  columnOverview: spec("backend", "columnOverview.ts", (d) => columnOverview(d.columns, d.rows.length)),
  countByArea: spec("backend", "countByArea.ts", (d) => countByArea(d.rows)),
  salarySummary: spec("backend", "salarySummary.ts", (d, ctx) => salarySummary(pay(d, ctx))),
  salaryByArea: spec("backend", "salaryByArea.ts", (d, ctx) => salaryByArea(pay(d, ctx))),
  jobLevels: spec("backend", "jobLevels.ts", (d) => jobLevels(d.rows)),
  dsJobLevels: spec("data-scientist", "jobLevels.ts", (d) => jobLevels(d.rows)),
  entryByArea: spec("backend", "levelByArea.ts", (d) => levelByArea(d.rows, ENTRY_LEVEL)),
  midSeniorByArea: spec("backend", "levelByArea.ts", (d) => levelByArea(d.rows, MID_SENIOR_LEVEL)),
  topCompanies: spec("backend", "topCompanies.ts", (d) => topCompanies(d.rows, 25, staffing(d).isStaffing)),
  companyCloud: spec("backend", "topCompanies.ts", (d) => topCompanies(d.rows.filter((r) => !staffing(d).isStaffing(r.company)), 100)),
  industries: spec("backend", "industries.ts", (d) => industries(d.rows, 7, staffing(d).isStaffing)),
  remoteShare: spec("backend", "remoteShare.ts", (d) => remoteShare(d.rows)),
  remoteByArea: spec("backend", "remoteByArea.ts", (d) => remoteByArea(d.rows, staffing(d).isStaffing)),
  duplicates: spec("backend", "duplicates.ts", (d) => duplicates(d.rows, d.repeatedIds)),
  areaVsLocation: spec("backend", "areaVsLocation.ts", (d, ctx) => areaVsLocation(d.rows, (a) => ctx.places.get(a)?.city ?? a, areasAreSearches(d))),
  areaConcentration: spec("backend", "areaConcentration.ts", (d) => areaConcentration(d.rows, areasAreSearches(d))),
  salaryFindings: spec("backend", "salaryFindings.ts", (d, ctx) => salaryFindings(pay(d, ctx))),
  originalSalaryBug: spec("backend", "originalSalaryBug.ts", (d, ctx) => originalSalaryBug(pay(d, ctx))),
  levelFindings: spec("backend", "levelFindings.ts", (d, ctx) => levelFindings(d.rows, (a) => {
    const p = ctx.places.get(a);
    return p && { lon: p.lon, country: p.country };
  }, areasAreSearches(d))),
  allRounders: spec("backend", "allRounders.ts", (d, ctx) => allRounders(pay(d, ctx), staffing(d).isStaffing)),
  levelComparison: spec("data-scientist", "levelComparison.ts", (d, ctx) => levelComparison(ctx.dataset("backend")?.rows ?? [], d.rows)),
  skills: spec("backend", "skills.ts", (d) => skills(d.rows)),
  skillsByLevel: spec("backend", "skillsByLevel.ts", (d) => skillsByLevel(d.rows, 15)),
  experience: spec("backend", "experience.ts", (d) => experience(d.rows)),
  workMode: spec("backend", "workMode.ts", (d) => workMode(d.rows)),
  titleWords: spec("backend", "titleWords.ts", (d) => titleWords(d.rows, 40)),
} as const;

export type AnalysisName = keyof typeof analyses;

/** The JSON shape of a registered analysis, for typed access in posts and charts. */
export type AnalysisData<N extends AnalysisName> = ReturnType<(typeof analyses)[N]["run"]>;
