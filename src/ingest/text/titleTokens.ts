/** Words too common to say anything about a title. */
const STOP_WORDS = new Set(["and", "or", "of", "the", "for", "in", "to", "a", "an", "with", "at", "on", "&"]);

// A word: letters and digits, with the symbols of C++, C#, .NET, Node.js, A.I. kept inside it.
const WORD = /\.?[A-Za-z0-9][A-Za-z0-9+#]*(?:\.[A-Za-z0-9+#]+)*/g;

/**
 * The words of a job title, each once, in order: split at spaces and
 * punctuation (a hyphen splits: "Full-Stack" is "Full" and "Stack"), with
 * "C++", "C#", ".NET", "Node.js" kept whole; without stop words ("of",
 * "and"...) and numbers of three digits or more (years, requisition ids).
 * Spelling as written; callers compare in lower case.
 */
export function titleWords(title: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const [word] of title.matchAll(WORD)) {
    const key = word.toLowerCase();
    if (STOP_WORDS.has(key) || /^\d{3,}$/.test(word) || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return words;
}

/** Seniority markers, from the bottom of the ladder to the top. */
export const SENIORITY_MARKERS = [
  "Intern", "Entry", "Junior", "Associate", "I", "II", "III", "IV", "V", "Senior", "Lead", "Staff", "Principal",
] as const;

export type SeniorityMarker = (typeof SENIORITY_MARKERS)[number];

const WORD_MARKERS: readonly (readonly [SeniorityMarker, RegExp])[] = [
  ["Intern", /\b(?:Intern|Internship|Co-?op)\b/i],
  ["Entry", /\bEntry\b/i],
  ["Junior", /\b(?:Junior|Jr)\b/i],
  ["Associate", /\bAssociate\b/i],
  ["Senior", /\b(?:Senior|Sr)\b/i],
  ["Lead", /\bLead\b/i],
  ["Staff", /\bStaff\b/i],
  ["Principal", /\bPrincipal\b/i],
];
const ROMAN = ["I", "II", "III", "IV", "V"] as const;
// Capitals only, standing alone: not the I of "A.I." or "I.T.", which a period touches.
const ROMAN_NUMERAL = /(?<![\w.])(I{1,3}|IV|V)(?![\w.])/g;
// "Engineer 2", "Developer 3", "Level 4": a digit level after a role word.
const DIGIT_LEVEL = /\b(?:Engineer|Developer|Programmer|Analyst|Architect|Scientist|Level)\s*[-–]?\s*([1-5])\b/gi;

/**
 * The seniority markers a title carries, each once, in ladder order:
 * Senior/Sr, Staff, Principal, Lead, Junior/Jr, Entry, Intern (with
 * Internship and Co-op), Associate, and level numbers: roman numerals
 * I–V in capitals, or a digit 1–5 after a role word or "Level" ("Software
 * Engineer 2" is II). Only the first digit of "Engineer 1/2/3" counts.
 */
export function seniorityMarkers(title: string): SeniorityMarker[] {
  const found = new Set<SeniorityMarker>();
  for (const [marker, pattern] of WORD_MARKERS) if (pattern.test(title)) found.add(marker);
  for (const [, numeral] of title.matchAll(ROMAN_NUMERAL)) found.add(numeral as SeniorityMarker);
  for (const [, digit] of title.matchAll(DIGIT_LEVEL)) found.add(ROMAN[Number(digit) - 1]!);
  return SENIORITY_MARKERS.filter((m) => found.has(m));
}
