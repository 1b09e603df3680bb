/** How a map frames the places: the shared US Albers basemap, or a fitted world projection of the countries involved. */
export type MapExtent =
  | {
    readonly kind: "us-albers";
    /** Areas outside the US (a few stray postings): listed under the map, not drawn. */
    readonly offMap: readonly string[];
  }
  | {
    readonly kind: "world";
    /** ISO-2 codes of the countries the places are in, most postings first: the projection is fitted to them. */
    readonly countries: readonly string[];
    /** Areas in other countries (a few stray postings): the map names them when they fall outside its frame. */
    readonly offMap: readonly string[];
  };

/** Share of the postings that must be in the US for the US basemap (the rest are listed as off the map). */
export const US_SHARE = 0.95;

/**
 * Chooses the map for a set of placed areas with their posting counts: the
 * US Albers basemap when at least {@link US_SHARE} of the postings are in
 * the US (areas elsewhere are named in `offMap`), otherwise a world map
 * fitted to the countries with most postings that together hold at least
 * {@link US_SHARE} of them, and every country with more than the rest
 * ({@link US_SHARE}'s complement, 5 %): a UK scrape with one New York
 * posting is a map of the UK that names New York, not a map of the
 * Atlantic. No places: the US basemap with nothing on it, as before.
 */
export function mapExtent(areas: readonly { readonly area: string; readonly country: string; readonly rows: number }[]): MapExtent {
  const total = areas.reduce((n, a) => n + a.rows, 0);
  const us = areas.filter((a) => a.country === "US").reduce((n, a) => n + a.rows, 0);
  if (total === 0 || us / total >= US_SHARE) {
    return { kind: "us-albers", offMap: areas.filter((a) => a.country !== "US").map((a) => a.area) };
  }
  const byCountry = new Map<string, number>();
  for (const a of areas) byCountry.set(a.country, (byCountry.get(a.country) ?? 0) + a.rows);
  const ranked = [...byCountry].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const countries: string[] = [];
  let covered = 0;
  for (const [country, rows] of ranked) {
    if (covered / total >= US_SHARE && rows / total < 1 - US_SHARE) break;
    countries.push(country);
    covered += rows;
  }
  const fitted = new Set(countries);
  return { kind: "world", countries, offMap: areas.filter((a) => !fitted.has(a.country)).map((a) => a.area) };
}
