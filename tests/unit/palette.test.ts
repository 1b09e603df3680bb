import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { colors, sequentialColor } from "../../src/charts/colors.ts";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import { ogCardSvg } from "../../src/publish/ogCardSvg.ts";
import { palette, paletteCss, paletteValue, type PaletteName } from "../../src/styles/palette.ts";

const HEX = /#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b/g;
const names = Object.keys(palette) as PaletteName[];

describe("the palette (src/styles/palette.ts)", () => {
  it("writes one custom property per colour, light-dark() or a reference", () => {
    const css = paletteCss();
    for (const name of names) {
      const entry = palette[name];
      const expected = "same" in entry ? `--${name}: var(--${entry.same});` : `--${name}: light-dark(${entry.light}, ${entry.dark});`;
      expect(css).toContain(expected);
    }
    expect(css.match(/^\s+--/gm)).toHaveLength(names.length);
  });

  it("resolves references in both themes", () => {
    expect(paletteValue("chart-axis", "light")).toBe(paletteValue("muted", "light"));
    expect(paletteValue("chart-label", "dark")).toBe(paletteValue("fg", "dark"));
    for (const name of names) for (const theme of ["light", "dark"] as const) expect(paletteValue(name, theme)).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("is what the charts' fallbacks, the preview card and nothing else hold", () => {
    expect(colors.series[0]).toBe(`var(--chart-1, ${paletteValue("chart-1")})`);
    expect(colors.background).toBe(`var(--bg, ${paletteValue("bg")})`);
    expect(sequentialColor(0, 5)).toBe(`var(--chart-seq-low, ${paletteValue("chart-seq-low")})`);
    const card = ogCardSvg({ kicker: "k", title: "t", siteName: "s", figure: { values: [1, 2], caption: "c" } });
    const lightValues = new Set(names.map((n) => paletteValue(n, "light")));
    const used = card.match(HEX) ?? [];
    expect(used.length).toBeGreaterThan(3);
    for (const hex of used) expect(lightValues.has(hex), hex).toBe(true);
  });

  it("is the only source file with a colour value in it", () => {
    const files = (readdirSync(path.join(PROJECT_ROOT, "src"), { recursive: true, encoding: "utf8" }) as string[])
      .filter((f) => /\.(css|astro|ts|svg)$/.test(f) && !f.startsWith("generated") && f !== path.join("styles", "palette.ts"));
    expect(files.length).toBeGreaterThan(50);
    const copies = files.flatMap((f) => (readFileSync(path.join(PROJECT_ROOT, "src", f), "utf8").match(HEX) ?? []).map((hex) => `${f}: ${hex}`));
    expect(copies).toEqual([]);
  });
});
