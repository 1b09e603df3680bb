const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/**
 * How many parts a series summary says the series has ("a two-part review", "in 3 parts",
 * "three parts"), or undefined when it states no count. The home and series pages print
 * the number of parts themselves, from the posts; a summary that also states it goes stale
 * as soon as a part is added, so seriesOverviews() refuses one that disagrees.
 */
export function statedPartCount(summary: string): number | undefined {
  const match = /\b(\d+|[a-z]+)[- ]parts?\b/i.exec(summary);
  if (!match) return undefined;
  const word = match[1]!.toLowerCase();
  if (/^\d+$/.test(word)) return Number(word);
  const index = NUMBER_WORDS.indexOf(word);
  return index < 0 ? undefined : index + 1;
}
