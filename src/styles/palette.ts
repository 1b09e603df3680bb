/**
 * Every colour of the site, once: the page, links, tables, charts, the preview cards and
 * the favicon all read this list. A colour is a light and a dark value, or another
 * colour's name (it then follows that colour in both themes).
 *
 * What reads it:
 * - the page's CSS: {@link paletteCss} writes the `--name: light-dark(…)` custom
 *   properties, served as the `virtual:palette.css` module (palettePlugin.ts) that
 *   BaseLayout imports; global.css and charts.css only use the variables;
 * - charts: src/charts/colors.ts writes `var(--name, <light value>)`, so a chart read
 *   without the site's CSS (a feed, a saved SVG) keeps the light theme;
 * - the preview cards (src/publish/ogCardSvg.ts) and the favicon
 *   (src/pages/favicon.svg.ts), which are images: they take the values themselves.
 *
 * To change a colour, change it here; nothing else holds a copy.
 */

/** A colour in both themes, or the name of the colour it follows. */
export type PaletteEntry = { readonly light: string; readonly dark: string } | { readonly same: PaletteName };

const both = (light: string, dark: string) => ({ light, dark }) as const;

export const palette = {
  bg: both("#fcfcfb", "#121317"),
  fg: both("#1b1c20", "#e6e6ea"),
  /** Secondary text; at least 4.5:1 on `bg` and `surface` in both themes. */
  muted: both("#5b5d66", "#a2a4ae"),
  /** Links and the focus ring. */
  accent: both("#0b5bb0", "#86bdff"),
  border: both("#d8d9de", "#34363d"),
  /** Code, tables, folds. */
  surface: both("#f2f2f4", "#1b1c22"),
  /** Search-result highlights. */
  highlight: both("#fff0a0", "#5c4a00"),

  // Charts: categorical series, in order of use.
  "chart-1": both("#3b5fc0", "#7c9cf0"),
  "chart-2": both("#d9480f", "#ff8a5b"),
  "chart-3": both("#2b8a3e", "#69db7c"),
  "chart-4": both("#9c36b5", "#da77f2"),
  "chart-5": both("#0b7285", "#3bc9db"),
  "chart-6": both("#c2255c", "#f783ac"),
  "chart-7": both("#b35c00", "#ffc078"),
  "chart-8": both("#5c677d", "#adb5bd"),
  /**
   * Ends of the sequential ramp (low → high), e.g. bubble colour by count; steps between are
   * color-mix(in oklab). Every step keeps 4.5:1 against `bg` in its theme, so the lowest value
   * stays visible and a label in the page's background colour reads on any step
   * (tests/unit/paletteContrast.test.ts computes it).
   */
  "chart-seq-low": both("#5570b2", "#6b7db0"),
  "chart-seq-high": both("#1d3a8a", "#b9ccff"),
  /** Map and axis furniture. */
  "chart-land": both("#efefec", "#1e2027"),
  "chart-borders": both("#b9bac2", "#4a4d58"),
  "chart-grid": both("#e4e5e9", "#2b2d35"),
  "chart-axis": { same: "muted" },
  "chart-label": { same: "fg" },
  /** "No data" markers (areas without salary data): red in both themes, as in the original. */
  "chart-missing": both("#c92a2a", "#ff6b6b"),
  "chart-tooltip-bg": both("#ffffff", "#25272f"),
} as const satisfies Record<string, { readonly light: string; readonly dark: string } | { readonly same: string }>;

/** The name of a palette colour: its CSS custom property is `--<name>`. */
export type PaletteName = keyof typeof palette;

/** The categorical series colours, `chart-1`, `chart-2`, …: every palette entry so named, in number order. */
export const SERIES_COLORS = (Object.keys(palette) as PaletteName[])
  .filter((name) => /^chart-\d+$/.test(name))
  .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6))) as readonly PaletteName[];

/** The colour's value in one theme, following `same` references. */
export function paletteValue(name: PaletteName, theme: "light" | "dark" = "light"): string {
  const entry: PaletteEntry = palette[name];
  return "same" in entry ? paletteValue(entry.same, theme) : entry[theme];
}

/** `var(--name, <light value>)`: the themed colour, with the light value where the site's CSS is absent. */
export function paletteVar(name: PaletteName): string {
  return `var(--${name}, ${paletteValue(name, "light")})`;
}

/** The custom properties of the whole palette, as the `:root` rule the site's CSS is built on. */
export function paletteCss(): string {
  const lines = Object.entries(palette).map(([name, entry]: [string, PaletteEntry]) =>
    "same" in entry ? `  --${name}: var(--${entry.same});` : `  --${name}: light-dark(${entry.light}, ${entry.dark});`,
  );
  return `/* Generated from src/styles/palette.ts: change colours there. */\n:root {\n${lines.join("\n")}\n}\n`;
}
