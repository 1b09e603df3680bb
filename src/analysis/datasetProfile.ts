import type { PayInterval } from "../ingest/Job.ts";
import type { Dataset } from "../ingest/loadDataset.ts";
import { compareText } from "../lib/compareText.ts";
import type { DatasetMetadata } from "../metadata/DatasetMetadata.ts";
import { capOf } from "./areaConcentration.ts";
import { countByArea } from "./countByArea.ts";
import { shareOf } from "./coverage.ts";
import { cityKey } from "./cityKey.ts";
import type { PlaceOf } from "./placeOfRow.ts";

import { BOARD_NAMES } from "./boards.ts";
import type { LabelValue } from "../lib/LabelValue.ts";

export { BOARD_NAMES };

const regionNames = new Intl.DisplayNames("en", { type: "region", fallback: "code" });
const currencyNames = new Intl.DisplayNames("en", { type: "currency", fallback: "code" });

/** A value and how many postings have it; `share` is of the postings the list is about. */
interface Counted {
  readonly count: number;
  readonly share: number;
}

/** How the dataset names its areas, from how it was read. */
export type SearchKind = "manifest" | "area-column" | "locations";

/** One column: how many postings fill it, overall and per board. */
export interface FieldFill {
  readonly column: string;
  readonly nonNull: number;
  /** nonNull / postings; null without postings. */
  readonly share: number | null;
  /** Postings read from a file whose layout has the column (0: no file has it, e.g. an older JobSpy layout). */
  readonly inLayout: number;
  /** Per board (most postings first): how many of its postings fill the column, and how many come from a file that has it. */
  readonly boards: readonly { readonly site: string | null; readonly rows: number; readonly nonNull: number; readonly share: number; readonly inLayout: number }[];
  /** The one board that fills it when the data has several boards and no other fills it ("job_level only on LinkedIn"); null otherwise. */
  readonly onlyOn: string | null;
}

/**
 * What the data is, for every sentence a post says about its source: the
 * boards, places, currencies, dates, searches and fields. Every list is
 * most first (ties alphabetical) unless it says otherwise; every value
 * that does not exist for this data is null or an empty list, never 0 or "".
 */
export interface DatasetProfile {
  readonly rows: number;
  /** The boards (`site`), with readers' names. */
  readonly boards: readonly ({ readonly site: string; readonly name: string } & Counted)[];
  readonly boardNotGiven: number;
  /** The board of every posting, when there is exactly one and every posting names it; null otherwise. */
  readonly onlyBoard: { readonly site: string; readonly name: string } | null;
  /** Countries of the postings that could be placed (ISO 3166-1 alpha-2, with English names); shares of the placed postings. */
  readonly countries: readonly ({ readonly country: string; readonly name: string } & Counted)[];
  /** Postings placed in a country, and those that could not be (empty locations, "Remote", forms the resolver does not read). */
  readonly placed: number;
  readonly unplaced: number;
  /** The one country of every placed posting, when at least 90% of all postings are placed there; null otherwise. */
  readonly onlyCountry: { readonly country: string; readonly name: string } | null;
  /** The country of at least 90% of the placed postings ("postings in the US, and 5 elsewhere"), with its share of them; null otherwise. */
  readonly mainCountry: { readonly country: string; readonly name: string; readonly share: number } | null;
  /** The (up to) 25 cities with most postings; shares of the postings placed in a city. */
  readonly cities: readonly ({ readonly city: string; readonly region: string | null; readonly country: string } & Counted)[];
  readonly distinctCities: number;
  /** Which resolver placed the postings. */
  readonly placesFrom: string;
  /** Currencies of stated pay (as written, upper case), with English names; shares of the postings with pay in a stated currency. */
  readonly currencies: readonly ({ readonly currency: string; readonly name: string } & Counted)[];
  /** Postings with pay, and those whose pay states no currency. */
  readonly salaried: number;
  readonly currencyNotGiven: number;
  /** Pay intervals; shares of the postings with pay. */
  readonly payIntervals: readonly ({ readonly interval: PayInterval } & Counted)[];
  /** The `date_posted` range: first and last day, and how many postings give a date. Both null when none does. */
  readonly dates: { readonly first: string | null; readonly last: string | null; readonly days: number | null; readonly dated: number; readonly undated: number };
  /** The searches: how the areas are named, the areas with their postings, and the search terms. */
  readonly searches: {
    readonly kind: SearchKind;
    /** The searched areas, most postings first; null when the areas are the postings' own locations. */
    readonly areas: readonly LabelValue<"area", "count">[] | null;
    readonly areaCount: number;
    /** Postings without an area. */
    readonly withoutArea: number;
    /** Search terms with their postings, from a `search_term` column; else the metadata's `searchTerms` (count null); empty when neither says. */
    readonly terms: readonly { readonly term: string; readonly count: number | null }[];
    readonly termsFrom: "rows" | "metadata" | null;
    /** Postings without a search term, when the rows give terms. */
    readonly termNotGiven: number;
    /**
     * The per-search result limit (areaConcentration's CAP_RULE) over the
     * searches the rows name: area and term together when both are given,
     * else the searched areas, else the search terms; null when the rule
     * does not hold or the rows name no search.
     */
    readonly cap: number | null;
    /** What the cap was read over; null without a cap. */
    readonly capOver: "areas and terms" | "areas" | "terms" | null;
  };
  /** Every column with how many postings fill it, per board. In column order. */
  readonly fields: readonly FieldFill[];
  /** Columns no posting fills, in column order (absent ones included). */
  readonly emptyFields: readonly string[];
  /** Columns no file's layout has at all, in column order: the data cannot say anything about them. */
  readonly absentFields: readonly string[];
  /**
   * The dataset's metadata file, when it has one (README, "Dataset metadata"); null otherwise.
   * Never invented: every field the file can hold is here, null when the file does not give
   * it, so a post can ask for `metadata.scraped` on any dataset with a metadata file.
   */
  readonly metadata: ProfileMetadata | null;
  /** True only when the metadata says the postings are invented. */
  readonly synthetic: boolean;
}

