/**
 * The buttons of a multi-part figure drawn as a toggle (renderChart.ts): shows one chart at
 * a time. Every chart is drawn at build; without JavaScript the buttons stay hidden and all
 * charts show, one after the other. Relies on <html data-js>, set before first paint by
 * ThemeScript, so the first paint already hides the other charts (charts.css), and the
 * page does not jump when this runs.
 */
export function initToggles(): void {
  // Panels are the charts (div.chart) in the toggle, in the buttons' order.
  for (const toggle of document.querySelectorAll<HTMLElement>("[data-chart-toggle]")) {
    if (toggle.dataset["ready"] !== undefined) continue;
    const panels = Array.from(toggle.querySelectorAll<HTMLElement>(".chart-toggle-panels > .chart"));
    const buttons = Array.from(toggle.querySelectorAll<HTMLButtonElement>(".chart-toggle-buttons button"));
    const select = (chosen: number) => {
      panels.forEach((panel, i) => (panel.hidden = i !== chosen));
      buttons.forEach((button, i) => button.setAttribute("aria-pressed", String(i === chosen)));
    };
    buttons.forEach((button, i) => button.addEventListener("click", () => select(i)));
    select(0);
    toggle.dataset["ready"] = "";
  }
}
