// @ts-check
// Astro configuration. The site's own settings (title, URL, base path, datasets) live in
// src/site/config.ts, validated by src/site/siteConfig.ts, with SITE_URL, BASE_PATH and
// friends overriding them for one build, e.g. SITE_URL=https://example.github.io BASE_PATH=/jobs-review/.
// Links inside the site go through src/site/url.ts (withBase) so nothing hard-codes "/".
// Telemetry: the npm scripts run with ASTRO_TELEMETRY_DISABLED=1 so CI never prompts or
// phones home; that is an environment variable, not a config option.
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import sitemap from "@astrojs/sitemap";
import { CODE_THEMES, CODE_TRANSFORMERS } from "./src/site/codeThemes.ts";
import { freshData } from "./src/integrations/freshData.ts";
import { SITE } from "./src/site/siteConfig.ts";
import { precomputeOnChange } from "./src/integrations/precomputeOnChange.ts";
import { postDataValidation } from "./src/integrations/validatePostData.ts";
import { palettePlugin } from "./src/styles/palettePlugin.ts";

const root = fileURLToPath(new URL(".", import.meta.url));
// Checks every data-bound prop of every post on its MDX syntax tree before it compiles
// (src/integrations/validatePostData.ts), so a typo names the post's file and line.
const postData = postDataValidation({ root });

export default defineConfig({
  // No site URL, no absolute URLs: canonical links, og:url and og:image, the feed and the
  // sitemap are left out (and the build says so) rather than pointing at localhost.
  ...(SITE.siteUrl ? { site: SITE.siteUrl } : {}),
  base: SITE.basePath,
  output: "static",
  // Pages are folders with index.html ("directory" format), so every page URL ends with
  // a slash; "always" makes dev behave like the built site and BASE_URL end with "/".
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [
    // First: src/generated/ must hold this build's data (else precompute runs), under the build lock.
    freshData({ root }),
    mdx(),
    precomputeOnChange({ root }),
    // Gives the post validator the dev server, to read the registry as it is now.
    postData.integration,
    // sitemap-index.xml + sitemap-0.xml with absolute URLs under `site` + `base` (404 left out).
    ...(SITE.siteUrl ? [sitemap()] : []),
    {
      name: "site-url-notice",
      hooks: {
        "astro:build:start": ({ logger }) => {
          if (!SITE.siteUrl) logger.warn("no site URL (SITE_URL or siteUrl in src/site/config.ts): this build has no canonical links, Open Graph URLs or images, feed or sitemap. Set it to deploy.");
        },
      },
    },
  ],
  markdown: {
    processor: satteri({ mdastPlugins: [postData.mdastPlugin] }),
    shikiConfig: {
      themes: CODE_THEMES,
      // No inline default colour: global.css picks --shiki-light or --shiki-dark from
      // the page theme, which may differ from the system preference (theme toggle).
      defaultColor: false,
      // Whole-line tokenizing, so highlighting never depends on the machine's load.
      transformers: CODE_TRANSFORMERS,
    },
  },
  // Static pages only; keep the dev toolbar out of screenshots and e2e runs.
  devToolbar: { enabled: false },
  vite: {
    // The colour custom properties, from src/styles/palette.ts (virtual:palette.css).
    plugins: [palettePlugin()],
    // Component scripts stay files under _astro/ ('self' in the CSP), never inlined into a
    // page: the only inline scripts a page may have are src/'s is:inline ones, which the
    // CSP step allows by their source and nothing else (src/publish/ownScripts.ts).
    // Other assets (stylesheets, images) keep Vite's default 4 kB rule.
    build: { assetsInlineLimit: (/** @type {string} */ file) => (file.endsWith(".js") ? false : undefined) },
  },
});
