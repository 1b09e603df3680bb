import { distance } from "fastest-levenshtein";

/**
 * The candidate closest to `word` by edit distance, for "did you mean ...?"
 * hints, or undefined when none is close: at most a third of the word's
 * length in edits (at least 2), case ignored. Ties keep the first candidate.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
