import { analysis, places } from "../../data/analysis.ts";

/** One searched area: where it is and its value (null when the area has no data). */
export interface AreaValue {
  readonly area: string;
  /** Display name, e.g. "Austin, TX". */
  readonly label: string;
  readonly lat: number;
  readonly lon: number;
  readonly value: number | null;
  /** How many postings the value rests on (e.g. salaried postings behind a median). */
  readonly n?: number;
}

/**
 * Map points for every searched area of the backend dataset that the
 * gazetteer can place, with `value(area)` (null for "no data") and an
 * optional sample size. Areas come from the data, not the gazetteer, so an
 * area appears once and a gazetteer row without postings never does.
 */
export function areaPoints(value: (area: string) => number | null, n?: (area: string) => number | undefined): AreaValue[] {
  const { byArea } = places();
  return analysis("countByArea").flatMap(({ area }) => {
    const place = byArea.get(area);
    if (!place) return [];
    const size = n?.(area);
    return [{ area, label: place.label, lat: place.lat, lon: place.lon, value: value(area), ...(size === undefined ? {} : { n: size }) }];
  });
}

/** A lookup from a list of {area, count} to a value function (0 for areas not listed). */
export function countsOf(list: readonly { area: string; count: number }[]): (area: string) => number {
  const map = new Map(list.map((a) => [a.area, a.count]));
  return (area) => map.get(area) ?? 0;
}