/** A metadata file as the profile gives it: each field present, null when the file leaves it out. */
export interface ProfileMetadata {
  readonly title: string | null;
  readonly description: string | null;
  readonly source: { readonly name: string | null; readonly url: string | null } | null;
  readonly synthetic: boolean | null;
  readonly scraped: { readonly from: string; readonly to: string } | null;
  readonly searchTerms: readonly string[] | null;
  readonly currencyWhenMissing: string | null;
  readonly exchangeRates: DatasetMetadata["exchangeRates"] | null;
  readonly notes: readonly string[] | null;
}

/** The metadata with every field present (null for those the file leaves out). */
export function profileMetadata(m: DatasetMetadata): ProfileMetadata {
  return {
    title: m.title ?? null,
    description: m.description ?? null,
    source: m.source ? { name: m.source.name ?? null, url: m.source.url ?? null } : null,
    synthetic: m.synthetic ?? null,
    scraped: m.scraped ?? null,
    searchTerms: m.searchTerms ?? null,
    currencyWhenMissing: m.currencyWhenMissing ?? null,
    exchangeRates: m.exchangeRates ?? null,
    notes: m.notes ?? null,
  };
}

/** When a dataset is "in" one country: the share of the postings placed there (of all postings for onlyCountry, of the placed ones for mainCountry). */
export const ONLY_COUNTRY_SHARE = 0.9;

/**
 * Profiles a dataset: what it is, computed from the rows, the per-board
 * column counts of the ingest, the quality report's reading mode and the
 * optional metadata. `placeOf` places a posting (see placeOfRow.ts; the
 * gazetteer's resolver plugs in here); `placesFrom` names it.
 */
