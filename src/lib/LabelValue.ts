/**
 * A row of a label and a number, the project's one "name and count" type. By
 * default `{ label, value }` (a chart's neutral row: the fields its `label` and
 * `value` options name); a table keeps its own keys, which posts bind by name:
 * `LabelValue<"area", "count">` is `{ area, count }`, `LabelValue<"name", "count">`
 * a company's or an industry's count. Extra columns (a share) are added with `&`.
 */
export type LabelValue<L extends string = "label", V extends string = "value"> =
  { readonly [P in L]: string } & { readonly [P in V]: number };
