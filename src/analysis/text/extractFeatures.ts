/**
 * What the text analyses need from one posting's description, extracted once
 * at ingest so the description itself need not be kept (a million rows of
 * text would not fit the memory budget).
 */
export interface DescriptionFeatures {
  /** Canonical names of the skills and tools the description mentions, each once, in vocabulary order. */
  readonly skills: readonly string[];
  /** Years of experience the description asks for (the smallest stated minimum), or null when it states none. */
  readonly years: number | null;
  /** Work-mode wording found in the description. */
  readonly mentionsRemote: boolean;
  readonly mentionsHybrid: boolean;
  readonly mentionsOnSite: boolean;
}

export const NO_FEATURES: DescriptionFeatures = Object.freeze({
  skills: Object.freeze([]) as readonly string[], years: null, mentionsRemote: false, mentionsHybrid: false, mentionsOnSite: false,
});

/**
 * Extracts {@link DescriptionFeatures} from a description (Markdown as JobSpy
 * writes it, pandas' backslash escapes already undone). Pure.
 * (Placeholder until the extraction rules land: finds nothing.)
 */
export function extractFeatures(description: string): DescriptionFeatures {
  return description.length === 0 ? NO_FEATURES : NO_FEATURES;
}
