import { serverDocument } from "./dom.ts";
import { formatNumber } from "../lib/formatNumber.ts";
import { labelledBy, type ChartOptions } from "./options.ts";
import { serialize } from "./serialize.ts";
import { htmlElement } from "./svg.ts";

/** One column of the dataset: its name, how many rows have a value, and its pandas dtype. */
export interface ColumnInfo {
  column: string;
  nonNull: number;
  dtype: string;
}

/** Options of {@link render}. */
export interface ColumnTableOptions extends ChartOptions {
  /** Rows in the dataset: the denominator of each column's completeness. */
  rows: number;
}

/**
 * The column overview of `DataFrame.info()` as an accessible HTML table: column name,
 * non-null count, dtype, and completeness as a small bar plus its percentage (the bar is
 * decoration; the percentage carries the value). Entirely empty columns are dimmed.
 * The table scrolls sideways inside its own focusable box on narrow screens.
 */
export function render(data: readonly ColumnInfo[], options: ColumnTableOptions): HTMLElement {
  const document = options.document ?? serverDocument();
  const { rows } = options;
  const h = (tag: string, attributes: Record<string, string | undefined> = {}, children: (Node | string)[] = []) => htmlElement(document, tag, attributes, children);
  const head = h("thead", {}, [
    h("tr", {}, [
      h("th", { scope: "col" }, ["Column"]),
      h("th", { scope: "col", class: "num" }, ["Non-null"]),
      h("th", { scope: "col" }, ["Type"]),
      h("th", { scope: "col" }, ["Filled"]),
    ]),
  ]);
  const body = h(
    "tbody",
    {},
    data.map((d) => {
      const share = rows > 0 ? d.nonNull / rows : 0;
      const percent = Math.round(share * 1000) / 10;
      return h("tr", { class: d.nonNull === 0 ? "is-empty" : undefined }, [
        h("th", { scope: "row" }, [h("code", {}, [d.column])]),
        h("td", { class: "num" }, [formatNumber(d.nonNull)]),
        h("td", {}, [h("code", {}, [d.dtype])]),
        h("td", {}, [
          h("span", { class: "chart-fill-cell" }, [
            h("span", { class: "chart-fill", "aria-hidden": "true" }, [h("span", { style: `width:${percent}%` })]),
            h("span", { class: "num" }, [formatNumber(share, "pct0")]),
          ]),
        ]),
      ]);
    }),
  );
  const table = h("table", { class: "chart-column-table", "aria-labelledby": labelledBy(options) }, [head, body]);
  const scroller = h("div", { class: "chart-table-scroll", role: "region", tabindex: "0", "aria-labelledby": labelledBy(options).split(" ")[0] }, [table]);
  return h("div", { class: "chart chart-column-table-wrap", id: `${options.id}-chart` }, [scroller]);
}

/** {@link render} serialised to an HTML string, for `set:html` in the Astro wrapper. */
export function renderToString(data: readonly ColumnInfo[], options: ColumnTableOptions): string {
  return serialize(render(data, options));
}
