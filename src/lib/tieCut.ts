/**
 * Where a ranked list is cut (`from`, `from + top`) without splitting a tie: a list of
 * "the areas with the most" that names one of two areas with 28 postings and leaves out
 * the other says something the numbers do not. A cut inside a run of equal values moves
 * to the run's end (the tie is named in full), unless that would more than double the
 * items before the cut; then it moves to the run's start (the tie is left out whole). A
 * run at the very top always moves to its end, so a list is never cut to nothing by a tie.
 *
 * The rule depends only on the cut's position, so two lists that meet at one position
 * (`top={6}`, then `from={6}`) still meet.
 */
export function tieCut(values: readonly number[], at: number): number {
  if (at <= 0 || at >= values.length || values[at - 1] !== values[at]) return at;
  const value = values[at];
  let start = at - 1;
  while (start > 0 && values[start - 1] === value) start--;
  let end = at + 1;
  while (end < values.length && values[end] === value) end++;
  return start === 0 || end <= 2 * at ? end : start;
}
