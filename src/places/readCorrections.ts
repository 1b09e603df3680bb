import { z } from "zod";
import { InputError } from "../ingest/InputError.ts";
import { readPlaceTable } from "./readPlaceTable.ts";

/** A location or area string the source wrote wrongly, what it means, and why (shown to readers). */
export interface Correction {
  readonly written: string;
  readonly means: string;
  readonly note: string;
}

const row = z.object({
  written: z.string().trim().min(1, "is empty"),
  means: z.string().trim().min(1, "is empty"),
  note: z.string().trim().min(1, "is empty: say why, readers see it"),
});

/**
 * Reads the corrections table (`written,means,note`) with the ingest's CSV
 * reader (readPlaceTable): not UTF-8, a quote never closed, a ragged row, an
 * empty cell or a string listed twice is fatal, naming the file, its real
 * line and the column.
 */
export async function readCorrections(file: string): Promise<Map<string, Correction>> {
  const corrections = new Map<string, Correction>();
  for (const { cells, line } of await readPlaceTable(file, ["written", "means", "note"])) {
    const result = row.safeParse(cells);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new InputError(file, line, String(issue.path[0]), issue.message);
    }
    if (corrections.has(result.data.written)) throw new InputError(file, line, "written", `lists "${result.data.written}" a second time`);
    corrections.set(result.data.written, result.data);
  }
  return corrections;
}
