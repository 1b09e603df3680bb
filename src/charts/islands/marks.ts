/**
 * Island for every SVG chart: hover highlight and an HTML tooltip on the marks, the same for
 * a tap or click (the tapped mark, at the tap; a tap outside the marks closes it), and from
 * the keyboard (Tab to the chart, arrow keys move between marks, Escape closes). A mark is
 * any element with data-label (tooltip: data-label, data-value, data-n) or with a <title>
 * (tooltip: its lines). The tooltip is also a polite live region, so a screen reader hears
 * the mark the keyboard lands on.
 */

interface Tip {
  title: string;
  lines: string[];
}

let tooltip: HTMLElement | undefined;
/** The chart whose mark the tooltip shows. */
let owner: SVGSVGElement | undefined;

/** Makes the charts inside `root` interactive; safe to call twice. */
export function enhance(root: Element): void {
  for (const svg of root.querySelectorAll<SVGSVGElement>("svg[data-chart]")) {
    if (svg.dataset["enhanced"] === undefined) enhanceChart(svg);
  }
}

function enhanceChart(svg: SVGSVGElement): void {
  svg.dataset["enhanced"] = "";
  const tips = new Map<Element, Tip>();
  for (const mark of svg.querySelectorAll("[data-label]")) tips.set(mark, tipFromData(mark));
  for (const title of Array.from(svg.querySelectorAll("title"))) {
    const mark: Element | null = title.parentElement;
    if (mark && mark !== svg && !tips.has(mark)) tips.set(mark, tipFromTitle(title.textContent ?? ""));
    // The HTML tooltip replaces the browser's, which would otherwise show as well.
    if (mark !== svg) title.remove();
  }
  const marks = Array.from(svg.querySelectorAll("*")).filter((element) => tips.has(element));
  if (marks.length === 0) return;
  let current = -1;

  const show = (index: number, at?: { x: number; y: number }) => {
    const mark = marks[index];
    if (!mark) return;
    marks[current]?.classList.remove("is-current");
    current = index;
    svg.classList.add("is-active");
    mark.classList.add("is-current");
    const box = mark.getBoundingClientRect();
    owner = svg;
    place(tips.get(mark)!, at ?? { x: box.right, y: box.top });
  };
  const hide = () => {
    marks[current]?.classList.remove("is-current");
    current = -1;
    svg.classList.remove("is-active");
    // The tooltip is shared: a tap on another chart has already taken it (blur comes after).
    if (tooltip && owner === svg) tooltip.hidden = true;
  };

  // The mark under the pointer: the target or its nearest ancestor that is a mark.
  const markAt = (target: EventTarget | null): number => {
    for (let element = target as Element | null; element && element !== svg; element = element.parentElement) {
      if (tips.has(element)) return marks.indexOf(element);
    }
    return -1;
  };
  const showAt = (event: PointerEvent | MouseEvent) => {
    const index = markAt(event.target);
    if (index >= 0) show(index, { x: event.clientX, y: event.clientY });
    else hide();
  };
  // A mouse hovers; a finger has no hover, so its tap (pointerdown) picks the mark. Lifting a
  // finger fires pointerleave at once: only a hovering pointer leaving closes the tooltip; a
  // touch one stays until the next tap, a tap elsewhere (blur) or Escape.
  svg.addEventListener("pointermove", (event) => {
    if (event.pointerType !== "touch") showAt(event);
  });
  svg.addEventListener("pointerleave", (event) => {
    if (event.pointerType !== "touch") hide();
  });
  svg.addEventListener("pointerdown", showAt);
  // A click that no pointer preceded (assistive technology, a synthetic click).
  svg.addEventListener("click", (event) => {
    if (event.detail === 0) showAt(event);
  });

  svg.setAttribute("tabindex", "0");
  // Keyboard focus opens the current (else the first) mark. Focus that a tap or click brings
  // is not :focus-visible, and must not cover the tapped mark with the first one's tooltip.
  svg.addEventListener("focus", () => {
    if (focusFromKeyboard(svg)) show(Math.max(current, 0));
  });
  svg.addEventListener("blur", hide);
  svg.addEventListener("keydown", (event) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step !== undefined) show((current + step + marks.length) % marks.length);
    else if (event.key === "Home") show(0);
    else if (event.key === "End") show(marks.length - 1);
    else if (event.key === "Escape") hide();
    else return;
    event.preventDefault();
  });
}

function focusFromKeyboard(element: Element): boolean {
  try {
    return element.matches(":focus-visible");
  } catch {
    return true; // a browser without :focus-visible: keep the keyboard working
  }
}

function tipFromData(mark: Element): Tip {
  const lines = [mark.getAttribute("data-value"), mark.getAttribute("data-n")].filter((line): line is string => Boolean(line));
  return { title: mark.getAttribute("data-label") ?? "", lines };
}

function tipFromTitle(text: string): Tip {
  const [title = "", ...lines] = text.split("\n");
  return { title, lines };
}

// One tooltip per page, positioned in page coordinates next to the pointer or the mark and
// kept inside the viewport. Text goes in with textContent: data never becomes markup.
function place(tip: Tip, at: { x: number; y: number }): void {
  if (!tooltip) {
    tooltip = document.createElement("div");
    tooltip.className = "chart-tooltip";
    tooltip.setAttribute("role", "status");
    tooltip.setAttribute("aria-live", "polite");
    document.body.append(tooltip);
  }
  const title = document.createElement("strong");
  title.textContent = tip.title;
  const lines = tip.lines.map((line) => {
    const div = document.createElement("div");
    div.textContent = line;
    return div;
  });
  tooltip.replaceChildren(title, ...lines);
  tooltip.hidden = false;
  const { width, height } = tooltip.getBoundingClientRect();
  const x = Math.min(at.x + 12, document.documentElement.clientWidth - width - 4);
  const y = at.y + 12 + height > window.innerHeight ? at.y - height - 12 : at.y + 12;
  tooltip.style.left = `${Math.max(4, x) + window.scrollX}px`;
  tooltip.style.top = `${Math.max(4, y) + window.scrollY}px`;
}
