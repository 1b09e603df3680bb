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

/**
 * Shiki transformers every code block uses. Shiki stops tokenizing a line after 500 ms by
 * default and colours the rest of it plainly; on a loaded machine the first lines (while
 * the regex engine warms up) could cross that, so two builds of the same page differed
 * (docs/components/, Part I). With no time limit a line is always tokenized whole: the
 * same code gives the same HTML on every machine, however busy.
 */
export const CODE_TRANSFORMERS = [
  {
    name: "tokenize-without-time-limit",
    preprocess(code: string, options: { tokenizeTimeLimit?: number }) {
      options.tokenizeTimeLimit = 0;
      return code;
    },
  },
];
