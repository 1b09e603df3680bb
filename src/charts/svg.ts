/** The SVG namespace, for `createElementNS`. */
export const SVG_NS = "http://www.w3.org/2000/svg";

/** Attribute values accepted by {@link svgElement}; `undefined` and `null` skip the attribute. */
export type Attributes = Record<string, string | number | undefined | null>;

/**
 * Creates an SVG element with attributes (numbers rounded to 0.1 so output stays small and
 * stable) and optional children; strings become text nodes, never markup.
 */
export function svgElement(
  document: Document,
  tag: string,
  attributes: Attributes = {},
  children: readonly (Node | string)[] = [],
): SVGElement {
  const element = document.createElementNS(SVG_NS, tag) as SVGElement;
  setAttributes(element, attributes);
  for (const child of children) {
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** Creates an HTML element with attributes and children; strings become text nodes. */
export function htmlElement(
  document: Document,
  tag: string,
  attributes: Attributes = {},
  children: readonly (Node | string)[] = [],
): HTMLElement {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  for (const child of children) {
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

function setAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    element.setAttribute(name, typeof value === "number" ? String(round(value)) : value);
  }
}

/** Rounds to one decimal: a tenth of a user unit is below what a screen can show. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
