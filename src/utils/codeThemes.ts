/**
 * The Shiki themes for code, light and dark. Shared by astro.config.mjs (code fences in
 * MDX) and CodeFold.astro (analysis source) so every code block on the site looks alike.
 * Highlighting uses `defaultColor: false`, so colours come from `--shiki-light` /
 * `--shiki-dark` variables that global.css picks between with the page theme.
 */
export const CODE_THEMES = { light: "github-light", dark: "github-dark" } as const;
