/**
 * Thrown when a path is well formed for the analysis but this dataset has
 * nothing there (a null, a shorter list): the statement's subject is absent,
 * which components treat as "leave it out" (inside a <When>) or as an error
 * (a <Stat> that would print an empty slot). A misspelt field is a
 * {@link PathError} instead.
 */
export class AbsentValue extends Error {
  override readonly name: string = "AbsentValue";
}

/**
 * A selector (`[mode=Remote]`) that no item of the list matches. A subclass
 * of {@link AbsentValue}, so components treat it alike, but the post
 * validator reports it (with the values that do exist) unless the analysis's
 * dataset is not configured: it is usually a typo.
 */
export class NoMatch extends AbsentValue {
  override readonly name = "NoMatch";
  readonly key: string;
  readonly wanted: string;
  readonly values: readonly string[];
  constructor(message: string, key: string, wanted: string, values: readonly string[]) {
    super(message);
    this.key = key;
    this.wanted = wanted;
    this.values = values;
  }
}

/** A step the data cannot have: a misspelt field, a field of a number. `options` are the names that exist there. */
export class PathError extends Error {
  override readonly name = "PathError";
  readonly step: string;
  readonly options: readonly string[];
  constructor(message: string, step: string, options: readonly string[]) {
    super(message);
    this.step = step;
    this.options = options;
  }
}

/** One step of a path: a field, a list index, or a `key=value` selector. */
export type PathStep =
  | { readonly kind: "field"; readonly name: string; readonly raw: string }
  | { readonly kind: "index"; readonly index: number; readonly raw: string }
  | { readonly kind: "select"; readonly key: string; readonly wanted: string; readonly raw: string };

/**
 * Splits a path (`byFlag[flag=remote].modes[0].count`) into its steps. The
 * whole syntax: `name` or `.name` reads a field, `[3]` the fourth item of a
 * list, `[key=value]` the first item whose `key` reads as `value` (compared as
 * text: `[count=3]` matches 3), `length` the size of a list. Spaces inside a
 * selector's value are kept (`[level=entry level]`).
 */
export function parsePath(path: string): PathStep[] {
  const steps = path.match(/[^.[\]]+|\[[^\]]*\]/g) ?? [];
  return steps.map((raw) => {
    if (!raw.startsWith("[")) return { kind: "field", name: raw, raw };
    const inner = raw.slice(1, -1);
    if (/^\d+$/.test(inner)) return { kind: "index", index: Number(inner), raw };
    const eq = inner.indexOf("=");
    if (eq > 0) return { kind: "select", key: inner.slice(0, eq), wanted: inner.slice(eq + 1), raw };
    return { kind: "field", name: inner, raw };
  });
}

const fieldsOf = (value: object): string[] => Object.keys(value);

/**
 * Reads a value out of an analysis result by the path language of
 * {@link parsePath}: `entryShare`, `areas[0].count`, `areas.length`,
 * `faang[name=Google].count`. Throws a {@link PathError} naming the step that
 * cannot exist and what does, an {@link AbsentValue} when this data has
 * nothing there, a {@link NoMatch} when a selector matches no item.
 */
export function resolvePath(root: unknown, path: string): unknown {
  let value: unknown = root;
  let walked = "";
  for (const step of parsePath(path)) {
    const here = walked || "(the analysis)";
    if (value === null || value === undefined) throw new AbsentValue(`"${path}": ${here} is null in this data`);
    if (typeof value !== "object") {
      throw new PathError(`"${path}": ${here} is ${JSON.stringify(value)}, it has no "${step.raw}"`, step.raw, []);
    }
    if (step.kind === "index" && Array.isArray(value)) {
      if (step.index >= value.length) throw new AbsentValue(`"${path}": ${here} has ${value.length} items, no item ${step.index}`);
      value = value[step.index];
    } else if (step.kind === "select" && Array.isArray(value)) {
      const items = value.filter((item): item is Record<string, unknown> => item !== null && typeof item === "object");
      const keys = [...new Set(items.flatMap(fieldsOf))];
      if (items.length > 0 && !keys.includes(step.key)) {
        throw new PathError(`"${path}": the items of ${here} have no field "${step.key}"; they have ${keys.join(", ")}`, step.key, keys);
      }
      const found = items.find((item) => String(item[step.key]) === step.wanted);
      if (found === undefined) {
        const values = [...new Set(items.map((item) => String(item[step.key])))];
        const some = values.length > 12 ? `${values.slice(0, 12).join(", ")}, ...` : values.join(", ");
        throw new NoMatch(`"${path}": no item of ${here} has ${step.key} = ${step.wanted}${values.length ? ` (${step.key} is one of: ${some})` : " (the list is empty)"}`, step.key, step.wanted, values);
      }
      value = found;
    } else if (step.kind === "field" && (Object.hasOwn(value, step.name) || (step.name === "length" && Array.isArray(value)))) {
      value = (value as Record<string, unknown>)[step.name];
    } else if (Array.isArray(value)) {
      throw new PathError(`"${path}": ${here} is a list, it has no "${step.raw}" (use [index], [key=value] or length)`, step.raw, ["length"]);
    } else {
      const fields = fieldsOf(value);
      throw new PathError(`"${path}": ${here} has no "${step.raw}"; it has fields: ${fields.join(", ")}`, step.raw, fields);
    }
    walked += step.kind === "field" && !step.raw.startsWith("[") ? (walked ? `.${step.raw}` : step.raw) : step.raw;
  }
  return value;
}

/** Like {@link resolvePath}, but undefined instead of an error when the path does not exist in this data. */
export function tryPath(root: unknown, path: string): unknown {
  try {
    return resolvePath(root, path);
  } catch {
    return undefined;
  }
}
