import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PlaceTables } from "../places/runPlaces.ts";
import { DATASETS } from "../site/siteConfig.ts";
import { metadataEnvOf } from "../metadata/readDatasetMetadata.ts";

/** The project's root folder (where package.json is). */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The bundled synthetic sample of the project at `root`. */
function sampleOf(root: string) {
  return {
    jobs: path.join(root, "data", "backend"),
    ds: path.join(root, "data", "data-scientist"),
    places: {
      corrections: path.join(root, "data", "place-corrections.csv"),
      aliases: path.join(root, "data", "city-aliases.csv"),
    },
  } as const;
}

/** The bundled synthetic sample, used when no other data is named. */
export const SAMPLE = sampleOf(PROJECT_ROOT);

/**
 * The place tables of a run: PLACE_CORRECTIONS and CITY_ALIASES when set,
 * else the project's own (`root`'s, another checkout's in tests).
 */
export function resolvePlaces(env: Record<string, string | undefined> = process.env, root: string = PROJECT_ROOT): PlaceTables {
  const sample = root === PROJECT_ROOT ? SAMPLE : sampleOf(root);
  return {
    corrections: path.resolve(env["PLACE_CORRECTIONS"] ?? sample.places.corrections),
    aliases: path.resolve(env["CITY_ALIASES"] ?? sample.places.aliases),
  };
}

/** Where one configured dataset comes from in this run; null when it is left out. */
export interface DatasetSource {
  readonly name: string;
  readonly source: string | null;
  /** Its metadata file when named by `<NAME>_METADATA` (JOBS_METADATA, DS_METADATA); else the one beside the data, if any. */
  readonly metadata?: string | null;
}

/**
 * Resolves every configured dataset (src/site/config.ts): from its
 * environment variable when set; when no dataset variable is set at all,
 * from the bundled sample; otherwise an optional dataset without its
 * variable is left out rather than mixing someone's data with the sample.
 */
export function resolveDatasets(env: Record<string, string | undefined> = process.env, root: string = PROJECT_ROOT): DatasetSource[] {
  const anySet = DATASETS.some((d) => env[d.env] !== undefined && env[d.env] !== "");
  return DATASETS.map((d) => {
    const given = env[d.env];
    const named = env[metadataEnvOf(d.env)];
    const metadata = named ? path.resolve(named) : null;
    if (given) return { name: d.name, source: path.resolve(given), metadata };
    if (!anySet || d.required) return { name: d.name, source: path.join(root, d.sample), metadata };
    return { name: d.name, source: null, metadata: null };
  });
}

/**
 * The as-of date pinned by `JOBS_TODAY` (YYYY-MM-DD), or undefined. No clock
 * is read: unpinned, each dataset's as-of date comes from its metadata or its
 * rows (see src/ingest/asOf.ts), so the same data builds the same site on any
 * day. Dates after it are counted as future-date.
 */
export function today(env: Record<string, string | undefined> = process.env): string | undefined {
  return env["JOBS_TODAY"] || undefined;
}
