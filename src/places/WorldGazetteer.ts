import { foldName } from "./foldName.ts";

/** One populated place of the gazetteer (GeoNames: cities over 1,000 people and admin seats). */
export interface CityEntry {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  /** GeoNames admin1 code ("CA" in the US, "08" for Ontario). */
  readonly admin1: string;
  readonly admin2: string;
}

/** A first-level region (state, province, nation of the UK), or a county when `admin2` is set. */
export interface RegionEntry {
  readonly country: string;
  readonly admin1: string;
  /** Set for second-level areas (US counties, Dutch municipalities). */
  readonly admin2: string | null;
  /** ISO 3166-2 code without the country ("ON"), null when CLDR names none for it. */
  readonly iso: string | null;
  readonly name: string;
  /** Mean position of the region's gazetteer places. */
  readonly lat: number;
  readonly lon: number;
}

/** A country: code, English name and centre. */
export interface CountryEntry {
  readonly code: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
}

/** What {@link WorldGazetteer} is built from: the packages' data, already read (see readWorldGazetteer). */
export interface GazetteerSource {
  readonly cities: readonly { name: string; lat: string | number; lng: string | number; country: string; admin1: string; admin2: string }[];
  /** GeoNames admin1 names: code "CA.08" → "Ontario". */
  readonly admin1: readonly { code: string; name: string }[];
  /** GeoNames admin2 names: code "US.CA.037" → "Los Angeles County". */
  readonly admin2: readonly { code: string; name: string }[];
  /** CLDR English subdivision names keyed by lower-case ISO 3166-2 code without the hyphen ("caon"). */
  readonly subdivisions: Readonly<Record<string, string>>;
  /** Countries: alpha-2, alpha-3, English name, every name in every language, centre when known. */
  readonly countries: readonly { alpha2: string; alpha3: string; name: string; names: readonly string[]; centre: readonly [number, number] | null }[];
  /** Other names of cities the gazetteer lacks ("Bangalore" for Bengaluru), per country. */
  readonly aliases: readonly { country: string; alias: string; name: string }[];
}

/**
 * The world gazetteer, indexed by folded name (see foldName). Built once per
 * precompute from the packages' data; every lookup is a map access.
 */
export class WorldGazetteer {
  readonly #cities = new Map<string, CityEntry[]>();
  readonly #countries = new Map<string, CountryEntry>();
  readonly #countryNames = new Map<string, string>();
  readonly #countryCodes = new Map<string, string>();
  readonly #regions = new Map<string, RegionEntry>();
  readonly #regionTokens = new Map<string, Map<string, RegionEntry>>();
  readonly #regionsEverywhere = new Map<string, RegionEntry[]>();
  readonly #counties = new Map<string, Map<string, RegionEntry>>();
  readonly #aliases = new Map<string, string>();
  readonly #density = new Map<string, number>();

