import { geoArea, geoBounds, geoCentroid, geoDistance, geoEqualEarth, geoPath, geoStream, type GeoPermissibleObjects, type GeoProjection, type GeoStream } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import world from "world-atlas/countries-50m.json" with { type: "json" };
import codes from "i18n-iso-countries/codes.json" with { type: "json" };
import type { MapProjection } from "./basemap.ts";
import { colors } from "./colors.ts";
import { svgElement } from "./svg.ts";

/** Path data of a world basemap fitted to some countries, and the projection that drew it. */
export interface WorldBasemap {
  /** The projection onto the `width` × `height` frame. */
  readonly projection: GeoProjection;
  readonly width: number;
  readonly height: number;
  /** The countries with places (filled as land). */
  readonly focus: string;
  /** Every other country in the frame (drawn lighter). Both are outlined, which draws the borders. */
  readonly others: string;
}

/** What to fit: the countries (ISO-2) and the places in them ([lon, lat]). */
export interface WorldFit {
  readonly countries: readonly string[];
  readonly points?: readonly (readonly [number, number])[];
}

const NUMERIC_TO_ALPHA2 = new Map((codes as [string, string, string][]).map(([alpha2, , numeric]) => [numeric, alpha2]));

// The frame's width (as the US basemap's 975); the height follows the countries' shape
// within these bounds, so a tall country (the UK, Chile) and a wide one (Canada, Russia)
// both fill a blog column.
export const WORLD_WIDTH = 975;
const MIN_ASPECT = 0.5;
const MAX_ASPECT = 0.75;
const MARGIN = 16;
// A piece of a country counts for the fit when its centre is within this distance of the
// country's largest piece (Northern Ireland, Corsica, Hokkaido) or a place is in it: the
// frame is not stretched to French Guiana, Alaska or the Canadian Arctic for postings in
// Paris, Toronto or Seattle.
const NEAR_KM = 1200;
const EARTH_KM = 6371;
// Wider than this (degrees of longitude or latitude) and the fit is the whole world.
const SPREAD_LON = 200;
const SPREAD_LAT = 110;

let countriesCache: FeatureCollection<Polygon | MultiPolygon> | undefined;
function countries(): FeatureCollection<Polygon | MultiPolygon> {
  const topology = world as unknown as Topology;
  countriesCache ??= feature(topology, topology.objects["countries"] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;
  return countriesCache;
}

const alpha2Of = (f: Feature) => NUMERIC_TO_ALPHA2.get(String(f.id)) ?? "";

function piecesOf(geometry: Polygon | MultiPolygon): Polygon[] {
  return geometry.type === "Polygon" ? [geometry] : geometry.coordinates.map((coordinates) => ({ type: "Polygon", coordinates }));
}

/**
 * The parts of the focus countries a map is fitted to: per country its largest piece of
 * land, the pieces near it, and the pieces holding a place; then the places themselves.
 */
function fitGeometry(focus: readonly Feature<Polygon | MultiPolygon>[], points: readonly (readonly [number, number])[]): FeatureCollection {
  const features: Feature[] = [];
  for (const f of focus) {
    const pieces = piecesOf(f.geometry);
    const largest = pieces.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
    const centre = geoCentroid(largest);
    const kept = pieces.filter((piece) => piece === largest
      || geoDistance(centre, geoCentroid(piece)) * EARTH_KM <= NEAR_KM
      || points.some((p) => pointInBox(p, geoBounds(piece))));
    features.push({ type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: kept.map((p) => p.coordinates) } });
  }
  if (points.length > 0) features.push({ type: "Feature", properties: {}, geometry: { type: "MultiPoint", coordinates: points.map((p) => [p[0], p[1]] as Position) } });
  return { type: "FeatureCollection", features };
}

function pointInBox([lon, lat]: readonly [number, number], [[w, s], [e, n]]: [[number, number], [number, number]]): boolean {
  const inLon = w <= e ? lon >= w && lon <= e : lon >= w || lon <= e;
  return inLon && lat >= s && lat <= n;
}

/**
 * A basemap for places outside the US (see src/places/mapExtent.ts): an Equal Earth
 * projection centred on, and fitted to, the given countries (ISO-2 codes) and the places
 * in them, from world-atlas's 1:50m Natural Earth shapes, in a frame {@link WORLD_WIDTH}
 * wide whose height follows the countries' shape. Countries spread over more than half the
 * globe get the whole world (without Antarctica). Path data is in whole frame units.
 * Throws when no code is a country of the atlas.
 */
