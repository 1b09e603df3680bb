import { geoAlbersUsa, geoPath, type GeoProjection } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { MultiPolygon, Polygon } from "geojson";
import states from "us-atlas/states-albers-10m.json" with { type: "json" };
import { simplifyLine, type Point } from "./simplifyLine.ts";
import { svgElement } from "./svg.ts";
import { colors } from "./colors.ts";

/**
 * The frame of us-atlas's pre-projected "albers" files: Albers USA (Alaska and Hawaii as
 * insets) at scale 1300, translated to the centre of a 975 × 610 box.
 */
export const BASEMAP_WIDTH = 975;
export const BASEMAP_HEIGHT = 610;

/** Id of the `<symbol>` holding the state map; one per page (see UsBasemapDefs.astro). */
export const BASEMAP_SYMBOL_ID = "chart-us-basemap";

// Simplification: a point is dropped when within 0.75 units (of 975) of the simplified line,
// islands under 8 square units are dropped, coordinates are whole units. The result is about
// 19 KB of path data instead of 80 KB, with no difference visible at blog widths.
const TOLERANCE = 0.75;
const MIN_ISLAND_AREA = 8;

/** The Albers USA projection onto the basemap frame scaled to `width` (height follows). */
export function basemapProjection(width: number = BASEMAP_WIDTH): GeoProjection {
  const k = width / BASEMAP_WIDTH;
  return geoAlbersUsa()
    .scale(1300 * k)
    .translate([(BASEMAP_WIDTH / 2) * k, (BASEMAP_HEIGHT / 2) * k]);
}

/** SVG path data of the land (one filled shape) and the borders between states. */
export interface BasemapPaths {
  land: string;
  borders: string;
}

let cached: BasemapPaths | undefined;

/** The simplified US basemap in the 975 × 610 frame; computed once per process. */
export function usBasemap(): BasemapPaths {
  cached ??= buildBasemap(states as unknown as Topology);
  return cached;
}

function buildBasemap(topology: Topology): BasemapPaths {
  // Simplifying arcs (not features) keeps shared borders identical on both sides.
  const simplified: Topology = { ...topology, arcs: decodeArcs(topology).map((arc) => simplifyLine(arc, TOLERANCE)) };
  delete simplified.transform;
  const objects = simplified.objects as Record<string, GeometryCollection>;
  const path = geoPath().digits(0);
  const nation = feature(simplified, objects["nation"]!);
  const polygons = nation.features.flatMap((f) => polygonsOf(f.geometry as Polygon | MultiPolygon));
  const land: MultiPolygon = {
    type: "MultiPolygon",
    coordinates: polygons.filter((rings) => path.area({ type: "Polygon", coordinates: rings }) >= MIN_ISLAND_AREA),
  };
  const borders = mesh(simplified, objects["states"]!, (a, b) => a !== b);
  return { land: path(land) ?? "", borders: path(borders) ?? "" };
}

function polygonsOf(geometry: Polygon | MultiPolygon): Polygon["coordinates"][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

// TopoJSON arcs are delta-encoded integers when the topology is quantized (has a
// transform); this returns absolute frame coordinates either way.
function decodeArcs(topology: Topology): Point[][] {
  const transform = topology.transform;
  if (!transform) return topology.arcs.map((arc) => arc.map(([x = 0, y = 0]): Point => [x, y]));
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx = 0, dy = 0]): Point => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

/**
 * The basemap's two paths (land fill, state borders) in the 975 × 610 frame, styled with
 * the theme's --chart-land and --chart-borders. Borders keep a 1 px line at any scale.
 */
export function basemapPaths(document: Document): SVGElement[] {
  const { land, borders } = usBasemap();
  return [
    svgElement(document, "path", { d: land, style: `fill:${colors.land};stroke:${colors.borders}`, "stroke-width": 1, "vector-effect": "non-scaling-stroke" }),
    svgElement(document, "path", { d: borders, fill: "none", style: `stroke:${colors.borders}`, "stroke-width": 0.75, "stroke-linejoin": "round", "vector-effect": "non-scaling-stroke" }),
  ];
}

/**
 * A hidden SVG holding the basemap as a `<symbol>`: emit it once per page, and every map
 * draws it with `<use href="#chart-us-basemap">`, so the ~19 KB of borders travel once.
 * Not `display:none`: some browsers then skip the symbol's styles.
 */
export function basemapDefs(document: Document): SVGElement {
  const symbol = svgElement(document, "symbol", { id: BASEMAP_SYMBOL_ID, viewBox: `0 0 ${BASEMAP_WIDTH} ${BASEMAP_HEIGHT}` }, basemapPaths(document));
  return svgElement(document, "svg", { class: "chart-defs", width: 0, height: 0, "aria-hidden": "true", focusable: "false", style: "position:absolute;overflow:hidden" }, [symbol]);
}

/**
 * A map frame the bubble map can draw on: its size, how it projects longitude and
 * latitude into it (scaled to a drawing width), and its basemap symbol. The bubble map
 * takes the projection by name (`projection` option); a new one (a fitted world map) is
 * one entry here.
 */
export interface MapProjection {
  /** Frame width and height of the basemap symbol (the drawing keeps this aspect ratio). */
  readonly width: number;
  readonly height: number;
  /** Id of the page's `<symbol>` with this basemap (see BasemapDefs.astro). */
  readonly symbolId: string;
  /** The projection onto the frame scaled to `width`; null where a point is off the map. */
  readonly project: (width: number) => (lonLat: [number, number]) => [number, number] | null;
  /** The basemap's paths in the frame, for an inline map or the page's symbol. */
  readonly paths: (document: Document) => SVGElement[];
  /** The hidden SVG holding the symbol, emitted once per page. */
  readonly defs: (document: Document) => SVGElement;
}

/** The projections by name; "albers-usa" is the US with Alaska and Hawaii as insets. */
export const projections = {
  "albers-usa": {
    width: BASEMAP_WIDTH,
    height: BASEMAP_HEIGHT,
    symbolId: BASEMAP_SYMBOL_ID,
    project: (width) => {
      const projection = basemapProjection(width);
      return (lonLat) => projection(lonLat);
    },
    paths: basemapPaths,
    defs: basemapDefs,
  },
} as const satisfies Record<string, MapProjection>;

/** A projection's name. */
export type ProjectionName = keyof typeof projections;
