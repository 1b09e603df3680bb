import { foldName } from "./foldName.ts";
import { nameVariants } from "./nameVariants.ts";
import { splitLocation } from "./splitLocation.ts";

/**
 * Every folded name the resolver may look up for these location strings
 * (each part, with its spelling variants). The gazetteer keeps only the
 * places with these names, so a precompute holds a few hundred places, not
 * 170,000.
 */
export function cityKeysOf(locations: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const location of locations) {
    for (const part of splitLocation(location).parts) for (const v of nameVariants(foldName(part))) keys.add(v);
  }
  return keys;
}
