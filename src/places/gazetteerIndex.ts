import { foldName } from "./foldName.ts";

/**
 * The world gazetteer's compact index: what the packages' 171,000 places, 52,000 region
 * names, CLDR's subdivisions and 78 languages of country names come to once folded,
 * linked and averaged (see WorldGazetteer). Built once per package version
 * (readWorldGazetteer caches it in node_modules/.cache), then read in a fraction of the
 * time: the first line is JSON (countries, regions, counties), every further line one
 * folded city name and its places, which a reader only parses for the names it keeps.
 * Pure.
 */

/** Bump when the index's content or layout changes (it is part of the cache key). */
export const INDEX_FORMAT = 1;

/** The packages' data, already read (see readWorldGazetteer). */
export interface GazetteerSource {
  readonly cities: readonly { name: string; lat: string | number; lng: string | number; country: string; admin1: string; admin2: string }[];
  /** GeoNames admin1 names: code "CA.08" → "Ontario". */
  readonly admin1: readonly { code: string; name: string }[];
  /** GeoNames admin2 names: code "US.CA.037" → "Los Angeles County". */
  readonly admin2: readonly { code: string; name: string }[];
  /** CLDR English subdivision names keyed by lower-case ISO 3166-2 code without the hyphen ("caon"). */
  readonly subdivisions: Readonly<Record<string, string>>;
  /** Countries: alpha-2, alpha-3, English name, every name in every language, centre ([lon, lat]) when known. */
  readonly countries: readonly { alpha2: string; alpha3: string; name: string; names: readonly string[]; centre: readonly [number, number] | null }[];
}

/** One populated place of the gazetteer (GeoNames: cities over 1,000 people and admin seats). */
export interface CityEntry {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  /** GeoNames admin1 code ("CA" in the US, "08" for Ontario). */
  readonly admin1: string;
  readonly admin2: string;
  /** Gazetteer places within about 40 km (a 3 × 3 block of quarter-degree cells), this one included. */
  readonly density: number;
}

/** A country of the index: its codes, English name, centre and folded names (English first). */
export interface IndexCountry {
  readonly code: string;
  readonly alpha3: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly keys: readonly string[];
}

/** A first-level region: GeoNames code ("CA.08"), ISO 3166-2 codes linked by name, centre, lookup keys in order. */
export interface IndexRegion {
  readonly code: string;
  readonly country: string;
  readonly admin1: string;
  /** ISO codes without the country ("ON"), the one GeoNames uses itself first. */
  readonly iso: readonly string[];
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** "code:ON", "code:08", "ontario", CLDR's name folded: the tokens a location may write. */
  readonly keys: readonly string[];
}

/** A second-level area (a US county): [country, admin1, admin2, name, lat, lon, folded name]. */
export type IndexCounty = readonly [string, string, string, string, number, number, string];

/** The index as a reader holds it. */
export interface GazetteerIndex {
  readonly countries: readonly IndexCountry[];
  readonly regions: readonly IndexRegion[];
  readonly counties: readonly IndexCounty[];
  /** Places by folded name, in the package's order; only the names kept. */
  readonly cities: ReadonlyMap<string, readonly CityEntry[]>;
}

// Grid cells of a quarter degree (about 28 km of latitude) for density.
const CELL = 0.25;
const cellOf = (lat: number, lon: number) => `${Math.floor(lat / CELL)}|${Math.floor(lon / CELL)}`;

type CityRecord = [name: string, lat: number, lon: number, country: string, admin1: string, admin2: string, density: number];

