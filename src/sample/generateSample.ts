import { assignCompaniesAndIndustries } from "./assignCompaniesAndIndustries.ts";
import { assignJobDetails } from "./assignJobDetails.ts";
import { assignLevelsAndCompanies } from "./assignLevelsAndCompanies.ts";
import { assignPlacesAndDates } from "./assignPlacesAndDates.ts";
import { assignRemote } from "./assignRemote.ts";
import { assignSalaries } from "./assignSalaries.ts";
import { assignTextFeatures } from "./assignTextFeatures.ts";
import { buildFiles } from "./buildFiles.ts";
import { CALIBRATION, type Calibration } from "./Calibration.ts";
import { checkTargets } from "./checkTargets.ts";
import { planDrafts } from "./planDrafts.ts";
import { createRandom } from "./random.ts";
import { sampleMetadata } from "./sampleMetadata.ts";

/** The seed `npm run generate-sample` uses unless given `--seed`. */
export const DEFAULT_SEED = 20251121;

/**
 * Generates the whole synthetic sample in memory: for each dataset
 * (backend, data-scientist) its `areas.csv` manifest, per-area JobSpy
 * files and `dataset.json` metadata (saying the postings are synthetic),
 * keyed by path relative to the output folder (`backend/jobs_AL.csv`).
 * Pure: the same seed and calibration give byte-identical files; nothing is
 * read from disk or the clock. Throws if the drafts miss a calibrated target.
 */
export function generateSample(seed: number = DEFAULT_SEED, calibration: Calibration = CALIBRATION): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, target] of Object.entries(calibration.datasets)) {
    // Separate streams: editing the text templates leaves the figures' draws untouched.
    const plan = createRandom(mix(seed, `${name}:plan`));
    const words = createRandom(mix(seed, `${name}:text`));
    const drafts = planDrafts(target);
    assignLevelsAndCompanies(drafts, target, plan);
    assignCompaniesAndIndustries(drafts, target, plan);
    assignRemote(drafts, target, plan);
    assignJobDetails(drafts, target, plan);
    assignSalaries(drafts, target, plan);
    assignPlacesAndDates(drafts, target, plan);
    checkTargets(drafts, target);
    assignTextFeatures(drafts, target, calibration.text, words);
    for (const [file, content] of buildFiles(drafts, target, words)) files.set(`${target.folder}/${file}`, content);
    files.set(`${target.folder}/dataset.json`, JSON.stringify(sampleMetadata(target, seed), null, 2) + "\n");
  }
  return files;
}

/** Folds a label into a seed (FNV-1a over the label, then the seed). */
function mix(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (const ch of label) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return Math.imul(h ^ (seed >>> 16), 0x85ebca6b) >>> 0;
}
