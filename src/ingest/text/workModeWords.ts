/**
 * Remote wording: "remote", "remotely", "work from home", "WFH",
 * "telework"/"telecommute". Not "remote sensing", "remote access",
 * "remote monitoring" and the like, which are about technology.
 * (LinkedIn's `is_remote`, as JobSpy fills it, is a plain substring test
 * for "remote", "work from home" and "wfh" over title, description and
 * location: these words, negated or not.)
 */
export const REMOTE_WORDS =
  /\bremote(?:ly)?\b(?!\s+(?:sensing|monitoring|access|support|control|devices?|patients?|desktops?|servers?|debugging|diagnostics|connectivity|procedures?|execution|management|sites?|locations?|areas?)\b)|\bwork(?:ing)? from home\b|\bWFH\b|\btele(?:work|commut)\w*/i;

/**
 * Hybrid wording, not "hybrid cloud", "hybrid environments" (plural: nearly
 * always infrastructure), "hybrid search" and other technology.
 */
export const HYBRID_WORDS =
  /\bhybrid\b(?![- ](?:cloud|multi-?cloud|environments|infrastructure|search|identity|apps?|applications|mobile|architectures?|approach of|deployments?|compute|storage|network(?:s|ing)?)\b)/i;

/**
 * On-site wording: "on-site", "onsite", "on site", "in-office", "in office";
 * not perks or steps of the hiring process ("onsite gym", "on-site
 * interview", "in-office snacks") and not "on Site Reliability".
 */
export const ON_SITE_WORDS =
  /\b(?:on[- ]?site|in[- ]office)\b(?!\s+(?:fitness|gyms?|wellness|health|cafeterias?|caf[eé]s?|dining|meals?|lunch(?:es)?|child ?care|daycare|parking|amenities|clinics?|interviews?|round|perks?|snacks|reliability|training)\b)/i;

// "no remote", "not a remote role", "non-remote", "not fully remote", "do not offer remote", "NOT remote".
const NEGATED_BEFORE = /\b(?:no|not|non|never|cannot|can['’]t|won['’]t)\b[- ]?(?:[\w%'’]+[ -]){0,2}$/i;
// "Remote work is not available", "... is not an option", "... will not be considered".
const NEGATED_AFTER = /^[^.!?\n;]{0,50}?\b(?:(?:is|are|will)\s+not\b|not\s+(?:available|an option|possible|permitted|allowed|offered|supported|considered|eligible)\b|isn['’]t\b|no longer\b)/i;

/**
 * Whether the remote word at `start`..`end` of `text` is negated within its
 * sentence: a "no"/"not"/"non" at most two words before it, or "is not",
 * "not available", "not an option" and the like after it. A simple rule: it
 * misses negations further away ("we are unable to consider candidates
 * who want to work remotely") and double negatives.
 */
export function isNegated(text: string, start: number, end: number): boolean {
  let from = Math.max(0, start - 40);
  const before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf("."), before.lastIndexOf("\n"), before.lastIndexOf("!"), before.lastIndexOf("?"));
  from = cut >= 0 ? cut + 1 : 0;
  return NEGATED_BEFORE.test(before.slice(from)) || NEGATED_AFTER.test(text.slice(end, end + 60));
}
