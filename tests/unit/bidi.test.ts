import { describe, expect, it } from "vitest";
import { isolateLines, needsIsolation } from "../../src/lib/bidi.ts";
import { renderChartToString } from "../../src/charts/renderChart.ts";

const RLO = "\u202E";
const FSI = "\u2068";
const PDI = "\u2069";

describe("bidi isolation of names from the data (issue 10 item 12)", () => {
  it("wraps only the lines that could reorder the text around them", () => {
    expect(needsIsolation("Acme Corp")).toBe(false);
    expect(needsIsolation(`Acme${RLO} Corp`)).toBe(true);
    expect(needsIsolation("שלום")).toBe(true);
    expect(isolateLines("Acme Corp\n45 postings")).toBe("Acme Corp\n45 postings");
    expect(isolateLines(`Acme${RLO} Corp\n45 postings`)).toBe(`${FSI}Acme${RLO} Corp${PDI}\n45 postings`);
  });

  it("isolates a name with an unterminated U+202E in a chart's SVG text, tooltips and mark data, and leaves ordinary names alone", () => {
    const rows = [{ name: `Northwind${RLO} Systems`, count: 8 }, { name: "Quarry Data", count: 7 }];
    const svg = renderChartToString({ kind: "bars", options: { label: "name", value: "count", unit: "postings" } }, rows, { id: "t" });
    const plain = renderChartToString({ kind: "bars", options: { label: "name", value: "count", unit: "postings" } }, [{ name: "Northwind Systems", count: 8 }, rows[1]!], { id: "t" });
    // Every U+202E sits inside an FSI … PDI on its line.
    const raw = [...svg.matchAll(new RegExp(RLO, "g"))];
    expect(raw.length).toBeGreaterThanOrEqual(3);
    for (const m of raw) {
      const before = svg.slice(0, m.index);
      const after = svg.slice(m.index);
      expect(before.lastIndexOf(FSI)).toBeGreaterThan(Math.max(before.lastIndexOf(PDI), before.lastIndexOf("\n"), before.lastIndexOf(">"), before.lastIndexOf('"')));
      expect(after.indexOf(PDI)).toBeGreaterThan(-1);
      expect(after.indexOf(PDI)).toBeLessThan(Math.min(...["\n", "<", '"'].map((c) => (after.indexOf(c) === -1 ? Infinity : after.indexOf(c)))));
    }
    // In the axis label (<text>), the tooltip (<title>) and the island's data-label.
    expect(svg).toContain(`>${FSI}Northwind${RLO} Systems${PDI}<`);
    expect(svg).toMatch(new RegExp(`<title>${FSI}Northwind${RLO} Systems${PDI}\n`));
    expect(svg).toContain(`data-label="${FSI}Northwind${RLO} Systems${PDI}"`);
    // Ordinary names are written as they are (the snapshots hold): no isolate marks at all.
    expect(plain).not.toContain(FSI);
    expect(plain).toContain(">Northwind Systems<");
  });
});
