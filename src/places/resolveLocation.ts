import { foldName } from "./foldName.ts";
import { nameVariants } from "./nameVariants.ts";
import { notAPlaceReason } from "./notAPlaceReason.ts";
import type { Place, Placement } from "./Place.ts";
import { placeLabel } from "./placeLabel.ts";
import { splitLocation } from "./splitLocation.ts";
import type { CityEntry, RegionEntry, WorldGazetteer } from "./WorldGazetteer.ts";

/** What the rest of the dataset says, for strings that do not say it themselves. */
export interface PlaceContext {
  /** ISO-2 code of the country most postings name (their location says it); resolves "Oakville". */
  readonly dominantCountry: string | null;
  /** Postings per country, and per region ("CA.08"), among rows whose location names them. */
  readonly countryWeights: ReadonlyMap<string, number>;
  readonly regionWeights: ReadonlyMap<string, number>;
}

/** No context: each string on its own. */
export const NO_CONTEXT: PlaceContext = { dominantCountry: null, countryWeights: new Map(), regionWeights: new Map() };

interface Reading {
  readonly place: Place;
  /** How well the string fits this reading (see README, "Choosing a reading"). */
  readonly score: number;
  readonly notes: string[];
  readonly ambiguous: boolean;
  readonly missing?: string;
  /** The country came from the string (not from the dataset). */
  readonly countryWritten: boolean;
}

/**
 * Reads one JobSpy `location` as a place: "Toronto, ON, CA", "Manchester,
 * ENG, GB", "Rotterdam, South Holland, Netherlands", "Austin, TX", "Pune,
 * India", "KA, IN", "Dubai · UAE", "Oakville" (country from `context`),
 * "Nederland". Every reading of the parts (is "IN" India or Indiana?) is
 * tried and the best kept; see src/places/README.md for the rules.
 */
export function resolveLocation(location: string | null, gazetteer: WorldGazetteer, context: PlaceContext = NO_CONTEXT): Placement {
  if (location === null || location.trim() === "") return { status: "not-a-place", reason: "no location given" };
  const whole = notAPlaceReason(location);
  if (whole) return { status: "not-a-place", reason: whole };
  const { parts: allParts } = splitLocation(location);
  const parts = allParts.filter((p) => notAPlaceReason(p) === null);
  if (parts.length === 0) return { status: "not-a-place", reason: notAPlaceReason(allParts[0] ?? "") ?? "no location given" };

  const readings = readingsOf(parts, new Lookup(gazetteer, context));
  const best = pick(readings, context);
  if (!best) return { status: "unplaced", reason: unplacedReason(parts, gazetteer) };
  return { status: "placed", place: best.place, notes: best.notes, ambiguous: best.ambiguous, missing: best.missing ?? null };
}

/** Whether a reading's country came from the string itself (used to weigh the dataset's countries). */
export function countryWasWritten(location: string | null, gazetteer: WorldGazetteer): boolean {
  if (location === null) return false;
  const parts = splitLocation(location).parts.filter((p) => notAPlaceReason(p) === null);
  const best = pick(readingsOf(parts, new Lookup(gazetteer, NO_CONTEXT)), NO_CONTEXT);
  return best?.countryWritten ?? false;
}

function pick(readings: readonly Reading[], context: PlaceContext): Reading | undefined {
  let best: Reading | undefined;
  for (const r of readings) {
    if (!best || r.score > best.score || (r.score === best.score && preference(r, context) > preference(best, context))) best = r;
  }
  return best;
}

function preference(r: Reading, context: PlaceContext): number {
  if (r.place.country === context.dominantCountry) return 3;
  const w = context.countryWeights.get(r.place.country) ?? 0;
  if (w > 0) return 2 + w / (1 + w);
  return r.place.country === "US" ? 1 : 0;
}

