import path from "node:path";
import { fileURLToPath } from "node:url";
import { DATASETS } from "./datasets.ts";

/** The project's root folder (where package.json is). */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The bundled synthetic sample, used when no other data is named. */
export const SAMPLE = {
  jobs: path.join(PROJECT_ROOT, "data", "backend"),
  ds: path.join(PROJECT_ROOT, "data", "data-scientist"),
  gazetteer: path.join(PROJECT_ROOT, "data", "areas-gazetteer.csv"),
} as const;

/** Where the datasets come from: CLI flags first, then JOBS_DATA / DS_DATA, then the sample. */
export interface DataSources {
  readonly jobs: string;
  /** null when the jobs data was named but the data-scientist set was not. */
  readonly ds: string | null;
  readonly gazetteer: string;
}

/**
 * Resolves the inputs. Naming only the jobs data leaves the data-scientist
 * set out rather than mixing someone's data with the sample.
 */
export function resolveSources(
  flags: { jobs?: string | undefined; ds?: string | undefined },
  env: Record<string, string | undefined> = process.env,
): DataSources {
  const jobs = flags.jobs ?? env["JOBS_DATA"];
  const ds = flags.ds ?? env["DS_DATA"];
  const gazetteer = env["AREAS_GAZETTEER"] ?? SAMPLE.gazetteer;
  if (jobs === undefined && ds === undefined) return { ...SAMPLE, gazetteer };
  return {
    jobs: path.resolve(jobs ?? SAMPLE.jobs),
    ds: ds === undefined ? null : path.resolve(ds),
    gazetteer: path.resolve(gazetteer),
  };
}

/** Where one configured dataset comes from in this run; null when it is left out. */
export interface DatasetSource {
  readonly name: string;
  readonly source: string | null;
}

/**
 * Resolves every configured dataset (src/pipeline/datasets.ts): from its
 * environment variable when set; when no dataset variable is set at all,
 * from the bundled sample; otherwise an optional dataset without its
 * variable is left out rather than mixing someone's data with the sample.
 */
export function resolveDatasets(env: Record<string, string | undefined> = process.env): DatasetSource[] {
  const anySet = DATASETS.some((d) => env[d.env] !== undefined && env[d.env] !== "");
  return DATASETS.map((d) => {
    const given = env[d.env];
    if (given) return { name: d.name, source: path.resolve(given) };
    if (!anySet || d.required) return { name: d.name, source: path.join(PROJECT_ROOT, d.sample) };
    return { name: d.name, source: null };
  });
}

/** Today's date (UTC, YYYY-MM-DD): dates after it are reported as in the future. */
export function today(env: Record<string, string | undefined> = process.env): string {
  return env["JOBS_TODAY"] ?? new Date().toISOString().slice(0, 10);
}
