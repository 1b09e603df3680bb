import type { RenderFunction } from "@observablehq/plot";

/** The data attributes the island tooltip reads from a mark: name, value and an optional extra line. */
export interface MarkData {
  label: string;
  value: string;
  n?: string | undefined;
}

/** Writes {@link MarkData} onto an element as data-label, data-value and data-n. */
export function setMarkData(element: Element, { label, value, n }: MarkData): void {
  element.setAttribute("data-label", label);
  element.setAttribute("data-value", value);
  if (n !== undefined) element.setAttribute("data-n", n);
}

/**
 * A Plot render transform that tags each drawn mark element with {@link MarkData} for its
 * datum, so the island can show an HTML tooltip. Plot draws one element per index entry,
 * in index order.
 */
export function withMarkData<T>(data: readonly T[], describe: (datum: T) => MarkData): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const group = next!(index, scales, values, dimensions, context);
    if (!group) return null;
    const elements = Array.from(group.children).filter((child) => child.localName !== "title");
    index.forEach((i, k) => {
      const datum = data[i];
      const element = elements[k];
      if (datum !== undefined && element) setMarkData(element, describe(datum));
    });
    return group;
  };
}
