/** What {@link finishSvg} needs to know about the chart. */
export interface FinishOptions {
  /** Chart kind, e.g. "bars": the class `chart-bars` and `data-chart` for the islands. */
  kind: string;
  /** Ids (space-separated) of the elements naming and describing the chart. */
  labelledBy: string;
  width: number;
  height: number;
  /**
   * How far the SVG may grow beyond its drawn width (default 1.2), so text is never
   * blown up much past its designed size on wide screens.
   */
  maxScale?: number;
}

// Presentation attributes whose value may hold var()/color-mix(): moved into `style`,
// because CSS functions in SVG attributes are not honoured by every browser.
const PAINT_ATTRIBUTES = ["fill", "stroke", "color", "stop-color"];

/**
 * Gives a rendered SVG the common frame: viewBox, intrinsic size (no layout shift), class,
 * `role="img"` and `aria-labelledby`. Also strips what Observable Plot adds that the site
 * styles itself (its `<style>` block and per-group aria-labels, which `role="img"` hides
 * anyway) and moves CSS-variable colours into `style`.
 */
export function finishSvg(svg: Element, options: FinishOptions): Element {
  const { kind, width, height } = options;
  for (const style of Array.from(svg.querySelectorAll("style"))) style.remove();
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("class", `chart-svg chart-${kind}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-labelledby", options.labelledBy);
  svg.setAttribute("data-chart", kind);
  const maxScale = options.maxScale ?? 1.2;
  if (Number.isFinite(maxScale)) svg.setAttribute("style", `max-width:${Math.round(width * maxScale)}px`);
  else svg.removeAttribute("style");
  for (const element of [svg, ...Array.from(svg.querySelectorAll("*"))]) {
    if (element !== svg) element.removeAttribute("aria-label");
    element.removeAttribute("aria-hidden");
    moveCssColoursToStyle(element);
    roundGeometry(element);
  }
  return svg;
}

const GEOMETRY_ATTRIBUTES = ["d", "transform", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height", "points"];

// Plot writes full float precision (634.8000000000001); a tenth of a unit is plenty and
// keeps the markup small and stable across platforms.
function roundGeometry(element: Element): void {
  for (const name of GEOMETRY_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value === null || !/\.\d{2}/.test(value)) continue;
    element.setAttribute(name, value.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 10) / 10)));
  }
}

function moveCssColoursToStyle(element: Element): void {
  const declarations: string[] = [];
  for (const name of PAINT_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value === null || !/var\(|color-mix\(/.test(value)) continue;
    declarations.push(`${name}:${value}`);
    element.removeAttribute(name);
  }
  if (declarations.length === 0) return;
  const existing = element.getAttribute("style");
  element.setAttribute("style", [existing, ...declarations].filter(Boolean).join(";"));
}
