import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import type { AstroIntegration } from "astro";
import { figureDownload } from "../downloads/figureDownload.ts";
import { clearFigureData, recordedFigureData } from "../downloads/figureDataRegistry.ts";

/**
 * Writes the "Download the data" files of every chart: each Figure records its table as the
 * page renders (figureDataRegistry.ts), and when the build is done this writes
 * `<page>/data/<figure id>.csv` and `.json` into the output folder, next to the page. Any
 * Figure on any page gets its files, whichever component drew it. In `astro dev` the same
 * files are served from memory once their page has been viewed.
 */
export function figureDownloads(): AstroIntegration {
  let base = "/";
  return {
    name: "figure-downloads",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        // A Vite plugin's middleware runs before Astro's router, which would answer 404.
        updateConfig({
          vite: {
            plugins: [{
              name: "figure-downloads-dev",
              configureServer(server) {
                server.middlewares.use((req, res, next) => {
                  // Vite has already cut the base from the URL; recorded paths keep it.
                  const match = /^\/?(.*)\.(csv|json)$/.exec(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
                  const table = match && recordedFigureData().get(`${base}${match[1]}`);
                  if (!match || !table) return next();
                  const { body, type } = figureDownload(path.posix.basename(match[1]!), table, match[2] as "csv" | "json");
                  res.setHeader("Content-Type", type);
                  res.end(body);
                });
              },
            }],
          },
        });
      },
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:start": () => clearFigureData(),
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        let files = 0;
        for (const [file, table] of recordedFigureData()) {
          // Recorded paths carry the base (/jobs-review/...); the output folder does not.
          const relative = file.startsWith(base) ? file.slice(base.length) : file.replace(/^\/+/, "");
          await mkdir(path.join(out, path.dirname(relative)), { recursive: true });
          for (const format of ["csv", "json"] as const) {
            await writeFile(path.join(out, `${relative}.${format}`), figureDownload(path.posix.basename(relative), table, format).body);
            files++;
          }
        }
        logger.info(`wrote ${files} chart data files (CSV and JSON)`);
      },
    },
  };
}
