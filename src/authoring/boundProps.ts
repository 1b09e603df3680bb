/**
 * The data-bound props of the components posts use, for the post validator:
 * which prop names an analysis, how its path is used, and which props name a
 * field of the list's items. A component not listed here still gets its `of`
 * checked against the registry.
 */
export interface BoundProps {
  /** `value`: one number or name; `list`: a list (default path: the analysis itself); `condition`: a <When> test. */
  readonly path: "value" | "list" | "condition";
  /** Props naming a field of each list item, with the default the component uses. */
  readonly fields?: readonly { readonly prop: string; readonly default?: string; readonly number?: boolean; readonly except?: string }[];
}

export const BOUND_PROPS: Readonly<Record<string, BoundProps>> = {
  Stat: { path: "value" },
  When: { path: "condition" },
  RankedList: { path: "list", fields: [{ prop: "name", default: "area" }, { prop: "value", default: "count", number: true, except: "none" }] },
  AreaNameList: { path: "list" },
  Bars: { path: "list", fields: [{ prop: "label", default: "name" }, { prop: "value", default: "count", number: true }] },
  AreaMap: { path: "list", fields: [{ prop: "value", default: "count", number: true }, { prop: "n", number: true }] },
};
