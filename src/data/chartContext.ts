import type { ChartContext } from "../charts/chartKind.ts";
import { analysis, hasAnalysis, places } from "./analysis.ts";

/**
 * What charts look up at render: the gazetteer's places of this build's areas
 * (places.json), every searched area of the backend data, most postings first
 * (countByArea), so a map can mark the areas a list leaves out, and the maps' frame
 * (places.json's extent: the US basemap, or a world map of the data's countries).
 */
export function chartContext(): ChartContext {
  const { byArea, file } = places();
  const areas = hasAnalysis("countByArea") ? analysis("countByArea").map((a) => a.area) : [];
  return { place: (area) => byArea.get(area), areas, mapFrame: file?.extent };
}
