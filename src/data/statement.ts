/**
 * Where a data-bound component sits in its post, as the post validator passes
 * it (`content/posts/part-1.mdx:12:5`): the `__at` prop every <Stat>,
 * <RankedList>, <When> and chart in a post receives. Components put it in front
 * of their errors, so a failure at render names the post's line, not a chunk.
 */
export const AT_PROP = "__at";

/** An error message prefixed with the post's file and line when known. */
export function located(at: string | undefined, message: string): string {
  return at ? `${at}: ${message}` : message;
}

/**
 * A sentence would reach the reader with an empty or degenerate slot (a value
 * this data lacks, an empty list, a zero stated as a finding). Thrown where
 * the value is bound, so the build fails naming the post, line and value.
 */
export class EmptySlot extends Error {
  override readonly name = "EmptySlot";
}

/**
 * What a <When> tests: truthy (a non-empty list), `> gt`, `< lt`, `=== eq`,
 * `some` (a list with an item whose field `some` is a number other than 0),
 * `leads` (a list whose first item's field `leads` is larger than the second's, or
 * that has one item: "X leads", not a tie at the top), or the opposite with `not`.
 */
export interface WhenTest {
  readonly some?: string | undefined;
  readonly leads?: string | undefined;
  readonly gt?: number | undefined;
  readonly lt?: number | undefined;
  readonly eq?: number | string | boolean | undefined;
  readonly not?: boolean | undefined;
}

/**
 * Does a <When> show its content for this value? A value the data lacks
 * (undefined) is false. One function for the component and the post
 * validator, so both agree on what a reader sees.
 */
export function whenHolds(value: unknown, { gt, lt, eq, some, leads, not = false }: WhenTest): boolean {
  let holds: boolean;
  const field = (item: unknown, key: string): unknown => (item !== null && typeof item === "object" ? (item as Record<string, unknown>)[key] : undefined);
  if (leads !== undefined) {
    const first = Array.isArray(value) ? field(value[0], leads) : undefined;
    const second = Array.isArray(value) ? field(value[1], leads) : undefined;
    holds = typeof first === "number" && (second === undefined || (typeof second === "number" && first > second));
  } else if (some !== undefined) {
    holds = Array.isArray(value) && value.some((item) => {
      const n = item !== null && typeof item === "object" ? (item as Record<string, unknown>)[some] : undefined;
      return typeof n === "number" && n !== 0;
    });
  } else if (gt !== undefined) holds = typeof value === "number" && value > gt;
  else if (lt !== undefined) holds = typeof value === "number" && value < lt;
  else if (eq !== undefined) holds = value === eq;
  else holds = Boolean(value) && !(Array.isArray(value) && value.length === 0);
  return not ? !holds : holds;
}

/** The <When>s around a component, as the post validator passes them (`__guards`, JSON). */
export const GUARDS_PROP = "__guards";

/**
 * Do all the <When>s around a component show it? `guards` is the JSON the
 * validator passes (see {@link GUARDS_PROP}); `valueOf` reads a value as a
 * <When> does. MDX renders children before their <When> decides, so a
 * component checks this first and renders nothing when it is hidden.
 */
export function guardsHold(guards: string | undefined, valueOf: (of: string, path: string) => unknown): boolean {
  if (!guards) return true;
  const tests = JSON.parse(guards) as (WhenTest & { of: string; path: string })[];
  return tests.every((t) => whenHolds(valueOf(t.of, t.path), t));
}