/** Builds the index's text from the packages' data (seconds of work: done once per package version). */
export function buildGazetteerIndex(source: GazetteerSource): string {
  const places = source.cities.flatMap((c) => {
    const lat = Number(c.lat);
    const lon = Number(c.lng);
    return Number.isFinite(lat) && Number.isFinite(lon) ? [{ ...c, lat, lon }] : [];
  });
  const density = new Map<string, number>();
  const sums = new Map<string, [number, number, number]>();
  const add = (key: string, lat: number, lon: number) => {
    const s = sums.get(key);
    if (s) { s[0] += lat; s[1] += lon; s[2]++; } else sums.set(key, [lat, lon, 1]);
  };
  for (const c of places) {
    const cell = cellOf(c.lat, c.lon);
    density.set(cell, (density.get(cell) ?? 0) + 1);
    add(c.country, c.lat, c.lon);
    add(`${c.country}.${c.admin1}`, c.lat, c.lon);
    if (c.admin2) add(`${c.country}.${c.admin1}.${c.admin2}`, c.lat, c.lon);
  }
  const centre = (key: string): [number, number] | null => {
    const s = sums.get(key);
    return s ? [s[0] / s[2], s[1] / s[2]] : null;
  };
  const densityAt = (lat: number, lon: number) => {
    const [y, x] = [Math.floor(lat / CELL), Math.floor(lon / CELL)];
    let n = 0;
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) n += density.get(`${y + dy}|${x + dx}`) ?? 0;
    return n;
  };

  const byName = new Map<string, CityRecord[]>();
  for (const c of places) {
    const record: CityRecord = [c.name, c.lat, c.lon, c.country, c.admin1, c.admin2, densityAt(c.lat, c.lon)];
    const key = foldName(c.name);
    // "Washington, D.C." is also found as "Washington".
    const comma = c.name.indexOf(",");
    for (const k of comma > 0 ? [key, foldName(c.name.slice(0, comma))] : [key]) {
      if (k.includes("\t") || k.includes("\n")) continue;
      const list = byName.get(k);
      if (list) list.push(record); else byName.set(k, [record]);
    }
  }

  const countries: IndexCountry[] = [];
  for (const c of source.countries) {
    const mean = centre(c.alpha2);
    const at = c.centre ? [c.centre[1], c.centre[0]] : mean;
    if (!at) continue;
    const keys = [...new Set([c.name, ...c.names].map(foldName).filter((k) => k !== ""))];
    countries.push({ code: c.alpha2, alpha3: c.alpha3, name: c.name, lat: at[0]!, lon: at[1]!, keys });
  }

  // ISO 3166-2 codes, linked to GeoNames regions through CLDR's English names.
  const isoByName = new Map<string, string[]>();
  for (const [code, name] of Object.entries(source.subdivisions)) {
    if (code.length < 3) continue;
    const key = `${code.slice(0, 2).toUpperCase()}|${foldName(name)}`;
    const list = isoByName.get(key);
    const suffix = code.slice(2).toUpperCase();
    if (list) list.push(suffix); else isoByName.set(key, [suffix]);
  }
  const regions: IndexRegion[] = [];
  const regionCodes = new Set<string>();
  for (const a of source.admin1) {
    const [country = "", admin1 = ""] = a.code.split(".");
    const at = centre(a.code);
    if (!at) continue;
    const folded = foldName(a.name);
    const iso = [...(isoByName.get(`${country}|${folded}`) ?? [])];
    // Where GeoNames uses the ISO code itself (US states, UK nations), it comes first.
    iso.sort((x, y) => Number(y === admin1) - Number(x === admin1));
    const cldrName = iso.map((c) => source.subdivisions[`${country.toLowerCase()}${c.toLowerCase()}`]).find((n) => n !== undefined);
    const keys = [...iso.map((c) => `code:${c}`), `code:${admin1}`, folded, ...(cldrName ? [foldName(cldrName)] : [])];
    regions.push({ code: a.code, country, admin1, iso, name: a.name, lat: at[0], lon: at[1], keys });
    regionCodes.add(a.code);
  }
  const counties: IndexCounty[] = [];
  for (const a of source.admin2) {
    const [country = "", admin1 = "", admin2 = ""] = a.code.split(".");
    const at = centre(a.code);
    if (!at || !regionCodes.has(`${country}.${admin1}`)) continue;
    counties.push([country, admin1, admin2, a.name, at[0], at[1], foldName(a.name)]);
  }

  const lines = [JSON.stringify({ format: INDEX_FORMAT, countries, regions, counties })];
  for (const [key, records] of byName) lines.push(`${key}\t${JSON.stringify(records)}`);
  return `${lines.join("\n")}\n`;
}

/**
 * Reads an index's text: the countries, regions and counties, and the places of the city
 * names in `keep`, in `alsoKeep` or naming a country in English (every name without
 * `keep`). Throws on a text that is not an index of this {@link INDEX_FORMAT}.
 */
export function readGazetteerIndex(text: string, keep?: ReadonlySet<string>, alsoKeep: Iterable<string> = []): GazetteerIndex {
  const firstEnd = text.indexOf("\n");
  const header = JSON.parse(firstEnd < 0 ? text : text.slice(0, firstEnd)) as Omit<GazetteerIndex, "cities"> & { format: number };
  if (header.format !== INDEX_FORMAT) throw new Error(`gazetteer index: format ${header.format}, expected ${INDEX_FORMAT}`);
  // Besides `keep`: the names asked for (alias targets) and every country's English name.
  const also = new Set([...alsoKeep, ...header.countries.map((c) => foldName(c.name))]);
  const wanted = keep && ((key: string) => keep.has(key) || also.has(key));
  const cities = new Map<string, CityEntry[]>();
  let start = firstEnd + 1;
  while (start > 0 && start < text.length) {
    const end = text.indexOf("\n", start);
    const lineEnd = end < 0 ? text.length : end;
    const tab = text.indexOf("\t", start);
    if (tab < 0 || tab > lineEnd) throw new Error(`gazetteer index: line without a name at offset ${start}`);
    const key = text.slice(start, tab);
    if (!wanted || wanted(key)) {
      const records = JSON.parse(text.slice(tab + 1, lineEnd)) as CityRecord[];
      cities.set(key, records.map(([name, lat, lon, country, admin1, admin2, density]) => ({ name, lat, lon, country, admin1, admin2, density })));
    }
    start = lineEnd + 1;
  }
  return { countries: header.countries, regions: header.regions, counties: header.counties, cities };
}
