import type { Placement } from "./Place.ts";
import type { Correction } from "./readCorrections.ts";
import { countryWasWritten, resolveLocation, type PlaceContext } from "./resolveLocation.ts";
import type { WorldGazetteer } from "./WorldGazetteer.ts";

/** A placement, with the correction applied to the string when there was one. */
export type CorrectedPlacement = Placement & { readonly correction: Correction | null };

/** Every distinct string placed, and the context the dataset gave. */
export interface PlacedLocations {
  readonly placements: ReadonlyMap<string, CorrectedPlacement>;
  readonly context: PlaceContext;
}

/**
 * Places every distinct location string of a dataset (with its row count).
 * First pass: each string alone; the postings whose string names its
 * country give each country's and region's weight, and the heaviest country
 * is the dominant one. Second pass: every string again with that context,
 * so "Oakville" goes to the dominant country and a name shared by several
 * regions goes to the region with most postings. A string in `corrections`
 * is read as what it means.
 */
export function placeLocations(counts: ReadonlyMap<string, number>, gazetteer: WorldGazetteer,
  corrections: ReadonlyMap<string, Correction> = new Map()): PlacedLocations {
  const meant = (s: string) => corrections.get(s)?.means ?? s;
  const countryWeights = new Map<string, number>();
  const regionWeights = new Map<string, number>();
  for (const [location, n] of counts) {
    const first = resolveLocation(meant(location), gazetteer);
    if (first.status !== "placed" || !countryWasWritten(meant(location), gazetteer)) continue;
    const { country, key } = first.place;
    countryWeights.set(country, (countryWeights.get(country) ?? 0) + n);
    const region = /^(?:city|region):([^:]+\.[^:.]*)/.exec(key)?.[1];
    if (region) regionWeights.set(region, (regionWeights.get(region) ?? 0) + n);
  }
  let dominantCountry: string | null = null;
  for (const [country, n] of countryWeights) {
    if (dominantCountry === null || n > countryWeights.get(dominantCountry)! || (n === countryWeights.get(dominantCountry)! && country < dominantCountry)) dominantCountry = country;
  }
  const context: PlaceContext = { dominantCountry, countryWeights, regionWeights };
  const placements = new Map<string, CorrectedPlacement>();
  for (const location of counts.keys()) {
    placements.set(location, { ...resolveLocation(meant(location), gazetteer, context), correction: corrections.get(location) ?? null });
  }
  return { placements, context };
}
