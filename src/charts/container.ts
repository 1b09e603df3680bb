import { htmlElement } from "./svg.ts";

/**
 * The `div.chart` every chart returns: the element the island script attaches to
 * (`data-island`) and the CSS size container. With a `narrow` rendering, charts.css shows
 * `wide` in containers of 560 px and more and `narrow` below, so text keeps its designed
 * size on phones instead of shrinking with the SVG.
 */
export function chartContainer(
  document: Document,
  { id, kind, wide, narrow, before = [], after = [] }: { id: string; kind: string; wide: Node; narrow?: Node | undefined; before?: readonly Node[]; after?: readonly Node[] },
): HTMLElement {
  const body = narrow
    ? [htmlElement(document, "div", { class: "chart-wide" }, [wide]), htmlElement(document, "div", { class: "chart-narrow" }, [narrow])]
    : [wide];
  return htmlElement(document, "div", { class: `chart chart-${kind}-wrap`, id: `${id}-chart`, "data-island": "marks" }, [...before, ...body, ...after]);
}
