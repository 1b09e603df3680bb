import { geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import world from "world-atlas/countries-50m.json" with { type: "json" };
import codes from "i18n-iso-countries/codes.json" with { type: "json" };

/** Path data of a world basemap fitted to some countries, and the projection that drew it. */
export interface WorldBasemap {
  readonly projection: GeoProjection;
  /** The countries with places (filled as land). */
  readonly focus: string;
  /** Every other country in the frame (drawn lighter). */
  readonly others: string;
  /** Borders between countries. */
  readonly borders: string;
}

const NUMERIC_TO_ALPHA2 = new Map((codes as [string, string, string][]).map(([alpha2, , numeric]) => [numeric, alpha2]));

/**
 * A basemap for places outside the US (see src/places/mapExtent.ts): an
 * Equal Earth projection centred on, and fitted to, the given countries
 * (ISO-2 codes) inside a `width` × `height` frame with `margin` px around,
 * from world-atlas's 1:50m Natural Earth shapes. Path data is rounded to
 * whole pixels. Throws when no code is a country of the atlas.
 */
export function worldBasemap(countries: readonly string[], { width, height, margin = 12 }: { width: number; height: number; margin?: number }): WorldBasemap {
  const topology = world as unknown as Topology;
  const object = topology.objects["countries"] as GeometryCollection;
  const all = feature(topology, object) as FeatureCollection<Geometry>;
  const wanted = new Set(countries);
  const isFocus = (f: Feature) => wanted.has(NUMERIC_TO_ALPHA2.get(String(f.id)) ?? "");
  const focus = all.features.filter(isFocus);
  if (focus.length === 0) throw new Error(`worldBasemap: none of ${countries.join(", ")} is in world-atlas`);
  const fc: FeatureCollection = { type: "FeatureCollection", features: focus };
  const [lon] = geoPath().centroid(fc);
  const projection = geoEqualEarth().rotate([-(lon ?? 0), 0]).fitExtent([[margin, margin], [width - margin, height - margin]], fc);
  projection.clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(0);
  const others: FeatureCollection = { type: "FeatureCollection", features: all.features.filter((f) => !isFocus(f)) };
  return {
    projection,
    focus: path(fc) ?? "",
    others: path(others) ?? "",
    borders: path(mesh(topology, object, (a, b) => a !== b)) ?? "",
  };
}
