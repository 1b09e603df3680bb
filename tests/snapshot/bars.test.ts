import { describe, expect, it } from "vitest";
import { drawChart, drawChartToString } from "./drawChart.ts";
import { expectInert, expectSnapshot, HOSTILE } from "./snapshot.ts";

const KIND = { kind: "bars", options: { label: "name", value: "count", unit: "postings" } } as const;
const PARTS = {};

type DrawOptions = { id: string; narrowWidth?: number | null; width?: number } & Record<string, unknown>;
/** The chart drawn from `rows` with the options a post would give (KIND's defaults, then `extra`). */
const render = (rows: readonly object[], { id, narrowWidth, width, ...extra }: DrawOptions) =>
  drawChart({ kind: KIND.kind, options: { ...KIND.options, ...extra }, ...PARTS }, rows, { id, narrowWidth, width });
const renderToString = (rows: readonly object[], { id, narrowWidth, width, ...extra }: DrawOptions) =>
  drawChartToString({ kind: KIND.kind, options: { ...KIND.options, ...extra }, ...PARTS }, rows, { id, narrowWidth, width });

const COMPANIES = [
  { name: "Initech", count: 1234 },
  { name: "Globex Corporation", count: 617 },
  { name: "Umbrella", count: 40 },
  { name: "Hooli", count: 7 },
];

const wide = (element: Element) => element.querySelector(".chart-wide svg")!;

describe("bars", () => {
  it("matches its snapshot", async () => {
    await expectSnapshot("bars", renderToString(COMPANIES, { id: "companies" }));
  });

  it("matches its snapshot with a rule annotation", async () => {
    await expectSnapshot("bars-annotated", renderToString(COMPANIES, { id: "companies", annotations: [{ value: 617, text: "2 companies post 617 or more" }] }));
  });

  it("writes each count at the end of its bar", () => {
    const svg = wide(render(COMPANIES, { id: "companies" }));
    const labels = Array.from(svg.querySelectorAll("text")).map((t) => t.textContent);
    for (const { count } of COMPANIES) expect(labels).toContain(count.toLocaleString("en-US"));
  });

  it("makes bar length proportional to the count", () => {
    const bars = Array.from(wide(render(COMPANIES, { id: "companies" })).querySelectorAll("rect"));
    expect(bars).toHaveLength(COMPANIES.length);
    const perUnit = bars.map((bar, i) => Number(bar.getAttribute("width")) / COMPANIES[i]!.count);
    for (const ratio of perUnit.slice(0, 3)) expect(ratio).toBeCloseTo(perUnit[0]!, 2);
  });

  it("shortens long labels on the axis and keeps the full name in the tooltip", () => {
    const svg = wide(render(COMPANIES, { id: "companies", shorten: 10 }));
    const texts = Array.from(svg.querySelectorAll("text")).map((t) => t.textContent);
    expect(texts).toContain("Globex ...");
    expect(texts).not.toContain("Globex Corporation");
    const bar = svg.querySelectorAll("rect")[1]!;
    expect(bar.querySelector("title")?.textContent).toBe("Globex Corporation\n617 postings");
    expect(bar.getAttribute("data-label")).toBe("Globex Corporation");
  });

  it("draws a narrow version unless told not to", () => {
    expect(render(COMPANIES, { id: "c" }).querySelectorAll("svg")).toHaveLength(2);
    expect(render(COMPANIES, { id: "c", narrowWidth: null }).querySelectorAll("svg")).toHaveLength(1);
  });

  it("keeps hostile names as inert text", () => {
    const html = renderToString([{ name: HOSTILE, count: 3 }], { id: "c", narrowWidth: null });
    expectInert(html, (document) => document.querySelector("rect title")!.textContent ?? "");
  });
});

describe("bars: marked bars (mark)", () => {
  const FIRMS = COMPANIES.map((c, i) => ({ ...c, staffing: i === 1 || i === 3 }));
  const draw = () => render(FIRMS, { id: "companies", mark: "staffing", markLabel: "Staffing firm" });

  it("draws the marked bars in the mark colour and the others in the bar colour", () => {
    const svg = wide(draw());
    const fills = new Map(Array.from(svg.querySelectorAll("[data-label]")).map((b) => [b.getAttribute("data-label"), b.closest("g")?.getAttribute("style") ?? b.getAttribute("style") ?? ""]));
    expect(fills.size).toBe(4);
    const marked = [...fills].filter(([, style]) => style.includes("--chart-2")).map(([name]) => name);
    expect(marked).toEqual(["Globex Corporation", "Hooli"]);
    expect([...fills].filter(([, style]) => style.includes("--chart-1")).map(([name]) => name)).toEqual(["Initech", "Umbrella"]);
  });

  it("names the mark in the tooltip and counts the marked bars in a key under the chart", () => {
    const chart = draw();
    const hooli = wide(chart).querySelector("[data-label='Hooli']")!;
    expect(hooli.getAttribute("data-n")).toBe("Staffing firm");
    expect(wide(chart).querySelector("[data-label='Initech']")!.getAttribute("data-n")).toBeNull();
    expect(chart.querySelector(".chart-note-marked")?.textContent).toBe(" Staffing firm: 2 of the 4 bars.");
  });

  it("adds no key when no bar is marked, or without the option", () => {
    expect(render(COMPANIES.map((c) => ({ ...c, staffing: false })), { id: "c", mark: "staffing" }).querySelector(".chart-note-marked")).toBeNull();
    expect(render(FIRMS, { id: "c" }).querySelector(".chart-note-marked")).toBeNull();
  });
});

describe("bars: names too long for the left go above their bars, whole", () => {
  const LONG = [
    { name: "Software Development", count: 486 },
    { name: "Software Development, Hospitals and Health Care, and Information Technology & Services", count: 68 },
  ];

  it("writes every name in full (wrapped, never cut or shortened) on a phone and on a wide screen", () => {
    const chart = render(LONG, { id: "industries" });
    for (const drawing of [chart.querySelector(".chart-wide svg")!, chart.querySelector(".chart-narrow svg")!]) {
      const texts = Array.from(drawing.querySelectorAll("text")).map((t) => (Array.from(t.querySelectorAll("tspan")).map((s) => s.textContent).join(" ") || t.textContent)!.trim());
      for (const { name } of LONG) expect(texts).toContain(name);
      expect(texts.join(" ")).not.toMatch(/…|\+ \d+ more/);
    }
    // On the phone the long name takes more than one line.
    const narrowLong = Array.from(chart.querySelectorAll(".chart-narrow svg text")).find((t) => (t.textContent ?? "").startsWith("Software Development, Hospitals"));
    expect(narrowLong?.querySelectorAll("tspan").length).toBeGreaterThan(1);
  });

  it("keeps short names at the left of their bars", () => {
    const svg = wide(render(COMPANIES, { id: "companies" }));
    // The names end right-aligned where the bars start.
    const bar = svg.querySelector("[data-label='Initech']")!;
    expect(Number(bar.getAttribute("x"))).toBeGreaterThan(20);
    expect(svg.querySelector("g[text-anchor='end'] text")?.textContent).toBe("Initech");
  });
});
