import { compareText } from "../lib/compareText.ts";
import type { LocationCount, PlacementSummary } from "./PlacesFile.ts";
import type { PlacedLocations } from "./placeLocations.ts";
import type { WorldGazetteer } from "./WorldGazetteer.ts";

/** Counts a dataset's placements by outcome (rows, not strings); lists are most rows first, then by string. */
export function summarisePlacements(counts: ReadonlyMap<string, number>, emptyRows: number, placed: PlacedLocations, gazetteer: WorldGazetteer): PlacementSummary {
  const notAPlace: LocationCount[] = [];
  const unplaced: LocationCount[] = [];
  const partlyPlaced: LocationCount[] = [];
  const ambiguous: LocationCount[] = [];
  const levels = { city: 0, region: 0, country: 0 };
  const countries = new Map<string, number>();
  let withLocation = 0;
  let cityRows = 0;
  for (const [location, rows] of counts) {
    const p = placed.placements.get(location);
    if (!p) continue;
    withLocation += rows;
    if (p.status === "not-a-place") { notAPlace.push({ location, rows, reason: p.reason }); continue; }
    if (p.status === "unplaced") { unplaced.push({ location, rows, reason: p.reason }); cityRows += rows; continue; }
    levels[p.place.level] += rows;
    countries.set(p.place.country, (countries.get(p.place.country) ?? 0) + rows);
    if (p.place.level === "city" || p.missing !== null) cityRows += rows;
    if (p.missing !== null) partlyPlaced.push({ location, rows, reason: `placed at ${p.place.label}: "${p.missing}" is not in the gazetteer` });
    if (p.ambiguous) ambiguous.push({ location, rows, reason: `read as ${p.place.label}; ${p.notes.join("; ")}` });
  }
  const order = (a: LocationCount, b: LocationCount) => b.rows - a.rows || compareText(a.location, b.location);
  const notAPlaceRows = notAPlace.reduce((n, s) => n + s.rows, 0) + emptyRows;
  if (emptyRows > 0) notAPlace.push({ location: "", rows: emptyRows, reason: "no location given" });
  return {
    rows: withLocation + emptyRows,
    withLocation,
    notAPlace: { rows: notAPlaceRows, strings: notAPlace.sort(order) },
    placed: levels,
    cityLevel: { rows: cityRows, placed: levels.city },
    unplaced: unplaced.sort(order),
    partlyPlaced: partlyPlaced.sort(order),
    ambiguous: ambiguous.sort(order),
    dominantCountry: placed.context.dominantCountry,
    countries: [...countries].map(([code, rows]) => ({ code, name: gazetteer.country(code)?.name ?? code, rows }))
      .sort((a, b) => b.rows - a.rows || (a.code < b.code ? -1 : 1)),
  };
}