function readingsOf(parts: readonly string[], at: Lookup): Reading[] {
  const readings: Reading[] = [];
  const n = parts.length;
  const last = parts[n - 1]!;
  if (n >= 3) {
    const country = at.gazetteer.countryOf(last);
    if (country) readings.push(...at.cityInRegion(parts[0]!, parts[n - 2]!, country, true));
    // "City, Region, Region" or Naukri's several cities: the first part, anywhere the middle ones allow.
    if (readings.length === 0) readings.push(...readingsOf(parts.slice(0, 2), at), ...at.single(parts[0]!, null));
    return readings;
  }
  if (n === 2) {
    const [a, b] = parts as [string, string];
    const country = at.gazetteer.countryOf(b);
    if (country) readings.push(...at.single(a, country));
    for (const region of at.regionsAnywhere(b)) readings.push(...at.cityInRegion(a, region, region.country, false));
    if (readings.length === 0) readings.push(...at.single(a, null));
    return readings;
  }
  const country = at.gazetteer.countryOf(last);
  if (country) readings.push(at.countryLevel(country, last, true, 2.5));
  readings.push(...at.single(last, null));
  return readings;
}

const REGION_QUALIFIERS = [/^(?:state|province|provincia|estado|region|county|prefecture|emirate) of /, / (?:metropolitan area|metro area|area|state|province|region)$/];

class Lookup {
  readonly gazetteer: WorldGazetteer;
  readonly context: PlaceContext;
  constructor(gazetteer: WorldGazetteer, context: PlaceContext) {
    this.gazetteer = gazetteer;
    this.context = context;
  }

  /** Regions in any country written as `text` ("ON", "England", "South Carolina Metropolitan Area"). */
  regionsAnywhere(text: string): readonly RegionEntry[] {
    const direct = this.gazetteer.regionsAnywhere(text);
    if (direct.length > 0) return direct;
    for (const stripped of strippedRegion(text)) {
      const found = this.gazetteer.regionsAnywhere(stripped);
      if (found.length > 0) return found;
    }
    return [];
  }

  region(country: string, text: string): RegionEntry | undefined {
    return this.gazetteer.regionOf(country, text) ?? strippedRegion(text).map((t) => this.gazetteer.regionOf(country, t)).find((r) => r !== undefined);
  }

  /** Gazetteer places a city part may name, trying the spelling variants in order; `readAs` says which matched. */
  cities(text: string, countries: readonly string[] | null): { found: CityEntry[]; readAs: string | null } {
    const folded = foldName(text);
    for (const key of nameVariants(folded)) {
      const keys = [key, ...(countries ?? [...this.context.countryWeights.keys()]).flatMap((c) => {
        const alias = this.gazetteer.alias(c, key);
        return alias ? [alias] : [];
      })];
      for (const k of keys) {
        const all = this.gazetteer.citiesNamed(k);
        const found = countries ? all.filter((c) => countries.includes(c.country)) : [...all];
        if (found.length > 0) return { found, readAs: k === folded ? null : k };
      }
    }
    return { found: [], readAs: null };
  }

  /** "City, Region[, Country]": the city in the region, else in the country, else the region alone. */
  cityInRegion(cityText: string, regionOrText: RegionEntry | string, country: string, countryWritten: boolean): Reading[] {
    const region = typeof regionOrText === "string" ? this.region(country, regionOrText) : regionOrText;
    if (region) {
      const county = /\b(?:county|parish|borough)$/i.test(cityText.trim()) ? this.gazetteer.countyOf(region, cityText) : undefined;
      if (county) return [this.regionLevel(county, true, 2.8, [])];
    }
    const { found, readAs } = this.cities(cityText, [country]);
    const notes = readAs ? [`read as ${titleCase(readAs)}`] : [];
    if (region) {
      const inRegion = found.filter((c) => c.admin1 === region.admin1);
      if (inRegion.length > 0) return [this.cityLevel(inRegion, 3, notes, true)];
    }
    // A region that does not hold the city wins over a city of that name elsewhere ("Gainesville, MS" is
    // Mississippi, not Gainesville, FL); a region that is no region leaves the city ("Bengaluru, Hyderabad, India").
    if (found.length > 0 && !region) return [this.cityLevel(found, 2.6, notes, countryWritten)];
    if (region) return [{ ...this.regionLevel(region, true, 1.5, [`"${cityText}" is not in the gazetteer: placed at ${region.name}`]), missing: cityText }];
    if (!countryWritten) return [];
    return [this.countryLevel(country, cityText, true, 0.5)];
  }

