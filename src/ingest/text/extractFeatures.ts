import { Scanner } from "./Scanner.ts";
import { stripMarkdownEscapes } from "./stripMarkdownEscapes.ts";
import { VOCABULARY } from "./vocabulary.ts";
import { HYBRID_WORDS, isNegated, ON_SITE_WORDS, REMOTE_WORDS } from "./workModeWords.ts";
import { experienceYears, YEARS_WORD } from "./yearsOfExperience.ts";

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
  /** Work-mode wording found in the description: remote ones only when not negated. */
  readonly mentionsRemote: boolean;
  readonly mentionsHybrid: boolean;
  readonly mentionsOnSite: boolean;
  /** The description says remote work is not possible ("no remote", "not a remote role", "remote work is not available"). */
  readonly deniesRemote: boolean;
}

export const NO_FEATURES: DescriptionFeatures = Object.freeze({
  skills: Object.freeze([]) as readonly string[], years: null,
  mentionsRemote: false, mentionsHybrid: false, mentionsOnSite: false, deniesRemote: false,
});

/**
 * The features of a row loaded without reading its description
 * (`loadDataset(..., { features: false })`, for the numbers command, which
 * counts none): reading any of them throws, so an analysis given such rows
 * fails loudly instead of finding no skills.
 */
export const NOT_EXTRACTED: DescriptionFeatures = Object.freeze(Object.defineProperties({}, Object.fromEntries(
  Object.keys(NO_FEATURES).map((key) => [key, { enumerable: true, get(): never {
    throw new Error(`description features were not extracted (the dataset was loaded with features: false), so ${key} is unknown`);
  } }]),
)) as DescriptionFeatures);

// Rule numbers in the scanner: the skills first, then these.
const REMOTE = VOCABULARY.length;
const HYBRID = REMOTE + 1;
const ON_SITE = REMOTE + 2;
const YEARS = REMOTE + 3;
// The skills found are kept as bits of two integers (see extractFeatures): room for 60 terms.
if (VOCABULARY.length > 60) throw new Error(`extractFeatures keeps at most 60 vocabulary terms as bits, and the vocabulary has ${VOCABULARY.length}`);
// Built on first use (about 30 ms): the numbers command reads no description and needs none.
let scanner: Scanner | null = null;
const SCANNER = () => (scanner ??= new Scanner([...VOCABULARY.map((s) => s.pattern), REMOTE_WORDS, HYBRID_WORDS, ON_SITE_WORDS, YEARS_WORD]));

/**
 * Extracts {@link DescriptionFeatures} from a description (Markdown as JobSpy
 * writes it, pandas' backslash escapes already undone). The Markdown escapes
 * are removed, then one regular expression built from every rule reads the
 * text once ({@link Scanner}); only its matches are looked at more closely
 * (negation of "remote", the context of a years phrase). Pure; returns
 * {@link NO_FEATURES} when nothing is found. Rules: vocabulary.ts,
 * yearsOfExperience.ts, workModeWords.ts; limits: README.md beside them.
 */
export function extractFeatures(description: string): DescriptionFeatures {
  if (description.length === 0) return NO_FEATURES;
  const text = stripMarkdownEscapes(description);
  // The skills found, as bits of two small integers (terms 0-29, 30-59): no per-row array, and the key below is two numbers.
  let low = 0;
  let high = 0;
  let years: number | null = null;
  let mentionsRemote = false;
  let mentionsHybrid = false;
  let mentionsOnSite = false;
  let deniesRemote = false;

  SCANNER().scan(text, (rule, start, end) => {
    if (rule < REMOTE) {
      if (rule < 30) low |= 1 << rule;
      else high |= 1 << (rule - 30);
    } else if (rule === REMOTE) {
      if (mentionsRemote && deniesRemote) return;
      if (isNegated(text, start, end)) deniesRemote = true;
      else mentionsRemote = true;
    } else if (rule === HYBRID) {
      mentionsHybrid = true;
    } else if (rule === ON_SITE) {
      mentionsOnSite = true;
    } else if (rule === YEARS) {
      const y = experienceYears(text, start, end, years ?? Infinity);
      if (y !== null) years = y;
    }
  });

  const noSkill = low === 0 && high === 0;
  if (noSkill && years === null && !mentionsRemote && !mentionsHybrid && !mentionsOnSite && !deniesRemote) return NO_FEATURES;
  // Rows with the same findings share one frozen object: a million rows hold a few thousand combinations,
  // not a million objects and skill lists (about 130 bytes a row).
  const key = `${years ?? ""}${mentionsRemote ? "r" : ""}${mentionsHybrid ? "h" : ""}${mentionsOnSite ? "o" : ""}${deniesRemote ? "d" : ""}:${low}:${high}`;
  const known = SHARED.get(key);
  if (known !== undefined) return known;
  // Names are the vocabulary's own strings (no per-row copies); an empty list is NO_FEATURES' shared one.
  const skills: string[] = [];
  for (let i = 0; i < VOCABULARY.length; i++) if (((i < 30 ? low >> i : high >> (i - 30)) & 1) === 1) skills.push(VOCABULARY[i]!.name);
  const features: DescriptionFeatures = Object.freeze({
    skills: noSkill ? NO_FEATURES.skills : Object.freeze(skills), years, mentionsRemote, mentionsHybrid, mentionsOnSite, deniesRemote,
  });
  // Bounded: beyond this many combinations, rows keep their own objects (still right, only larger).
  if (SHARED.size < 100_000) SHARED.set(key, features);
  return features;
}

/** The feature combinations found so far, by a key of their values (see {@link extractFeatures}). */
const SHARED = new Map<string, DescriptionFeatures>();
