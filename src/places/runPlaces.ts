import type { Dataset } from "../ingest/loadDataset.ts";
import { cityKeysOf } from "./cityKeysOf.ts";
import { placeDatasets, type PlacedDatasets } from "./placeDatasets.ts";
import { readCorrections } from "./readCorrections.ts";
import { readWorldGazetteer } from "./readWorldGazetteer.ts";

/** The places stage's tables (see src/places/README.md). */
export interface PlaceTables {
  /** Strings the source wrote wrongly ("Seattle, CA"), what they mean, and the note readers see. */
  readonly corrections: string;
  /** City names the gazetteer lacks ("Bangalore"), per country. */
  readonly aliases: string;
}

/**
 * The places stage for precompute: reads the corrections, then the world
 * gazetteer limited to the names these datasets use, and places every
 * location and area (see placeDatasets).
 */
export async function runPlaces(datasets: Readonly<Record<string, Dataset>>, tables: PlaceTables): Promise<PlacedDatasets> {
  const corrections = await readCorrections(tables.corrections);
  const strings = new Set([...corrections.values()].map((c) => c.means));
  for (const d of Object.values(datasets)) for (const r of d.rows) { if (r.area) strings.add(r.area); if (r.location) strings.add(r.location); }
  const gazetteer = await readWorldGazetteer(tables.aliases, cityKeysOf(strings));
  return placeDatasets(datasets, gazetteer, corrections);
}
