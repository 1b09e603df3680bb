import type { ChartContext } from "../charts/chartKind.ts";
import { analysis, hasAnalysis, places } from "./analysis.ts";

/**
 * What charts look up at render: the gazetteer's places of this build's areas
 * (places.json) and every searched area of the backend data, most postings first
 * (countByArea), so a map can mark the areas a list leaves out.
 */
export function chartContext(): ChartContext {
  const { byArea } = places();
  const areas = hasAnalysis("countByArea") ? analysis("countByArea").map((a) => a.area) : [];
  return { place: (area) => byArea.get(area), areas };
}
