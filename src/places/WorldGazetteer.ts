import { foldName } from "./foldName.ts";
import type { CityEntry, GazetteerIndex } from "./gazetteerIndex.ts";

export type { CityEntry } from "./gazetteerIndex.ts";

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

/** Other names of cities the gazetteer lacks ("Bangalore" for Bengaluru), per country. */
export type CityAlias = { readonly country: string; readonly alias: string; readonly name: string };

/**
 * The world gazetteer, indexed by folded name (see foldName). Built from the
 * packages' compact index (gazetteerIndex.ts, read by readWorldGazetteer);
 * every lookup is a map access.
 */
export class WorldGazetteer {
  readonly #cities: ReadonlyMap<string, readonly CityEntry[]>;
  readonly #countries = new Map<string, CountryEntry>();
  readonly #countryNames = new Map<string, string>();
  readonly #countryCodes = new Map<string, string>();
  readonly #regions = new Map<string, RegionEntry>();
  readonly #regionTokens = new Map<string, Map<string, RegionEntry>>();
  readonly #regionsEverywhere = new Map<string, RegionEntry[]>();
  // Counties are indexed on the first county lookup: most datasets write none.
  #counties: Map<string, Map<string, RegionEntry>> | undefined;
  readonly #countyRows: GazetteerIndex["counties"];
  readonly #aliases = new Map<string, string>();

  /** `index` holds the city names a dataset may look up (see cityKeysOf); its region and country centres and densities count every place. */
  constructor(index: GazetteerIndex, aliases: readonly CityAlias[]) {
    this.#cities = index.cities;
    for (const c of index.countries) {
      this.#countries.set(c.code, { code: c.code, name: c.name, lat: c.lat, lon: c.lon });
      this.#countryCodes.set(c.code, c.code);
      this.#countryCodes.set(c.alpha3, c.code);
      for (const key of c.keys) if (!this.#countryNames.has(key)) this.#countryNames.set(key, c.code);
    }
    for (const r of index.regions) {
      const region: RegionEntry = { country: r.country, admin1: r.admin1, admin2: null, iso: r.iso[0] ?? null, name: r.name, lat: r.lat, lon: r.lon };
      this.#regions.set(r.code, region);
      const tokens = this.#regionTokens.get(r.country) ?? new Map<string, RegionEntry>();
      this.#regionTokens.set(r.country, tokens);
      for (const key of r.keys) {
        if (tokens.has(key)) continue;
        tokens.set(key, region);
        const everywhere = this.#regionsEverywhere.get(key);
        if (everywhere) everywhere.push(region); else this.#regionsEverywhere.set(key, [region]);
      }
    }
    this.#countyRows = index.counties;
    for (const a of aliases) this.#aliases.set(`${a.country}|${foldName(a.alias)}`, foldName(a.name));
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
    return city.density;
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
    this.#counties ??= this.#indexCounties();
    return this.#counties.get(`${region.country}.${region.admin1}`)?.get(foldName(written));
  }

  #indexCounties(): Map<string, Map<string, RegionEntry>> {
    const counties = new Map<string, Map<string, RegionEntry>>();
    for (const [country, admin1, admin2, name, lat, lon, key] of this.#countyRows) {
      const parent = this.#regions.get(`${country}.${admin1}`);
      if (!parent) continue;
      const county: RegionEntry = { country, admin1, admin2, iso: parent.iso, name, lat, lon };
      const tokens = counties.get(`${country}.${admin1}`) ?? new Map<string, RegionEntry>();
      counties.set(`${country}.${admin1}`, tokens);
      if (!tokens.has(key)) tokens.set(key, county);
    }
    return counties;
  }
}