  /** One part with a known country ("Pune, India", "Colorado, United States") or none (Glassdoor's "Oakville"). */
  single(text: string, country: string | null): Reading[] {
    if (country) {
      const region = this.region(country, text);
      const { found, readAs } = this.cities(text, [country]);
      const notes = readAs ? [`read as ${titleCase(readAs)}`] : [];
      // A region named like a city in it is the city ("Delhi, India", "Dubai, UAE"), except LinkedIn's US states ("New York, United States").
      if (region && (country === "US" || !found.some((c) => c.admin1 === region.admin1))) return [this.regionLevel(region, true, 2.5, [])];
      if (found.length > 0) return [this.cityLevel(found, 2.5, notes, true)];
      return [this.countryLevel(country, text, true, 0.5)];
    }
    const readings: Reading[] = [];
    const dominant = this.context.dominantCountry;
    const datasetCountries = [...this.context.countryWeights.keys()];
    if (dominant) {
      const region = this.region(dominant, text);
      const { found, readAs } = this.cities(text, [dominant]);
      if (region && !found.some((c) => c.admin1 === region.admin1)) {
        readings.push(this.regionLevel(region, false, 1.6, [`country taken from the dataset's dominant country (${dominant})`]));
      } else if (found.length > 0) {
        const elsewhere = datasetCountries.filter((c) => c !== dominant && this.cities(text, [c]).found.length > 0);
        const notes = [`country taken from the dataset's dominant country (${dominant})`, ...(readAs ? [`read as ${titleCase(readAs)}`] : [])];
        if (elsewhere.length > 0) notes.push(`also a place in ${elsewhere.join(", ")}`);
        const reading = this.cityLevel(found, 1.8, notes, false);
        readings.push(elsewhere.length > 0 ? { ...reading, ambiguous: true } : reading);
      }
    }
    if (readings.length > 0) return readings;
    const others = datasetCountries.filter((c) => c !== dominant);
    if (others.length > 0) {
      const { found } = this.cities(text, others);
      if (found.length > 0) {
        const best = others.filter((c) => found.some((f) => f.country === c)).sort((a, b) => (this.context.countryWeights.get(b) ?? 0) - (this.context.countryWeights.get(a) ?? 0))[0]!;
        return [this.cityLevel(found.filter((f) => f.country === best), 1.7, [`country taken from the dataset's postings in ${best}`], false)];
      }
    }
    const { found } = this.cities(text, null);
    // A region's name alone ("England", "Ontario"), unless a sizeable place has that name too ("Portland").
    const regions = /^[A-Z0-9]{1,3}$/.test(text.trim()) ? [] : this.regionsAnywhere(text);
    if (regions.length === 1 && found.every((c) => this.gazetteer.density(c) < SIZEABLE)) return [this.regionLevel(regions[0]!, true, 1.4, [])];
    const countries = [...new Set(found.map((c) => c.country))];
    if (countries.length === 1) {
      return [this.cityLevel(found, 1.2, [`the only country with a place of this name (${countries[0]})`], false)];
    }
    return [];
  }

