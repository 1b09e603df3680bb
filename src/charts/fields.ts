import type { ChartKind, FieldType, Row } from "./chartKind.ts";

/** A chart's input that does not fit it: the message names the option (prop) and the field. */
export class ChartInputError extends Error {
  override readonly name = "ChartInputError";
}

const DATE = /^\d{4}-\d{2}-\d{2}/;

function fits(value: unknown, type: FieldType): boolean {
  switch (type) {
    case "text": return typeof value === "string";
    case "number": return typeof value === "number" && Number.isFinite(value);
    case "number?": return value === null || value === undefined || (typeof value === "number" && Number.isFinite(value));
    case "date": return typeof value === "string" && DATE.test(value) && !Number.isNaN(Date.parse(value.slice(0, 10)));
    case "any": return value !== undefined;
  }
}

const WHAT: Record<FieldType, string> = { text: "a text", number: "a number", "number?": "a number, null or nothing", date: "a date (YYYY-MM-DD)", any: "a value" };

/**
 * Checks that every field an option names exists in the rows and holds what the kind
 * needs; throws a {@link ChartInputError} naming the option, the field and the row.
 * A field no row has lists the fields the rows do have, so a typo is easy to fix.
 */
export function checkFields(kind: ChartKind, rows: readonly Row[], options: Readonly<Record<string, unknown>>): void {
  for (const [option, type] of Object.entries(kind.fields) as [string, FieldType][]) {
    for (const [name, key] of namedFields(option, options)) checkField(name, key, type, rows);
  }
}

// "label" → the field the option names; "series[].value" → the field each item of the list option names.
function namedFields(option: string, options: Readonly<Record<string, unknown>>): [string, string][] {
  const [list, item] = option.split("[].");
  if (item === undefined) return typeof options[option] === "string" ? [[option, options[option] as string]] : [];
  const items = options[list!];
  if (!Array.isArray(items)) return [];
  return items.flatMap((entry, i) => {
    const key = entry !== null && typeof entry === "object" ? (entry as Record<string, unknown>)[item] : undefined;
    return typeof key === "string" ? [[`${list}[${i}].${item}`, key] as [string, string]] : [];
  });
}

function checkField(option: string, key: string, type: FieldType, rows: readonly Row[]): void {
  if (rows.length > 0 && !rows.some((row) => Object.hasOwn(row, key))) {
    const have = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    throw new ChartInputError(`${option}="${key}": no row has a field "${key}"; the rows have ${have.join(", ") || "no fields"}`);
  }
  const bad = rows.findIndex((row) => !fits(row[key], type));
  if (bad >= 0) {
    throw new ChartInputError(`${option}="${key}": row ${bad} has ${JSON.stringify(rows[bad]![key]) ?? "nothing"} there, not ${WHAT[type]}`);
  }
}

/** A text field of a checked row. */
export function text(row: Row, key: string): string {
  return String(row[key] ?? "");
}

/** A number field of a checked row (NaN if absent, which checkFields rules out). */
export function num(row: Row, key: string): number {
  const value = row[key];
  return typeof value === "number" ? value : Number.NaN;
}

/** A number-or-null field of a checked row. */
export function numOrNull(row: Row, key: string): number | null {
  const value = row[key];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
