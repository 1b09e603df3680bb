import { z } from "zod";
import { ChartInputError } from "./fields.ts";

/**
 * Annotations: a short note on the chart where the prose tells the story (the searches
 * that stop at the same count, the median that rests on one posting, the hubs' share).
 * An option of the kinds that take them, so an author can give them as a declared figure
 * does; a figure spec computes them from the data and gives none when the finding does
 * not hold. Each kind places its notes so that they miss its marks and labels.
 *
 * - `value`: a rule at this value on the chart's scale, across the marks that reach it,
 *   with the note above the marks (bars).
 * - `at`: the labels of the marks the note is about; a treemap outlines them and writes
 *   the note above the rectangles; a bubble map names them with the note (its own label
 *   placement, wide and narrow) and adds the note to the phone's ranked list.
 */
export const valueAnnotation = z.strictObject({
  value: z.number().describe("where the rule goes, on the chart's scale (the `value` field's units)"),
  text: z.string().min(1).max(80).describe("the note, a few words"),
});

export const atAnnotation = z.strictObject({
  at: z.array(z.string().min(1)).min(1).describe("labels of the marks the note is about, as the rows name them"),
  text: z.string().min(1).max(80).describe("the note, a few words"),
});

export const valueAnnotations = z
  .array(valueAnnotation)
  .max(3)
  .default([])
  .describe('notes on the chart: [{ value: 140, text: "7 searches stop at exactly 140" }] draws a rule at 140 across the bars that reach it, the note above them');

export const atAnnotations = z
  .array(atAnnotation)
  .max(3)
  .default([])
  .describe('notes on the chart: [{ at: ["Santa Fe, NM"], text: "one posting" }] points the note at those marks (by their label in the rows)');

/**
 * The labels an `at` annotation names that are not among the drawn marks: an error, so a
 * note never silently points at nothing (a label cut by `top`, a misspelt name).
 */
export function checkAt(kind: string, annotations: readonly { at: readonly string[] }[], drawn: ReadonlySet<string>): void {
  annotations.forEach((a, i) => {
    const unknown = a.at.filter((label) => !drawn.has(label));
    if (unknown.length > 0) {
      const some = [...drawn].slice(0, 6).map((l) => `"${l}"`).join(", ");
      throw new ChartInputError(`${kind}: annotations[${i}].at names ${unknown.map((l) => `"${l}"`).join(", ")}, which ${unknown.length === 1 ? "is" : "are"} not among the drawn marks (${some}${drawn.size > 6 ? ", …" : ""})`);
    }
  });
}
