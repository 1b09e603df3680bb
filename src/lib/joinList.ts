/**
 * Joining names into prose, on Intl.ListFormat (en-US): "a", "a and b", "a, b, and c".
 * Every component that writes a list in a sentence uses this, so lists read alike
 * everywhere and the rule lives in one place.
 */

/** "and" (default) or "or" lists. */
export type ListKind = "and" | "or";

const formats: Record<ListKind, Intl.ListFormat> = {
  and: new Intl.ListFormat("en-US", { style: "long", type: "conjunction" }),
  or: new Intl.ListFormat("en-US", { style: "long", type: "disjunction" }),
};

/** The items joined as text: `joinList(["a", "b", "c"])` → "a, b, and c". */
export function joinList(items: readonly string[], kind: ListKind = "and"): string {
  return formats[kind].format(items);
}

/** One piece of a joined list: an item (by position) or the text between two items. */
export type ListPart<T> = { readonly item: T; readonly index: number } | { readonly separator: string };

/**
 * The list as items and separators, for components that render each item as markup
 * (a `<data>` element, a `<bdi>` name): `listParts([x, y, z])` →
 * x, ", ", y, ", and ", z. The items themselves never pass through Intl. With `semicolons`,
 * the commas between items become semicolons (see {@link needsSemicolons}).
 */
export function listParts<T>(items: readonly T[], kind: ListKind = "and", { semicolons = false }: { semicolons?: boolean } = {}): ListPart<T>[] {
  // Positions stand in for the items, so any item type (and any text) is safe.
  return formats[kind].formatToParts(items.map((_, i) => String(i))).map((part) =>
    part.type === "element" ? { item: items[Number(part.value)]!, index: Number(part.value) }
      : { separator: semicolons ? part.value.replace(/^,/, ";") : part.value },
  );
}

/**
 * Whether a list of these labels needs semicolons between its items: when any label has a
 * comma of its own ("Boston, MA"), commas alone would not show where one item ends
 * ("Boston, MA, Denver, CO"), so the list reads "Boston, MA; Denver, CO; and Austin, TX".
 */
export function needsSemicolons(labels: readonly string[]): boolean {
  return labels.some((label) => label.includes(","));
}
