/** The keys made so far: country -> region -> city -> key. */
const made = new Map<string, Map<string | null, Map<string, string>>>();
let count = 0;

/**
 * `JSON.stringify([city, region, country])`, one key string per city: made once
 * and then looked up, as the profile tallies every row by its city (a million
 * rows name a few thousand cities, and a new string per row was most of the
 * tally's time at a million rows). Beyond 100,000 distinct cities it is made
 * afresh each time (same string, only slower).
 */
export function cityKey(city: string, region: string | null, country: string): string {
  let regions = made.get(country);
  if (regions === undefined) made.set(country, (regions = new Map()));
  let cities = regions.get(region);
  if (cities === undefined) regions.set(region, (cities = new Map()));
  let key = cities.get(city);
  if (key === undefined) {
    key = JSON.stringify([city, region, country]);
    if (count < 100_000) {
      cities.set(city, key);
      count++;
    }
  }
  return key;
}
