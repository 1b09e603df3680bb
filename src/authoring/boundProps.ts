/**
 * The data-bound props of the components posts use, for the post validator:
 * which prop names an analysis, how its path is used, and which props name a
 * field of the list's items. A component not listed here still gets its `of`
 * checked against the registry.
 */
import { charts, type ChartKindName, type FieldType } from "../charts/index.ts";
import { describeOptions } from "../charts/describeOptions.ts";

export interface BoundProps {
  /** `value`: one number or name; `list`: a list (default path: the analysis itself); `condition`: a <When> test. */
  readonly path: "value" | "list" | "condition";
  /** Props naming a field of each list item, with the default the component uses. */
  readonly fields?: readonly BoundField[];
  /** The fields when they depend on another prop (`<Chart kind>`: each kind names its own). */
  readonly fieldsFor?: (kind: string | undefined) => readonly BoundField[];
}

/** A prop naming a field of each list item. */
export interface BoundField {
  readonly prop: string;
  readonly default?: string | undefined;
  readonly number?: boolean;
  readonly except?: string;
}

/** The field-naming options of a chart kind (src/charts/index.ts), with their defaults from its schema. */
function chartFields(kind: string | undefined): BoundField[] {
  if (kind === undefined || !Object.hasOwn(charts, kind)) return [];
  const chart = charts[kind as ChartKindName];
  const defaults = new Map(describeOptions(chart).map((o) => [o.name, o.default?.replace(/^"(.*)"$/, "$1")]));
  return (Object.entries(chart.fields) as [string, FieldType][])
    .filter(([option]) => !option.includes("[]."))
    .map(([option, type]) => ({ prop: option, default: defaults.get(option), number: type === "number" || type === "number?" }));
}

export const BOUND_PROPS: Readonly<Record<string, BoundProps>> = {
  Stat: { path: "value" },
  Count: { path: "value" },
  When: { path: "condition" },
  RankedList: { path: "list", fields: [{ prop: "name", default: "area" }, { prop: "value", default: "count", number: true, except: "none" }] },
  AreaNameList: { path: "list" },
  // <Chart kind=… of=… path=…>: the list and the kind's field options (label, value, x, …);
  // its other options are checked by parseChartProps (src/components/author/chartProps.ts).
  Chart: { path: "list", fieldsFor: chartFields },
};
