import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { z } from "zod";
import { InputError } from "../ingest/InputError.ts";

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

/** Reads the corrections table (`written,means,note`), validated line by line; a string listed twice is an error. */
export async function readCorrections(file: string): Promise<Map<string, Correction>> {
  const text = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
  const { data } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const corrections = new Map<string, Correction>();
  data.forEach((cells, i) => {
    const result = row.safeParse(cells);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new InputError(file, i + 2, String(issue.path[0]), issue.message);
    }
    if (corrections.has(result.data.written)) throw new InputError(file, i + 2, "written", `lists "${result.data.written}" a second time`);
    corrections.set(result.data.written, result.data);
  });
  return corrections;
}
