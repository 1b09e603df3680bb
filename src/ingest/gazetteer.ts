import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { z } from "zod";
import { InputError } from "./InputError.ts";

/** Where a searched area is on the map, as the project places it. */
export interface Place {
  readonly area: string;
  /** Proper city name, e.g. "Seattle" for the source's "Seattle, CA". */
  readonly city: string;
  /** Two-letter state code (DC for Washington). */
  readonly state: string;
  readonly lat: number;
  readonly lon: number;
  /** Why the place differs from the label, when it does ("" otherwise). */
  readonly note: string;
}

const placeSchema = z.object({
  area: z.string().trim().min(1, "is empty"),
  city: z.string().trim().min(1, "is empty"),
  state: z.string().trim().regex(/^[A-Z]{2}$/, "must be a two-letter state code"),
  lat: z.coerce.number().min(18, "is not a US latitude").max(72, "is not a US latitude"),
  lon: z.coerce.number().min(-180, "is not a US longitude").max(-65, "is not a US longitude"),
  note: z.string().default(""),
});

/** Reads the area gazetteer CSV (area,city,state,lat,lon,note), validated line by line. */
export async function readGazetteer(file: string): Promise<Map<string, Place>> {
  const text = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
  const { data } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const places = new Map<string, Place>();
  data.forEach((row, i) => {
    const result = placeSchema.safeParse(row);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new InputError(file, i + 2, String(issue.path[0]), issue.message);
    }
    places.set(result.data.area, result.data);
  });
  return places;
}

/** "Seattle, WA" for the source's "Seattle, CA": the label a reader should see. */
export function displayName(place: Place): string {
  return `${place.city}, ${place.state}`;
}
