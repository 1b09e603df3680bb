/**
 * Thrown when a path is well formed for the analysis but this dataset has
 * nothing there (a null, a shorter list, no item with that key): the
 * statement's subject is absent, which components treat as "leave it out".
 * A misspelt field is a plain Error instead.
 */
export class AbsentValue extends Error {
  override readonly name = "AbsentValue";
}

/**
 * Reads a value out of an analysis result by a small path language:
 * `entryShare`, `areas[0].count`, `areas.length`, `faang[name=Google].count`.
 * Throws an Error saying which step failed, so a post's typo is easy to find.
 */
export function resolvePath(root: unknown, path: string): unknown {
  let value: unknown = root;
  const steps = path.match(/[^.[\]]+|\[[^\]]*\]/g) ?? [];
  let walked = "";
  for (const raw of steps) {
    const step = raw.startsWith("[") ? raw.slice(1, -1) : raw;
    const here = walked || "(the analysis)";
    if (value === null) throw new AbsentValue(`"${path}": ${here} is null in this data`);
    if (typeof value !== "object") throw new Error(`"${path}": ${here} is ${JSON.stringify(value)}, it has no "${step}"`);
    if (/^\d+$/.test(step) && Array.isArray(value)) {
      if (Number(step) >= value.length) throw new AbsentValue(`"${path}": ${here} has ${value.length} items, no item ${step}`);
      value = value[Number(step)];
    } else if (step.includes("=") && Array.isArray(value)) {
      const [key, wanted] = step.split("=") as [string, string];
      value = value.find((item) => item !== null && typeof item === "object" && String((item as Record<string, unknown>)[key]) === wanted);
      if (value === undefined) throw new AbsentValue(`"${path}": no item of ${here} has ${key} = ${wanted}`);
    } else if (Object.hasOwn(value, step) || (step === "length" && Array.isArray(value))) {
      value = (value as Record<string, unknown>)[step];
    } else {
      const keys = Array.isArray(value) ? "a list (use [index], [key=value] or length)" : `fields: ${Object.keys(value).join(", ")}`;
      throw new Error(`"${path}": ${here} has no "${step}"; it has ${keys}`);
    }
    walked += raw.startsWith("[") ? raw : walked ? `.${raw}` : raw;
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
