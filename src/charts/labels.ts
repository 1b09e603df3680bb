import type { ChartContext, Row } from "./chartKind.ts";

/** "median lower bound" → "Median lower bound"; a field name such as "medianMin" → "Median min". */
export function capitalise(text: string): string {
  const words = text.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "617" + "postings" → "617 postings"; no unit, just the number. */
export function withUnit(value: string, unit: string): string {
  return unit ? `${value} ${unit}` : value;
}

/** "1 salaried posting", "2 salaried postings": the unit for a count, singular for one. */
export function countOf(count: string, n: number, unit: string): string {
  return withUnit(count, n === 1 ? unit.replace(/s$/, "") : unit);
}

/**
 * Rows with the searched area in `key` replaced by the label a reader sees, from the
 * gazetteer ("Seattle, CA" is shown as "Seattle, WA"); areas it does not know keep their name.
 */
export function areaNames(rows: readonly Row[], key: string, context: ChartContext): Row[] {
  return rows.map((row) => {
    const area = row[key];
    const place = typeof area === "string" ? context.place(area) : undefined;
    return place ? { ...row, [key]: place.label } : row;
  });
}

/**
 * The heading of a value column: the unit when it is one word ("postings" → "Postings"),
 * else the field's name ("of postings" on a field `share` → "Share").
 */
export function valueHeading(unit: string, field: string): string {
  return capitalise(/^\p{L}+$/u.test(unit) ? unit : field);
}
