import { interpolate, wcagContrast } from "culori";
import { describe, expect, it } from "vitest";
import { colors, inkOnSequential, sequentialColor } from "../../src/charts/colors.ts";
import { palette, paletteValue, type PaletteName } from "../../src/styles/palette.ts";

// Contrast of every value a chart draws with what it is drawn on, in both themes, computed from
// the palette and from the very CSS strings the charts write (var(), color-mix(in oklab)),
// mixed here the way the browser mixes them. WCAG 2 contrast: 3:1 for a mark (a value must not
// vanish into the page), 4.5:1 for text.

const THEMES = ["light", "dark"] as const;
type Theme = (typeof THEMES)[number];

/** A chart colour string resolved in `theme`: var(--name, fallback) or color-mix(in oklab, a p%, b). */
function resolve(css: string, theme: Theme): string {
  const mix = /^color-mix\(in oklab, (var\([^)]*\)) (\d+(?:\.\d+)?)%, (var\([^)]*\))\)$/.exec(css);
  if (mix) {
    // color-mix(in oklab, A p%, B): p% of A, the rest B.
    const [, a, p, b] = mix;
    return interpolate([resolve(b!, theme), resolve(a!, theme)], "oklab")(Number(p) / 100) as unknown as string;
  }
  const v = /^var\(--([a-z0-9-]+), #[0-9a-f]{6}\)$/.exec(css);
  if (!v) throw new Error(`not a chart colour this test can resolve: ${css}`);
  return paletteValue(v[1] as PaletteName, theme);
}
const contrast = (a: string, b: string) => wcagContrast(a, b);

const seriesNames = (Object.keys(palette) as PaletteName[]).filter((n) => /^chart-\d+$/.test(n));

describe("chart colours against the page, in both themes", () => {
  for (const theme of THEMES) {
    const bg = paletteValue("bg", theme);
    const land = paletteValue("chart-land", theme);

    it(`${theme}: every series colour and the no-data marker keep 3:1 against the background and the map's land`, () => {
      expect(seriesNames.length).toBe(colors.series.length);
      const low = [...colors.series, colors.missing].map((c) => ({ c, bg: contrast(resolve(c, theme), bg), land: contrast(resolve(c, theme), land) }))
        .filter((r) => r.bg < 3 || r.land < 3);
      expect(low).toEqual([]);
    });

    it(`${theme}: every step of the sequential ramp, for 1 to 9 bins, keeps 3:1 against the land and 4.5:1 against the background`, () => {
      const problems: string[] = [];
      let checked = 0;
      for (let steps = 1; steps <= 9; steps++) {
        for (let step = 0; step < steps; step++) {
          const fill = resolve(sequentialColor(step, steps), theme);
          checked++;
          if (contrast(fill, bg) < 4.5) problems.push(`step ${step}/${steps}: ${contrast(fill, bg).toFixed(2)}:1 on the background`);
          if (contrast(fill, land) < 3) problems.push(`step ${step}/${steps}: ${contrast(fill, land).toFixed(2)}:1 on the land`);
        }
      }
      expect(checked).toBe(45);
      expect(problems).toEqual([]);
    });

    it(`${theme}: a label on a ramp step (the treemap's) keeps 4.5:1 with that step`, () => {
      const ink = resolve(inkOnSequential(), theme);
      for (let step = 0; step < 7; step++) {
        const fill = resolve(sequentialColor(step, 7), theme);
        expect(contrast(ink, fill), `step ${step} of 7`).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`${theme}: text colours keep 4.5:1 against the background and the surface (tables, code, folds)`, () => {
      for (const text of ["fg", "muted", "accent"] as const) {
        for (const under of ["bg", "surface"] as const) {
          expect(contrast(paletteValue(text, theme), paletteValue(under, theme)), `${text} on ${under}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });
  }

  it("the resolver mixes as the browser does: the ramp's ends are the palette's, the middle lies between", () => {
    // Guards the test itself: a resolver that returned one colour for every step would pass the checks above.
    expect(resolve(sequentialColor(0, 5), "dark")).toBe(paletteValue("chart-seq-low", "dark"));
    expect(resolve(sequentialColor(4, 5), "dark")).toBe(paletteValue("chart-seq-high", "dark"));
    const middle = contrast(resolve(sequentialColor(2, 5), "light"), paletteValue("bg", "light"));
    expect(middle).toBeGreaterThan(contrast(paletteValue("chart-seq-low", "light"), paletteValue("bg", "light")));
    expect(middle).toBeLessThan(contrast(paletteValue("chart-seq-high", "light"), paletteValue("bg", "light")));
  });
});