export function datasetProfile(
  data: Pick<Dataset, "rows" | "columns" | "columnsBySite"> & { readonly report: { readonly mode: string } },
  { placeOf, placesFrom, metadata = null }: { placeOf: PlaceOf; placesFrom: string; metadata?: DatasetMetadata | null },
): DatasetProfile {
  const { rows } = data;
  const n = rows.length;

  const boardCounts = tally(rows, (r) => r.site);
  const boards = ranked(boardCounts, n - (boardCounts.get(null) ?? 0)).map(({ key, count, share }) => ({ site: key, name: BOARD_NAMES[key] ?? key, count, share }));
  const boardNotGiven = boardCounts.get(null) ?? 0;

  const places = rows.map(placeOf);
  const countryCounts = tally(places, (p) => p?.country ?? null);
  const placed = n - (countryCounts.get(null) ?? 0);
  const countries = ranked(countryCounts, placed).map(({ key, count, share }) => ({ country: key, name: regionNames.of(key) ?? key, count, share }));
  const cityCounts = tally(places, (p) => (p?.city ? cityKey(p.city, p.region, p.country) : null));
  const inCities = n - (cityCounts.get(null) ?? 0);
  const cities = ranked(cityCounts, inCities).slice(0, 25).map(({ key, count, share }) => {
    const [city, region, country] = JSON.parse(key) as [string, string | null, string];
    return { city, region, country, count, share };
  });

  const salaried = rows.filter((r) => r.pay !== null);
  const currencyCounts = tally(salaried, (r) => r.pay!.currency);
  const currencyNotGiven = currencyCounts.get(null) ?? 0;
  const currencies = ranked(currencyCounts, salaried.length - currencyNotGiven).map(({ key, count, share }) => ({ currency: key, name: currencyNames.of(key) ?? key, count, share }));
  const payIntervals = ranked(tally(salaried, (r) => r.pay!.interval), salaried.length).map(({ key, count, share }) => ({ interval: key, count, share }));

  let first: string | null = null;
  let last: string | null = null;
  let dated = 0;
  for (const r of rows) {
    if (r.datePosted === null) continue;
    dated++;
    if (first === null || r.datePosted < first) first = r.datePosted;
    if (last === null || r.datePosted > last) last = r.datePosted;
  }

  const kind: SearchKind = data.report.mode === "folder" ? "manifest" : data.report.mode === "merged-csv" ? "area-column" : "locations";
  const areas = countByArea(rows);
  const termCounts = tally(rows, (r) => r.searchTerm);
  const termNotGiven = termCounts.get(null) ?? 0;
  const rowTerms = ranked(termCounts, n - termNotGiven).map(({ key, count }) => ({ term: key, count }));
  const metaTerms = metadata?.searchTerms?.map((term) => ({ term, count: null })) ?? [];
  // One search = one (area, term) pair, one area, or one term, as far as the rows say.
  const over = kind !== "locations" && rowTerms.length > 0 ? "areas and terms" as const
    : kind !== "locations" ? "areas" as const : rowTerms.length > 0 ? "terms" as const : null;
  const searchCounts = over === null ? [] : ranked(tally(rows, (r) => (over === "terms" ? r.searchTerm
    : r.area === null || (over === "areas and terms" && r.searchTerm === null) ? null : over === "areas" ? r.area : `${r.area}\u0000${r.searchTerm}`)), 1)
    .map(({ key, count }) => ({ area: key, count }));
  const cap = capOf(searchCounts, true);

  const fields = data.columns.map((c, i): FieldFill => {
    const perBoard = data.columnsBySite.map((s) => {
      const cell = s.columns[i];
      const nonNull = cell?.nonNull ?? 0;
      return { site: s.site, rows: s.rows, nonNull, share: s.rows === 0 ? 0 : nonNull / s.rows, inLayout: cell?.inLayout ?? 0 };
    }).sort((a, b) => b.rows - a.rows || compareText(a.site ?? "", b.site ?? ""));
    const filling = perBoard.filter((b) => b.nonNull > 0);
    return {
      column: c.column, nonNull: c.nonNull, share: shareOf(c.nonNull, n), inLayout: c.inLayout, boards: perBoard,
      onlyOn: perBoard.length > 1 && filling.length === 1 ? filling[0]!.site : null,
    };
  });

  const only = countries[0];
  return {
    rows: n,
    boards,
    boardNotGiven,
    onlyBoard: boards.length === 1 && boardNotGiven === 0 ? { site: boards[0]!.site, name: boards[0]!.name } : null,
    countries,
    placed,
    unplaced: n - placed,
    onlyCountry: countries.length === 1 && only !== undefined && only.count >= ONLY_COUNTRY_SHARE * n ? { country: only.country, name: only.name } : null,
    mainCountry: only !== undefined && only.share >= ONLY_COUNTRY_SHARE ? { country: only.country, name: only.name, share: only.share } : null,
    cities,
    distinctCities: cityCounts.size - (cityCounts.has(null) ? 1 : 0),
    placesFrom,
    currencies,
    salaried: salaried.length,
    currencyNotGiven,
    payIntervals,
    dates: { first, last, days: first === null || last === null ? null : daysBetween(first, last) + 1, dated, undated: n - dated },
    searches: {
      kind,
      areas: kind === "locations" ? null : areas,
      areaCount: areas.length,
      withoutArea: n - areas.reduce((s, a) => s + a.count, 0),
      terms: rowTerms.length > 0 ? rowTerms : metaTerms,
      termsFrom: rowTerms.length > 0 ? "rows" : metaTerms.length > 0 ? "metadata" : null,
      termNotGiven: rowTerms.length > 0 ? termNotGiven : 0,
      cap,
      capOver: cap === null ? null : over,
    },
    fields,
    emptyFields: fields.filter((f) => f.nonNull === 0).map((f) => f.column),
    absentFields: fields.filter((f) => f.inLayout === 0).map((f) => f.column),
    metadata: metadata === null ? null : profileMetadata(metadata),
    synthetic: metadata?.synthetic === true,
  };
}

function tally<T, K>(items: readonly T[], key: (item: T) => K | null): Map<K | null, number> {
  const counts = new Map<K | null, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** The non-null keys of a tally, most first (ties alphabetical), with shares of `base`. */
function ranked<K extends string>(counts: Map<K | null, number>, base: number): { key: K; count: number; share: number }[] {
  return [...counts].flatMap(([key, count]) => (key === null ? [] : [{ key, count, share: count / base }]))
    .sort((a, b) => b.count - a.count || compareText(a.key, b.key));
}

function daysBetween(first: string, last: string): number {
  return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000);
}
