import type { FigureTable } from "../charts/figureTable.ts";

// Shared through globalThis, not module state: during `astro build` the pages render from
// Astro's prerender bundle while the integration that writes the files runs from the
// config's own copy of this module, in the same process.
const KEY = Symbol.for("jobs-data-blog.figureData");

/** The figure tables rendered so far, by the URL path of their download without extension ("/base/posts/part-1/data/pay"). */
function registry(): Map<string, FigureTable> {
  const store = globalThis as { [KEY]?: Map<string, FigureTable> };
  store[KEY] ??= new Map();
  return store[KEY];
}

/**
 * Records the table of a figure as it renders, for its "Download the data" files next to
 * the page (`<page>/data/<figure id>.csv|json`). Returns that URL path without extension.
 * Rendering the same figure again (dev reloads) replaces the entry.
 */
export function recordFigureData(pagePath: string, id: string, table: FigureTable): string {
  const page = pagePath.endsWith("/") ? pagePath : `${pagePath}/`;
  const file = `${page}data/${id}`;
  registry().set(file, table);
  return file;
}

/** Every figure table recorded so far (see {@link recordFigureData}). */
export function recordedFigureData(): ReadonlyMap<string, FigureTable> {
  return registry();
}

/** Forgets every recorded table, at the start of a build. */
export function clearFigureData(): void {
  registry().clear();
}
