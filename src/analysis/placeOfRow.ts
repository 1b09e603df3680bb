import type { Job } from "../ingest/Job.ts";

/** Where a posting is, as far as the profile needs: an ISO 3166-1 alpha-2 country, and a city and region when known. */
export interface ResolvedPlace {
  readonly city: string | null;
  readonly region: string | null;
  readonly country: string;
}

/** Resolves a posting's place, or null when it cannot be placed (an empty location, "Remote", an unknown form). */
export type PlaceOf = (job: Job) => ResolvedPlace | null;

const US_STATES = new Set([
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
  "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
  "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR",
]);
const UNITED_STATES = new Set(["united states", "usa", "us", "united states of america"]);
const CODE = /^[A-Z]{2}$/;

/**
 * The interim place resolver, until the gazetteer of src/places/ replaces
 * it: it reads only the location forms that cannot be misread.
 * - "City, ST, CC" (JobSpy's three-part form, CC an ISO country code):
 *   `Toronto, ON, CA` is Toronto in Canada.
 * - "City, ST" with a US state code: `Austin, TX`. A first part that is
 *   itself a two-letter code is a region, not a city, so `KA, IN`
 *   (Karnataka, India) is not read as a city in Indiana.
 * - "United States", or "<anything>, United States": the US, no city.
 * Everything else ("Pune, India", "Dubai · UAE", "Oakville", "Remote") is
 * left unplaced and counted as such, never guessed.
 */
export function placeOfRow(job: Job): ResolvedPlace | null {
  const location = job.location;
  if (location === null) return null;
  const parts = location.split(",").map((p) => p.trim());
  const last = parts.at(-1)!;
  if (parts.length === 3 && CODE.test(last) && parts[0] !== "" && !CODE.test(parts[0]!)) {
    return { city: parts[0]!, region: parts[1] || null, country: last };
  }
  if (UNITED_STATES.has(last.toLowerCase())) {
    return { city: null, region: parts.length === 2 && parts[0] !== "" ? parts[0]! : null, country: "US" };
  }
  if (parts.length === 2 && US_STATES.has(last) && parts[0] !== "" && !CODE.test(parts[0]!)) {
    return { city: parts[0]!, region: last, country: "US" };
  }
  return null;
}
