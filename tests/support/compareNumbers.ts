/**
 * Compares a reference-numbers document with the reference, following the conventions
 * of spec/README.md: only the reference's keys are checked; objects keyed by
 * name may list keys in any order; `[name, count]` rankings must have the same
 * counts in the same order and the same names, except that names tied at the
 * cut-off (the last count) may differ. Returns one message per difference.
 */
export function compareNumbers(expected: unknown, actual: unknown, at = ""): string[] {
  if (isRanking(expected)) return compareRanking(expected, actual, at);
  if (Array.isArray(expected)) {
    return JSON.stringify(expected) === JSON.stringify(actual) ? [] : [`${at}: expected ${short(expected)}, got ${short(actual)}`];
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return [`${at}: expected an object, got ${short(actual)}`];
    return Object.entries(expected).flatMap(([key, value]) =>
      Object.hasOwn(actual, key)
        ? compareNumbers(value, (actual as Record<string, unknown>)[key], `${at}.${key}`)
        : [`${at}.${key}: missing`]);
  }
  return Object.is(expected, actual) ? [] : [`${at}: expected ${short(expected)}, got ${short(actual)}`];
}

type Ranking = [string, number][];

function isRanking(value: unknown): value is Ranking {
  return Array.isArray(value) && value.length > 0 &&
    value.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === "string" && typeof e[1] === "number");
}

function compareRanking(expected: Ranking, actual: unknown, at: string): string[] {
  if (!isRanking(actual) || actual.length !== expected.length) return [`${at}: expected ${expected.length} [name, count] pairs, got ${short(actual)}`];
  const counts = (r: Ranking) => r.map(([, c]) => c).join(",");
  if (counts(expected) !== counts(actual)) return [`${at}: counts differ: expected ${counts(expected)}, got ${counts(actual)}`];
  const cutoff = expected.at(-1)![1];
  const names = (r: Ranking) => r.filter(([, c]) => c !== cutoff).map(([n]) => n).sort().join("|");
  return names(expected) === names(actual) ? [] : [`${at}: names differ above the cut-off: expected ${names(expected)}, got ${names(actual)}`];
}

function short(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 160 ? `${text.slice(0, 157)}...` : text;
}
