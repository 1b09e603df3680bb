import type { z } from "zod";
import type { ChartKind } from "./chartKind.ts";

/** One option of a chart kind, as the docs page lists it. */
export interface OptionDoc {
  readonly name: string;
  /** "field", "text", "number", "true or false", "a | b | c", "list". */
  readonly type: string;
  /** The default as written in a post, or undefined when there is none. */
  readonly default: string | undefined;
  readonly required: boolean;
  readonly description: string;
}

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly defaultValue?: unknown;
  readonly entries?: Record<string, string>;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * A kind's options read from its zod schema (names, types, defaults, descriptions), so the
 * docs page lists exactly what the schema accepts and cannot drift from it.
 */
export function describeOptions(kind: ChartKind): OptionDoc[] {
  return Object.entries(kind.options.shape as Record<string, z.ZodType>).map(([name, schema]) => {
    let inner = schema;
    let fallback: unknown;
    let optional = false;
    for (;;) {
      const def = defOf(inner);
      if (def.type === "default") fallback = def.defaultValue;
      else if (def.type === "optional") optional = true;
      else break;
      inner = def.innerType!;
    }
    const def = defOf(inner);
    const isField = Object.hasOwn(kind.fields, name);
    const type = isField ? "field" : def.type === "enum" ? Object.values(def.entries ?? {}).join(" | ") : def.type === "boolean" ? "true or false" : def.type === "array" ? "list" : def.type === "string" ? "text" : def.type;
    return {
      name,
      type,
      default: fallback === undefined ? undefined : typeof fallback === "string" ? `"${fallback}"` : `{${JSON.stringify(fallback)}}`,
      required: fallback === undefined && !optional,
      description: schema.description ?? inner.description ?? "",
    };
  });
}