  cityLevel(found: readonly CityEntry[], score: number, notes: string[], countryWritten: boolean): Reading {
    const byRegion = new Map<string, CityEntry>();
    for (const c of found) if (!byRegion.has(`${c.country}.${c.admin1}`)) byRegion.set(`${c.country}.${c.admin1}`, c);
    let city = found[0]!;
    let ambiguous = false;
    if (byRegion.size > 1) {
      // Same name in several regions: the region with most postings in the dataset, else the most built-up place.
      const weighed = [...byRegion.entries()].map(([key, c]) => ({ c, w: this.context.regionWeights.get(key) ?? 0, d: this.gazetteer.density(c) }));
      const top = weighed.reduce((a, b) => (b.w > a.w || (b.w === a.w && b.d > a.d) ? b : a));
      city = top.c;
      ambiguous = true;
      const regionName = this.gazetteer.regionOfCity(city)?.name ?? city.admin1;
      notes = [...notes, `${byRegion.size} places named ${city.name}${new Set(found.map((c) => c.country)).size === 1 ? ` in ${city.country}` : ""}: took the one in ${regionName}${top.w > 0 ? " (most postings there)" : " (the most built-up)"}`];
    }
    const region = this.gazetteer.regionOfCity(city);
    const country = this.gazetteer.country(city.country);
    const fields = {
      level: "city" as const, city: city.name, region: region?.iso ?? (city.admin1 || null), regionName: region?.name ?? null,
      country: city.country, countryName: country?.name ?? city.country,
    };
    const place: Place = { key: `city:${city.country}.${city.admin1}:${city.name}`, ...fields, lat: city.lat, lon: city.lon, label: placeLabel(fields) };
    return { place, score, notes, ambiguous, countryWritten };
  }

  regionLevel(region: RegionEntry, countryWritten: boolean, score: number, notes: string[]): Reading {
    const county = region.admin2 !== null;
    const fields = {
      level: "region" as const, city: null, region: region.iso ?? region.admin1, regionName: region.name,
      country: region.country, countryName: this.countryName(region.country), county,
    };
    const { county: _county, ...placeFields } = fields;
    const place: Place = {
      key: `region:${region.country}.${region.admin1}${county ? `.${region.admin2}` : ""}`, ...placeFields,
      lat: region.lat, lon: region.lon, label: placeLabel(fields),
    };
    return { place, score, notes, ambiguous: false, countryWritten };
  }

  countryLevel(code: string, written: string, countryWritten: boolean, score: number): Reading {
    const country = this.gazetteer.country(code)!;
    const notes = score < 1 ? [`"${written}" is not in the gazetteer: placed at ${country.name}`] : [];
    // A city-state's name is its city ("Singapore", "Luxembourg").
    if (score >= 1) {
      const city = this.gazetteer.citiesNamed(foldName(country.name)).filter((c) => c.country === code);
      if (city.length > 0) return this.cityLevel(city, score, [], countryWritten);
    }
    const fields = { level: "country" as const, city: null, region: null, regionName: null, country: code, countryName: country.name };
    const place = { key: `country:${code}`, ...fields, lat: country.lat, lon: country.lon, label: placeLabel(fields) };
    return { place, score, notes, ambiguous: false, countryWritten, ...(score < 1 ? { missing: written } : {}) };
  }

  countryName(code: string): string {
    return this.gazetteer.country(code)?.name ?? code;
  }
}

// Gazetteer places within about 40 km (see WorldGazetteer.density) above which a place is a town of some size.
const SIZEABLE = 30;

function strippedRegion(text: string): string[] {
  const folded = foldName(text);
  const out: string[] = [];
  for (const q of REGION_QUALIFIERS) {
    const s = folded.replace(q, "");
    if (s !== folded && s !== "") out.push(s);
  }
  return out;
}

function titleCase(folded: string): string {
  return folded.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

function unplacedReason(parts: readonly string[], gazetteer: WorldGazetteer): string {
  const found = gazetteer.citiesNamed(foldName(parts[0]!));
  const countries = [...new Set(found.map((c) => c.country))];
  if (countries.length > 1) return `ambiguous: places named "${parts[0]}" in ${countries.length} countries (${countries.slice(0, 5).join(", ")}${countries.length > 5 ? ", ..." : ""}) and the data names none of them`;
  return `"${parts.join(", ")}" is not in the gazetteer`;
}
