import { z } from "zod";
import { FORMAT_NAMES, isCurrency } from "../lib/formatNumber.ts";
import type { FigureColumn } from "./figureTable.ts";
import { SERIES_COLORS, type PaletteName } from "../styles/palette.ts";

/**
 * One row of a chart's data: a plain object whose fields the chart's options name. Charts
 * take any objects (an analysis's typed rows included) and read them as this.
 */
export type Row = Readonly<Record<string, unknown>>;

/**
 * What a field-naming option expects in every row: `text` a string; `number` a finite
 * number; `number?` a number, null or absent ("no value": left out, or drawn as missing;
 * at least one row must have the field, so a misspelt name is still caught);
 * `date` an ISO date string (YYYY-MM-DD); `any` present with any value.
 */
export type FieldType = "text" | "number" | "number?" | "date" | "any";

/** A searched area as the map and labels need it (from the gazetteer, through places.json). */
export interface ChartPlace {
  /** The label a reader sees ("Seattle, WA"). */
  readonly label: string;
  readonly lat: number;
  readonly lon: number;
  /** ISO 3166-1 alpha-2 code of its country, when known (a world map is fitted to the places in its countries). */
  readonly country?: string;
  /** How precise the place is: a "country" names no spot on the map, so maps leave it off and say so. */
  readonly level?: "city" | "region" | "country";
}

/**
 * How maps frame the data (src/places/mapExtent.ts decides it from the postings): the US
 * Albers basemap, or a world map fitted to these countries (ISO-2, most postings first).
 */
export type MapFrame = { readonly kind: "us-albers" } | { readonly kind: "world"; readonly countries: readonly string[] };

/**
 * What a chart may look up besides its rows: the gazetteer's places by searched area and
 * every searched area of the data (a map marks areas a list leaves out). Precompute passes
 * the gazetteer; the site passes places.json, so both see the same places.
 */
export interface ChartContext {
  readonly place: (area: string) => ChartPlace | undefined;
  /** Every searched area of the backend data, most postings first. */
  readonly areas: readonly string[];
  /** The frame of maps drawn with `projection: "auto"` (the default); absent: the US basemap. */
  readonly mapFrame?: MapFrame | undefined;
}

/**
 * Does a map draw this place as a mark? A whole country has no spot of its own (a bubble at its
 * centre would read as a city there), and an unknown place has none at all. The bubble map and
 * any note that must sit on one of its marks (src/analysis/figures/pay.ts) ask the same question.
 */
export function drawnOnMap(place: ChartPlace | undefined): boolean {
  return place !== undefined && place.level !== "country";
}

/** A context with no places: for charts that need none (tests, inline data). */
export const NO_PLACES: ChartContext = { place: () => undefined, areas: [] };

/** One drawing of a chart: what `draw` builds into. */
export interface Frame {
  readonly document: Document;
  /** The chart's id: every id it emits derives from it, so output is deterministic. */
  readonly id: string;
  /** Width in px of this drawing (its viewBox); the SVG then scales to its container. */
  readonly width: number;
  /** True for the phone drawing (drawn at the narrow width, shown below 560 px). */
  readonly narrow: boolean;
  /** `aria-labelledby` of the drawing: the figure's title and description by default. */
  readonly labelledBy: string;
  /** The largest value across panels drawn side by side, so they share one scale. */
  readonly extent?: number | undefined;
  /** Prefix for tooltip names in a panel ("Backend engineering: "), else "". */
  readonly prefix: string;
  readonly context: ChartContext;
}

/**
 * A chart kind: the unit of extension of the charts. One module per kind
 * (`src/charts/<kind>.ts`) declares it with {@link defineChart}, and `index.ts` lists it.
 * The shared helper (renderChart.ts) does the rest: the zod check of the options and the
 * rows' fields, the server-side document, the wide and narrow drawings, panels and toggles,
 * the container the island attaches to, and serialising.
 */
