import type { AnalysisData, AnalysisName } from "../analysis/registry.ts";
import type { MapPlace, PlacesFile } from "../places/PlacesFile.ts";
import type { QualityFile } from "../pipeline/outputs.ts";
import { nearest } from "../lib/nearest.ts";
import { countryInText } from "./datasetPhrase.ts";
import { AbsentValue, resolvePath } from "./resolvePath.ts";
import { sourcesFile } from "./sources.ts";

import { analyses } from "../analysis/registry.ts";

const registeredNames = Object.keys(analyses);

// Precompute's JSON, bundled at build; the dev server reloads when it changes. The types are
// the contract precompute writes by (src/pipeline/outputs.ts); an analysis is typed by its
// name below (AnalysisData).
const analysisFiles = import.meta.glob<unknown>("../generated/analyses/*.json", { eager: true, import: "default" });
const placesFile = import.meta.glob<PlacesFile>("../generated/places.json", { eager: true, import: "default" });
const qualityFiles = import.meta.glob<QualityFile>("../generated/quality/*.json", { eager: true, import: "default" });

/** Names of the analyses precompute wrote (a dataset that is not configured has none). */
export function availableAnalyses(): string[] {
  return Object.keys(analysisFiles).map((f) => f.replace(/^.*\/(.*)\.json$/, "$1")).sort();
}

/** Is this a registered analysis that precompute wrote? */
export function hasAnalysis(name: string): name is AnalysisName {
  return Object.hasOwn(analysisFiles, `../generated/analyses/${name}.json`);
}

/**
 * The precomputed result of a registered analysis, typed by the registry.
 * Throws, naming the known analyses, when the name is unknown or was not
 * computed (run `npm run precompute`).
 */
export function analysis<N extends AnalysisName>(name: N): AnalysisData<N> {
  const data = analysisFiles[`../generated/analyses/${name}.json`];
  if (data === undefined) {
    throw new Error(`unknown analysis "${name}": precompute wrote ${availableAnalyses().join(", ") || "nothing (run npm run precompute)"}`);
  }
  return data as AnalysisData<N>;
}

/**
 * Why an analysis has or lacks data in this build: `ok` (precompute wrote it),
 * `not-configured` (registered, but its dataset was not given to this build,
 * e.g. no DS_DATA: its statements are left out), `not-written` (its dataset is
 * configured but the JSON is missing: precompute failed or was not run, an
 * error) or `unregistered` (not in src/analysis/registry.ts: a typo).
 */
export function analysisState(name: string): "ok" | "not-configured" | "not-written" | "unregistered" {
  if (hasAnalysis(name)) return "ok";
  if (!Object.hasOwn(analyses, name)) return "unregistered";
  const dataset = analyses[name as AnalysisName].dataset;
  return sourcesFile().datasets[dataset]?.source ? "not-written" : "not-configured";
}

/** Analyses of a dataset that this build was not given (e.g. no DS_DATA): their statements are left out. */
export function isKnownButAbsent(name: string): boolean {
  return analysisState(name) === "not-configured";
}

/**
 * A value inside an analysis by path (see resolvePath), with the analysis
 * named in errors; `undefined` when the data lacks it (a dataset this build
 * was not given, a null, a shorter list, a selector no item matches), so the
 * component can leave the statement out or say so. A misspelt analysis or
 * field throws, and so does an analysis whose dataset is configured but whose
 * JSON precompute did not write.
 */
export function analysisValue(name: string, path: string): unknown {
  const state = analysisState(name);
  if (state === "not-configured") return undefined;
  if (state === "unregistered") {
    const guess = nearest(name, registeredNames);
    throw new Error(`unknown analysis "${name}"${guess ? ` (did you mean ${guess}?)` : ""}: registered in src/analysis/registry.ts are ${registeredNames.join(", ")}`);
  }
  if (state === "not-written") {
    throw new Error(`analysis "${name}" is registered and its dataset "${analyses[name as AnalysisName].dataset}" is configured, but src/generated/analyses/${name}.json is missing: run npm run precompute (its messages say what failed)`);
  }
  try {
    // A null at the end of the path is "this data has nothing there" too (e.g. a finding whose rule does not hold).
    const value = resolvePath(analysis(name as AnalysisName), path);
    return value === null ? undefined : value;
  } catch (error) {
    if (error instanceof AbsentValue) return undefined;
    throw new Error(`analysis "${name}", path ${(error as Error).message}`, { cause: error });
  }
}

/** The gazetteer entries of the areas in the data, and areas it lacks. */
export function places(): { byArea: Map<string, MapPlace>; unknownAreas: readonly string[]; file: PlacesFile | undefined } {
  const file = Object.values(placesFile)[0];
  return { byArea: new Map((file?.places ?? []).map((p) => [p.area, p])), unknownAreas: file?.unknownAreas ?? [], file };
}

/** The label a reader sees for an area: the gazetteer's ("Seattle, WA"), else the area as written. */
export function areaLabel(area: string): string {
  return places().byArea.get(area)?.label ?? area;
}

/**
 * An area as it reads inside a sentence's list: its label, except that an area which is a
 * whole country (a posting that gives only "United States") reads "the United States as a
 * whole", so that "postings gather in Denver, CO (2) and the United States as a whole (1)"
 * does not read as if the country were one more city.
 */
export function areaInProse(area: string): string {
  const place = places().byArea.get(area);
  if (place?.level !== "country") return place?.label ?? area;
  return `${countryInText({ country: place.country, name: place.countryName || place.label })} as a whole`;
}

/** The data-quality report of a dataset, as precompute wrote it. */
export function qualityReport(dataset: string): QualityFile | undefined {
  return qualityFiles[`../generated/quality/${dataset}.json`];
}

/** Names of the datasets precompute wrote a quality report for (the datasets this build has). */
export function availableQualityReports(): string[] {
  return Object.keys(qualityFiles).map((f) => f.replace(/^.*\/(.*)\.json$/, "$1")).sort();
}

/**
 * The currency a `money` figure of this analysis is written in when the post names none:
 * the analysis' own `currency` field (every pay analysis carries the currency of its
 * figures, src/analysis/payBasis.ts), so pay reads in the data's currency. undefined when
 * the analysis has none or this build lacks it.
 */
export function analysisCurrency(name: string): string | undefined {
  const value = isKnownButAbsent(name) ? undefined : (analysis(name as AnalysisName) as { currency?: unknown } | unknown[] | null);
  const currency = value !== null && typeof value === "object" && !Array.isArray(value) ? value.currency : undefined;
  return typeof currency === "string" ? currency : undefined;
}