export function worldBasemap({ countries: wanted, points = [] }: WorldFit): WorldBasemap {
  const all = countries();
  const codes = new Set(wanted);
  const isFocus = (f: Feature) => codes.has(alpha2Of(f));
  const focus = all.features.filter(isFocus);
  if (focus.length === 0) throw new Error(`worldBasemap: none of ${wanted.join(", ") || "(no countries)"} is in world-atlas`);

  let fit = fitGeometry(focus, points);
  const [[west, south], [east, north]] = geoBounds(fit);
  const lonSpan = east >= west ? east - west : east + 360 - west;
  let rotate: number;
  if (lonSpan > SPREAD_LON || north - south > SPREAD_LAT) {
    fit = { type: "FeatureCollection", features: all.features.filter((f) => alpha2Of(f) !== "AQ") };
    rotate = 0;
  } else {
    // The centre of the bounding box, so that east and west margins match.
    rotate = -(west + lonSpan / 2);
  }
  const probe = geoEqualEarth().rotate([rotate, 0]).fitWidth(WORLD_WIDTH - 2 * MARGIN, fit);
  const [[x0, y0], [x1, y1]] = geoPath(probe).bounds(fit);
  const aspect = (y1 - y0 + 2 * MARGIN) / (x1 - x0 + 2 * MARGIN);
  const width = WORLD_WIDTH;
  const height = Math.round(width * Math.min(MAX_ASPECT, Math.max(MIN_ASPECT, aspect)));
  const projection = geoEqualEarth().rotate([rotate, 0]).fitExtent([[MARGIN, MARGIN], [width - MARGIN, height - MARGIN]], fit);
  projection.clipExtent([[0, 0], [width, height]]);
  const path = (object: GeoPermissibleObjects) => pathData(object, projection);
  const others: FeatureCollection = { type: "FeatureCollection", features: all.features.filter((f) => !isFocus(f)) };
  const focusShapes: FeatureCollection = { type: "FeatureCollection", features: focus };
  return {
    projection,
    width,
    height,
    focus: path(focusShapes),
    others: path(others),
  };
}

// Simplification of the projected shapes: a point closer than this (frame units, of 975)
// to the last one kept is dropped, coordinates are whole units, and islands under
// MIN_ISLAND_AREA square units are left out (as for the US basemap, basemap.ts).
const TOLERANCE = 1.5;
const MIN_ISLAND_AREA = 8;

/**
 * SVG path data of `object` through `projection` (its clipping included), simplified on
 * the way out of the projection's stream: whole units, points within {@link TOLERANCE} of
 * the previous one dropped, rings smaller than {@link MIN_ISLAND_AREA} left out.
 */
function pathData(object: GeoPermissibleObjects, projection: GeoProjection): string {
  const out: string[] = [];
  let ring: [number, number][] = [];
  let polygon = false;
  const flush = () => {
    const points = ring;
    ring = [];
    if (polygon) {
      if (points.length < 3 || Math.abs(ringArea(points)) < MIN_ISLAND_AREA) return;
      out.push(`M${points.map(([x, y]) => `${x},${y}`).join("L")}Z`);
    } else if (points.length >= 2) {
      out.push(`M${points.map(([x, y]) => `${x},${y}`).join("L")}`);
    }
  };
  const sink: GeoStream = {
    point(x, y) {
      const p: [number, number] = [Math.round(x), Math.round(y)];
      const last = ring[ring.length - 1];
      if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < TOLERANCE) return;
      ring.push(p);
    },
    lineStart() { ring = []; },
    lineEnd: flush,
    polygonStart() { polygon = true; },
    polygonEnd() { polygon = false; },
    sphere() {},
  };
  geoStream(object, projection.stream(sink));
  return out.join("");
}

function ringArea(points: readonly [number, number][]): number {
  let area = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) area += points[j]![0] * points[i]![1] - points[i]![0] * points[j]![1];
  return area / 2;
}

// Short, stable id for a fit: the symbol's id, so maps on one page share one basemap.
function fitKey({ countries: list, points = [] }: WorldFit): string {
  const text = `${list.join(",")}|${points.map(([lon, lat]) => `${lon.toFixed(2)},${lat.toFixed(2)}`).join(";")}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${list.slice(0, 4).join("-").toLowerCase()}-${hash.toString(36)}`;
}

const fitted = new Map<string, MapProjection>();

/**
 * The world basemap fitted to `fit` as a map frame the bubble map draws on (the same
 * interface as the US Albers one in basemap.ts): a `<symbol>` per fit, so every map of a
 * page shares one. A point outside the frame projects to null (the map names it).
 * Computed once per fit per process.
 */
export function worldProjection(fit: WorldFit): MapProjection {
  const key = fitKey(fit);
  const known = fitted.get(key);
  if (known) return known;
  const map = worldBasemap(fit);
  const symbolId = `chart-world-basemap-${key}`;
  const paths = (document: Document): SVGElement[] => [
    svgElement(document, "path", { d: map.others, style: `fill:${colors.land};stroke:${colors.borders}`, "fill-opacity": 0.45, "stroke-width": 0.5, "stroke-linejoin": "round", "vector-effect": "non-scaling-stroke" }),
    svgElement(document, "path", { d: map.focus, style: `fill:${colors.land};stroke:${colors.borders}`, "stroke-width": 0.75, "stroke-linejoin": "round", "vector-effect": "non-scaling-stroke" }),
  ];
  const projection: MapProjection = {
    width: map.width,
    height: map.height,
    symbolId,
    project: (width) => {
      const k = width / map.width;
      return (lonLat) => {
        const p = map.projection(lonLat);
        if (!p || p[0] < 0 || p[0] > map.width || p[1] < 0 || p[1] > map.height) return null;
        return [p[0] * k, p[1] * k];
      };
    },
    paths,
    defs: (document) =>
      svgElement(document, "svg", { class: "chart-defs", width: 0, height: 0, "aria-hidden": "true", focusable: "false", style: "position:absolute;overflow:hidden" }, [
        svgElement(document, "symbol", { id: symbolId, viewBox: `0 0 ${map.width} ${map.height}` }, paths(document)),
      ]),
  };
  fitted.set(key, projection);
  return projection;
}
