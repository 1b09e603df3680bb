import { existsSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";

/** The team's shared folder beside the project (absent in a user's fresh clone). */
export const SHARED = path.resolve(PROJECT_ROOT, "..", "shared");
export const REAL_DATA = path.join(SHARED, "data", "backend-engineer-jobs-us");
export const REFERENCE_NUMBERS = path.join(SHARED, "spec", "reference-figures.json");

/** True when the real dataset and reference numbers are present; says why not otherwise. */
export function haveShared(what: string): boolean {
  const ok = existsSync(path.join(REAL_DATA, "backend_engineer", "areas.csv")) && existsSync(REFERENCE_NUMBERS);
  if (!ok) console.warn(`skipping ${what}: ../shared/data/backend-engineer-jobs-us and ../shared/spec are not beside this checkout (they are only on the team's machines)`);
  return ok;
}
