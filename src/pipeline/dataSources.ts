import path from "node:path";
import { fileURLToPath } from "node:url";

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

/** Today's date (UTC, YYYY-MM-DD): dates after it are reported as in the future. */
export function today(env: Record<string, string | undefined> = process.env): string {
  return env["JOBS_TODAY"] ?? new Date().toISOString().slice(0, 10);
}
