import type { MapExtent } from "./mapExtent.ts";
import type { PlaceLevel } from "./Place.ts";

/** A searched area (or, without searches, a normalised city) and where the maps put it. */
export interface MapPlace {
  readonly area: string;
  /** The label a reader sees ("Seattle, WA" for the source's "Seattle, CA"; "Amsterdam, Netherlands"). */
  readonly label: string;
  /** The city's name, or the region's or country's when the area is one. */
  readonly city: string;
  /** Region code ("WA", "ON", "ENG"); "" at country level. */
  readonly state: string;
  readonly country: string;
  readonly countryName: string;
  readonly level: PlaceLevel;
  /** Same key, same place (see Place.key). */
  readonly key: string;
  readonly lat: number;
  readonly lon: number;
  /** Why the place differs from the label as written (a correction's note), "" otherwise. */
  readonly note: string;
}

/** A location string and how many postings carry it. */
export interface LocationCount {
  readonly location: string;
  readonly rows: number;
  readonly reason: string;
}

/** How one dataset's `location` strings were placed (quality report, post). */
export interface PlacementSummary {
  readonly rows: number;
  /** Rows with a non-empty location. */
  readonly withLocation: number;
  /** Rows whose location names no place ("Remote", "Unknown location"), with the strings. */
  readonly notAPlace: { readonly rows: number; readonly strings: readonly LocationCount[] };
  /** Rows placed, by level. */
  readonly placed: Readonly<Record<PlaceLevel, number>>;
  /** Rows whose location names a city (placed at city level, or not placed there: missing or unplaced) and how many were placed at city level. */
  readonly cityLevel: { readonly rows: number; readonly placed: number };
  /** Strings that could not be placed at all, most rows first. */
  readonly unplaced: readonly LocationCount[];
  /** Strings placed only at their region or country because the city is not in the gazetteer. */
  readonly partlyPlaced: readonly LocationCount[];
  /** Strings with another possible reading, and which one was taken (`reason`). */
  readonly ambiguous: readonly LocationCount[];
  readonly dominantCountry: string | null;
  /** Rows per country among placed rows, most first. */
  readonly countries: readonly { readonly code: string; readonly name: string; readonly rows: number }[];
}

/** places.json: written by precompute, read by the site (src/data/analysis.ts). */
export interface PlacesFile {
  readonly places: readonly MapPlace[];
  /** Areas the maps cannot place, listed in the report and the post. */
  readonly unknownAreas: readonly string[];
  /** Areas that name no place ("Remote", "Unknown location"): not mapped, not "unknown". */
  readonly notPlaces: readonly { readonly area: string; readonly reason: string }[];
  /** Per dataset: how its location strings were placed. */
  readonly locations: Readonly<Record<string, PlacementSummary>>;
  /** How the maps frame the backend dataset's areas. */
  readonly extent: MapExtent;
}
