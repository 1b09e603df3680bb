import type { Dataset } from "../ingest/loadDataset.ts";
import type { Job } from "../ingest/Job.ts";
import { mapExtent } from "./mapExtent.ts";
import type { MapPlace, PlacementSummary, PlacesFile } from "./PlacesFile.ts";
import { placeLocations, type CorrectedPlacement } from "./placeLocations.ts";
import type { Correction } from "./readCorrections.ts";
import { summarisePlacements } from "./summarisePlacements.ts";
import type { WorldGazetteer } from "./WorldGazetteer.ts";

/** What precompute needs from the places stage. */
export interface PlacedDatasets {
  /** The datasets, with a plain CSV's areas replaced by their normalised place labels (other shapes unchanged). */
  readonly datasets: Readonly<Record<string, Dataset>>;
  /** places.json. */
  readonly file: PlacesFile;
  /** Area → map place, for the analyses (ctx.places). */
  readonly byArea: ReadonlyMap<string, MapPlace>;
  /** Per dataset: each distinct location string's placement, for analyses of where postings are (the dataset profile). */
  readonly locationPlacements: Readonly<Record<string, ReadonlyMap<string, CorrectedPlacement>>>;
}

/**
 * Places every dataset's locations and areas. Areas are the searched areas
 * when the data says what they were (a manifest or an `area` column), read
 * through the corrections table ("Seattle, CA" → Seattle, WA, with the
 * reader's note); a plain CSV has none, so each row's area becomes the label
 * of the place its location resolves to (the 8 spellings of Amsterdam are
 * one area, "Amsterdam, Netherlands"); a location that names no place
 * ("Remote", empty) leaves the area null (Job's contract), and one that
 * cannot be placed keeps its string, listed in `unknownAreas`. A searched
 * area that names no place is listed in `notPlaces`. Rows are copied only
 * where the area changes.
 */
export function placeDatasets(datasets: Readonly<Record<string, Dataset>>, gazetteer: WorldGazetteer, corrections: ReadonlyMap<string, Correction>): PlacedDatasets {
  const out: Record<string, Dataset> = {};
  const locations: Record<string, PlacementSummary> = {};
  const locationPlacements: Record<string, ReadonlyMap<string, CorrectedPlacement>> = {};
  const areaPlacements = new Map<string, CorrectedPlacement>();
  for (const [name, dataset] of Object.entries(datasets)) {
    const counts = new Map<string, number>();
    let empty = 0;
    for (const row of dataset.rows) {
      const location = row.location?.trim();
      if (location) counts.set(location, (counts.get(location) ?? 0) + 1); else empty++;
    }
    const placed = placeLocations(counts, gazetteer, corrections);
    locations[name] = summarisePlacements(counts, empty, placed, gazetteer);
    locationPlacements[name] = placed.placements;
    if (dataset.report.mode === "plain-csv") {
      // Job.area is null when the data names no search and no place: a location that names no place.
      const labelOf = (row: Job): string | null => {
        const p = row.location ? placed.placements.get(row.location.trim()) : undefined;
        if (!p || p.status === "not-a-place") return null;
        return p.status === "placed" ? p.place.label : row.area;
      };
      const rows = dataset.rows.map((row) => {
        const area = labelOf(row);
        return area === row.area ? row : { ...row, area };
      });
      out[name] = { ...dataset, rows };
      for (const [location, p] of placed.placements) {
        if (p.status === "not-a-place") continue;
        const area = p.status === "placed" ? p.place.label : location;
        if (!areaPlacements.has(area)) areaPlacements.set(area, p);
      }
    } else {
      out[name] = dataset;
      const areas = new Map<string, number>();
      for (const row of dataset.rows) if (row.area !== null) areas.set(row.area, (areas.get(row.area) ?? 0) + 1);
      // Searched areas are read with the dataset's own context (its dominant country).
      const searched = placeLocations(areas, gazetteer, corrections);
      for (const [area, p] of searched.placements) if (!areaPlacements.has(area)) areaPlacements.set(area, p);
    }
  }

  const places: MapPlace[] = [];
  const unknownAreas: string[] = [];
  const notPlaces: { area: string; reason: string }[] = [];
  const areaRows = new Map<string, number>();
  for (const d of Object.values(out)) for (const r of d.rows) if (r.area !== null) areaRows.set(r.area, (areaRows.get(r.area) ?? 0) + 1);
  for (const area of areaRows.keys()) {
    const p = areaPlacements.get(area);
    if (!p || p.status === "unplaced") { unknownAreas.push(area); continue; }
    if (p.status === "not-a-place") { notPlaces.push({ area, reason: p.reason }); continue; }
    const { place } = p;
    places.push({
      area, label: place.label, city: place.city ?? place.regionName ?? place.countryName, state: place.region ?? "",
      country: place.country, countryName: place.countryName, level: place.level, key: place.key,
      lat: round(place.lat), lon: round(place.lon), note: p.correction?.note ?? "",
    });
  }
  const backendAreas = new Set((out["backend"]?.rows ?? []).map((r) => r.area));
  const extent = mapExtent(places.filter((p) => backendAreas.has(p.area)).map((p) => ({ area: p.area, country: p.country, rows: areaRows.get(p.area) ?? 0 })));
  return {
    datasets: out,
    file: { places, unknownAreas, notPlaces, locations, extent },
    byArea: new Map(places.map((p) => [p.area, p])),
    locationPlacements,
  };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
