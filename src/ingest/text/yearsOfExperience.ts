const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
// "5", "five", "five (5)", "(5)", "(5+)".
const NUMBER = `(?:(?:\\d{1,2}|${NUMBER_WORDS.join("|")})(?:\\s*\\(\\s*\\d{1,2}\\+?\\))?|\\(\\s*\\d{1,2}\\+?\\))`;

/**
 * Where a years phrase ends: "year(s)" or "yr(s)". The scanner looks for
 * this word (cheap) and {@link experienceYears} reads the number before it.
 */
export const YEARS_WORD = /\b(?:years?|yrs?)\b/i;

/**
 * The number before the years word: digits or one..ten ("five (5)" too),
 * then "+", "plus", a range ("3-5", "3 to 5", "3–5+") or "or more". Not
 * part of a longer number ("401", "2.5", "$4,000"), and not an adjective
 * ("four-year degree": no space before "year").
 */
const NUMBER_BEFORE = new RegExp(
  `(?<![\\w.,$/])(${NUMBER})(?:\\s*(?:\\+|-?plus)|\\s*(?:-|–|—|to)\\s*${NUMBER}\\s*\\+?|\\s+or\\s+more)?[\\s+*_]*$`, "i");

/** The largest number of years read as a requirement: larger ones are company history ("35 years of experience serving clients"). */
export const MAX_YEARS = 20;

// A line break that only wraps a paragraph: JobSpy's Markdown breaks lines around bold text
// ("Minimum of 2\n **years** \n of experience"); a bullet or a blank line ends the line.
const SOFT = String.raw`(?:[^\n]|\n(?![ \t]*(?:[*•+-][ \t]|\n)))`;
const SOFT_IN_SENTENCE = String.raw`(?:[^\n.]|\n(?![ \t]*(?:[*•+-][ \t]|\n)))`;

// The phrase is about something else: time spans, tenure, company age.
const NOT_BEFORE = /\b(?:after|within|first|last|past|next|every|per|each|including|of which|for)\s+(?:the\s+)?(?:(?:at\s+least|a\s+minimum\s+of|over|more\s+than|nearly|almost|about|around)\s+)?$/i;
const NOT_AFTER = /^\W{0,3}(?:ago|old|here|running|later|from now|of age|(?:of|in)\s+(?:employment|service|tenure|business|operations?|existence|history|change|growth|college|university|school|study|studies)\b|of\s+(?:our|its)\b)/i;
// ...experience named later on the same line: "3+ years of professional software experience".
const CUE_AFTER = new RegExp(String.raw`^${SOFT}{0,80}?\b(?:experience|exp|expertise)\b`, "i");
// ...or what the years were spent on, right after: "5+ years building services", "2 years in a lead role".
const DIRECT_AFTER = /^['’]?\W{0,3}(?:of|in|with|as|on|hands-on|professional|industry|relevant|related|(?!during|following|starting|beginning)\w+ing)\b/i;
// ...or experience named just before: "Experience: 10+ years", "expertise (10+ years)".
const CUE_BEFORE = new RegExp(String.raw`\b(?:experience|expertise|background|exp)\b${SOFT_IN_SENTENCE}{0,30}$`, "i");
// ...or the phrase is the value of a bullet naming a skill: "* SQL Server: 5 years", "* RUBY - 3+ years".
const SKILL_BULLET = /(?:^|\n)[ \t]*[*•+-][ \t]+(?![^\n]*\b(?:duration|contract|length|term|tenure|assignment|age)\b)[^\n:]{1,40}?[ \t]*[:–-][ \t]*$/i;

/**
 * The number of years asked for by the years phrase ending with the years
 * word at `start`..`end` of `text` (the smallest: "3-5 years" → 3), or null
 * when there is no number before the word or the phrase is not about
 * experience. It is when experience is named on the same line after it
 * (within 80 characters) or just before it, when it is directly followed
 * by what the years were spent on ("of", "in", "building"...), or when it
 * is the value of a bullet naming a skill ("* SQL: 5 years"); it is not
 * after "within", "first", "past", "per", "including"... nor before "ago",
 * "old", "of employment", "of college"..., nor above {@link MAX_YEARS}.
 * A number not `below` the smallest found so far is not examined (null).
 */
export function experienceYears(text: string, start: number, end: number, below = Infinity): number | null {
  const lead = text.slice(Math.max(0, start - 48), start);
  const number = NUMBER_BEFORE.exec(lead);
  if (number === null) return null;
  const first = /\d{1,2}|[a-z]+/i.exec(number[1]!)![0];
  const years = /\d/.test(first) ? Number(first) : NUMBER_WORDS.indexOf(first.toLowerCase());
  if (years < 0 || years > MAX_YEARS || years >= below) return null;
  const phraseStart = start - lead.length + number.index;
  const before = text.slice(Math.max(0, phraseStart - 60), phraseStart);
  const after = text.slice(end, end + 100);
  if (NOT_BEFORE.test(before) || NOT_AFTER.test(after)) return null;
  if (!CUE_AFTER.test(after) && !DIRECT_AFTER.test(after) && !CUE_BEFORE.test(before) && !SKILL_BULLET.test(before)) return null;
  return years;
}
