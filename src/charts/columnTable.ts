import { z } from "zod";
import { formatNumber } from "../lib/formatNumber.ts";
import { defineChart, fieldName } from "./chartKind.ts";
import { num, text } from "./fields.ts";
import { htmlElement } from "./svg.ts";

const options = z.strictObject({
  column: fieldName("field with the column's name").default("column"),
  nonNull: fieldName("field with how many rows have a value in the column").default("nonNull"),
  dtype: fieldName("field with the column's pandas dtype").default("dtype"),
  total: z.number().int().nonnegative().describe("rows in the dataset: the denominator of each column's completeness"),
});

/**
 * The column overview of `DataFrame.info()` as an accessible HTML table: column name,
 * non-null count, dtype, and completeness as a small bar plus its percentage (the bar is
 * decoration; the percentage carries the value). Entirely empty columns are dimmed.
 * The table scrolls sideways inside its own focusable box on narrow screens. It is its
 * own data table, so it has no tooltips.
 */
export const columnTable = defineChart({
  kind: "column-table",
  description: "The columns of a dataset, as DataFrame.info() lists them: how many rows fill each, its type and how full it is.",
  options,
  fields: { column: "text", nonNull: "number", dtype: "text" },
  widths: { wide: 720, narrow: null },
  islands: [],
  columns: (o) => [{ key: o.column, label: "Column" }, { key: o.nonNull, label: "Non-null", format: "int" }, { key: o.dtype, label: "Type" }],
  draw(data, o, frame) {
    const { document } = frame;
    const rows = o.total;
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
      data.map((row) => {
        const d = { column: text(row, o.column), nonNull: num(row, o.nonNull), dtype: text(row, o.dtype) };
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
    const table = h("table", { class: "chart-column-table", "aria-labelledby": frame.labelledBy }, [head, body]);
    return h("div", { class: "chart-table-scroll", role: "region", tabindex: "0", "aria-labelledby": frame.labelledBy.split(" ")[0] }, [table]);
  },
});