export interface ChartKind<K extends string = string, S extends z.ZodObject = z.ZodObject> {
  /** The name posts use: `<Chart kind="bars" … />`. */
  readonly kind: K;
  /** One sentence for the docs page and error messages. */
  readonly description: string;
  /** The options an author or a figure spec gives, checked with zod (unknown ones are errors). */
  readonly options: S;
  /**
   * Which options name fields of the rows, and what each field must hold; `"series[].value"`
   * stands for the `value` of every item of the list option `series`.
   */
  readonly fields: { readonly [P in keyof z.output<S> | `${string}[].${string}`]?: FieldType };
  /**
   * Drawing widths: `narrow` null draws once (the SVG scales, as the maps do); otherwise a
   * wide and a phone drawing are made and charts.css shows one by the chart's own width.
   */
  readonly widths: { readonly wide: number; readonly narrow: number | null };
  /**
   * The islands the chart's container asks for (`data-island`, loaded by
   * islands/loadIslands.ts when the chart nears the screen): "marks" adds tooltips and
   * keyboard access; "word-cloud" redraws a cloud on a canvas. Default ["marks"].
   */
  readonly islands?: readonly ("marks" | "word-cloud")[];
  /**
   * The rows the chart draws, from the rows it is given (sorted, cut to `top`, joined with
   * places). Chart, table and downloads all show these. Default: as given.
   */
  readonly rows?: (rows: readonly Row[], options: z.output<S>, context: ChartContext) => Row[];
  /** The table and download columns for these options (a figure spec may give its own). */
  readonly columns: (options: z.output<S>) => FigureColumn[];
  /** The largest value on the chart's scale, for panels that share one. */
  readonly extent?: (rows: readonly Row[], options: z.output<S>) => number;
  /** One drawing (SVG, or HTML for a table) at `frame.width`. */
  readonly draw: (rows: readonly Row[], options: z.output<S>, frame: Frame) => Element;
  /**
   * Markup a page holds once however many charts use it (the map's basemap symbol, which
   * every map draws with `<use>`): a key naming it and what draws it.
   */
  readonly pageDefs?: (options: z.output<S>, context: ChartContext) => { readonly key: string; readonly draw: (document: Document) => Element } | undefined;
  /** HTML shown once, before or after the drawings: a legend, a note, a ranked list. */
  readonly around?: (rows: readonly Row[], options: z.output<S>, frame: Frame) => { before?: Node[]; after?: Node[] };
}

/** Declares a chart kind (keeps its option types for the registry). */
export function defineChart<K extends string, S extends z.ZodObject>(kind: ChartKind<K, S>): ChartKind<K, S> {
  return kind;
}

// ---- Option schemas shared by the kinds ------------------------------------------------

/** A field of the rows, by name. */
export const fieldName = (description: string) => z.string().min(1).describe(description);

/** A named number format (src/lib/formatNumber.ts). */
export const formatOption = z.enum(FORMAT_NAMES).describe("number format: int, pct, pct0, usd, usdk, money, moneyk, ratio, decimal, times");

/** An ISO 4217 currency code, for the money formats. */
export const currencyOption = z
  .string()
  .refine(isCurrency, { error: (issue) => `"${String(issue.input)}" is not an ISO 4217 currency code (e.g. USD, EUR, GBP)` })
  .describe("ISO 4217 code for format money/moneyk");

/** A categorical colour of the palette (src/styles/palette.ts). */
export const colorOption = z
  .enum(SERIES_COLORS as unknown as [PaletteName, ...PaletteName[]])
  .describe(`a series colour of the palette: ${SERIES_COLORS[0]} … ${SERIES_COLORS[SERIES_COLORS.length - 1]}`);

/** The noun after numbers in tooltips ("postings"); empty for none. */
export const unitOption = z.string().describe('noun written after numbers in tooltips, e.g. "postings"');
