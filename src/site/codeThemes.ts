/**
 * The Shiki themes for code, light and dark. Shared by astro.config.mjs (code fences in
 * MDX) and CodeFold.astro (analysis source) so every code block on the site looks alike.
 * Highlighting uses `defaultColor: false`, so colours come from `--shiki-light` /
 * `--shiki-dark` variables that global.css picks between with the page theme.
 *
 * Chosen for contrast on the code background (--surface): every token colour these two
 * give TypeScript is at least 4.5:1 (WCAG AA). Plain github-light and github-dark are not
 * (their comments and some keywords fall to about 3.1-4.3:1), which axe reports.
 */
export const CODE_THEMES = { light: "github-light-high-contrast", dark: "github-dark-default" } as const;