  /**
   * `keep` limits the city index to the names a dataset may look up (see
   * cityKeysOf); every place still counts towards region and country centres
   * and towards {@link density}.
   */
  constructor(source: GazetteerSource, keep?: ReadonlySet<string>) {
    const aliasTargets = new Set(source.aliases.map((a) => foldName(a.name)));
    const countryNames = new Set(source.countries.map((c) => foldName(c.name)));
    const wanted = keep && ((key: string) => keep.has(key) || aliasTargets.has(key) || countryNames.has(key));
    const sums = new Map<string, [number, number, number]>();
    const add = (key: string, lat: number, lon: number) => {
      const s = sums.get(key);
      if (s) { s[0] += lat; s[1] += lon; s[2]++; } else sums.set(key, [lat, lon, 1]);
    };
    for (const c of source.cities) {
      const entry: CityEntry = { name: c.name, lat: Number(c.lat), lon: Number(c.lng), country: c.country, admin1: c.admin1, admin2: c.admin2 };
      if (!Number.isFinite(entry.lat) || !Number.isFinite(entry.lon)) continue;
      const cell = cellOf(entry.lat, entry.lon);
      this.#density.set(cell, (this.#density.get(cell) ?? 0) + 1);
      const key = foldName(c.name);
      // "Washington, D.C." is also found as "Washington".
      const comma = c.name.indexOf(",");
      for (const k of comma > 0 ? [key, foldName(c.name.slice(0, comma))] : [key]) {
        if (wanted && !wanted(k)) continue;
        const list = this.#cities.get(k);
        if (list) list.push(entry); else this.#cities.set(k, [entry]);
      }
      add(c.country, entry.lat, entry.lon);
      add(`${c.country}.${c.admin1}`, entry.lat, entry.lon);
      if (c.admin2) add(`${c.country}.${c.admin1}.${c.admin2}`, entry.lat, entry.lon);
    }
    const centre = (key: string): [number, number] | null => {
      const s = sums.get(key);
      return s ? [s[0] / s[2], s[1] / s[2]] : null;
    };

    for (const c of source.countries) {
      const mean = centre(c.alpha2);
      const at = c.centre ? [c.centre[1], c.centre[0]] : mean;
      if (!at) continue;
      this.#countries.set(c.alpha2, { code: c.alpha2, name: c.name, lat: at[0]!, lon: at[1]! });
      this.#countryCodes.set(c.alpha2, c.alpha2);
      this.#countryCodes.set(c.alpha3, c.alpha2);
      for (const n of [c.name, ...c.names]) {
        const key = foldName(n);
        if (key && !this.#countryNames.has(key)) this.#countryNames.set(key, c.alpha2);
      }
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
    for (const a of source.admin1) {
      const [country = "", admin1 = ""] = a.code.split(".");
      const at = centre(a.code);
      if (!at) continue;
      const folded = foldName(a.name);
      const isoCodes = [...(isoByName.get(`${country}|${folded}`) ?? [])];
      // Where GeoNames uses the ISO code itself (US states, UK nations), it comes first.
      isoCodes.sort((a, b) => Number(b === admin1) - Number(a === admin1));
      const region: RegionEntry = { country, admin1, admin2: null, iso: isoCodes[0] ?? null, name: a.name, lat: at[0], lon: at[1] };
      this.#regions.set(a.code, region);
      const tokens = this.#regionTokens.get(country) ?? new Map<string, RegionEntry>();
      this.#regionTokens.set(country, tokens);
      const cldrName = isoCodes.map((c) => source.subdivisions[`${country.toLowerCase()}${c.toLowerCase()}`]).find((n) => n !== undefined);
      const keys = [...isoCodes.map((c) => `code:${c}`), `code:${admin1}`, folded, ...(cldrName ? [foldName(cldrName)] : [])];
      for (const key of keys) {
        if (tokens.has(key)) continue;
        tokens.set(key, region);
        const everywhere = this.#regionsEverywhere.get(key);
        if (everywhere) everywhere.push(region); else this.#regionsEverywhere.set(key, [region]);
      }
    }
    for (const a of source.admin2) {
      const [country = "", admin1 = "", admin2 = ""] = a.code.split(".");
      const at = centre(a.code);
      const parent = this.#regions.get(`${country}.${admin1}`);
      if (!at || !parent) continue;
      const county: RegionEntry = { country, admin1, admin2, iso: parent.iso, name: a.name, lat: at[0], lon: at[1] };
      const tokens = this.#counties.get(`${country}.${admin1}`) ?? new Map<string, RegionEntry>();
      this.#counties.set(`${country}.${admin1}`, tokens);
      const key = foldName(a.name);
      if (!tokens.has(key)) tokens.set(key, county);
    }
    for (const a of source.aliases) this.#aliases.set(`${a.country}|${foldName(a.alias)}`, foldName(a.name));
  }

  /** Places whose folded name is `folded`, in the package's order. */
  citiesNamed(folded: string): readonly CityEntry[] {
    return this.#cities.get(folded) ?? [];
  }

  /**
   * How many gazetteer places lie within about 40 km of a place: a stand-in
   * for its size, since the package gives no population (Dallas, TX has
   * many neighbours, Dallas, GA few).
   */
  density(city: CityEntry): number {
    const [y, x] = [Math.floor(city.lat / CELL), Math.floor(city.lon / CELL)];
    let n = 0;
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) n += this.#density.get(`${y + dy}|${x + dx}`) ?? 0;
    return n;
  }

  /** The gazetteer name an alias stands for in a country ("bangalore" in IN → "bengaluru"), folded. */
  alias(country: string, folded: string): string | undefined {
    return this.#aliases.get(`${country}|${folded}`);
  }

  /** The country with this ISO-2 code. */
  country(code: string): CountryEntry | undefined {
    return this.#countries.get(code);
  }

  /**
   * The ISO-2 code of a country written as a code ("GB", "GBR", upper case
   * only, so "in" is not India) or a name in any of the package's languages
   * ("Nederland", "Deutschland", "UAE").
   */
  countryOf(written: string): string | undefined {
    const text = written.trim();
    if (/^[A-Z]{2,3}$/.test(text)) return this.#countryCodes.get(text) ?? this.#countryNames.get(foldName(text));
    return this.#countryNames.get(foldName(text));
  }

  /** The first-level region written as `written` (ISO or GeoNames code in upper case, or a name) in a country. */
  regionOf(country: string, written: string): RegionEntry | undefined {
    const tokens = this.#regionTokens.get(country);
    if (!tokens) return undefined;
    const text = written.trim();
    return (/^[A-Z0-9]{1,3}$/.test(text) ? tokens.get(`code:${text}`) : undefined) ?? tokens.get(foldName(text));
  }

  /** Every first-level region, in any country, written as `written` ("ON" → Ontario; "NH" → New Hampshire and North Holland). */
  regionsAnywhere(written: string): readonly RegionEntry[] {
    const text = written.trim();
    return (/^[A-Z0-9]{1,3}$/.test(text) ? this.#regionsEverywhere.get(`code:${text}`) : undefined) ?? this.#regionsEverywhere.get(foldName(text)) ?? [];
  }

  /** The first-level region of a city. */
  regionOfCity(city: CityEntry): RegionEntry | undefined {
    return this.#regions.get(`${city.country}.${city.admin1}`);
  }

  /** A second-level area (a US county) of a region, by name ("Los Angeles County"). */
  countyOf(region: RegionEntry, written: string): RegionEntry | undefined {
    return this.#counties.get(`${region.country}.${region.admin1}`)?.get(foldName(written));
  }
}

// Grid cells of a quarter degree (about 28 km of latitude) for density.
const CELL = 0.25;

function cellOf(lat: number, lon: number): string {
  return `${Math.floor(lat / CELL)}|${Math.floor(lon / CELL)}`;
}
