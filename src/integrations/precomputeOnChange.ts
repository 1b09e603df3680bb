import { spawn } from "node:child_process";
import path from "node:path";
import type { AstroIntegration } from "astro";
import type { ViteDevServer } from "vite";
import { DATASETS } from "../site/siteConfig.ts";

/**
 * What precompute's output says went wrong: the lines it printed after
 * "precompute failed:" (an input error or an analysis that threw, named with
 * its file and line), else the last lines of the output (an uncaught error).
 */
export function precomputeFailure(output: string): string {
  const lines = output.trim().split("\n");
  const at = lines.findIndex((l) => l.startsWith("precompute failed:"));
  if (at !== -1) return lines.slice(at).join("\n").replace(/^precompute failed:\s*/, "");
  return lines.slice(-12).join("\n");
}

/** Folders and files whose change means the computed data may change. */
export function watchedPaths(root: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const paths = ["data", "src/analysis", "src/ingest", "src/pipeline"].map((p) => path.join(root, p));
  // JOBS_DATA / DS_DATA may point outside data/: watch them too.
  for (const { env: name } of DATASETS) {
    const value = env[name];
    if (value) paths.push(path.resolve(root, value));
  }
  return [...new Set(paths)];
}

/** Makes every post recompile on its next request, so the post validator re-reads the new data. */
function invalidatePosts(server: ViteDevServer) {
  for (const environment of Object.values(server.environments)) {
    for (const mod of environment.moduleGraph.idToModuleMap.values()) {
      if (mod.id?.split("?")[0]?.endsWith(".mdx")) environment.moduleGraph.invalidateModule(mod);
    }
  }
}

/**
 * In `astro dev`, re-runs precompute (scripts/precompute.ts, the pipeline's
 * entry point) when a data file, an analysis, the registry, ingest or the
 * pipeline changes, or a file JOBS_DATA / DS_DATA points at outside data/.
 * Its JSON lands in src/generated/, which the pages import; the posts are
 * recompiled (the validator checks them against the new data) and the page
 * reloads.
 *
 * A failed precompute prints its message (an analysis that threw is named
 * with its file and line) in the terminal and in the browser's error overlay,
 * and the overlay is shown again to every page that loads until a precompute
 * succeeds: the old numbers never pass silently for new ones.
 */
export function precomputeOnChange({ root }: { root: string }): AstroIntegration {
  return {
    name: "precompute-on-change",
    hooks: {
      "astro:server:setup": ({ server, logger }) => {
        const watched = watchedPaths(root);
        server.watcher.add(watched);
        let timer: NodeJS.Timeout | undefined;
        let running = false;
        let again = false;
        let failure: string | undefined;
        const showFailure = () => {
          if (failure === undefined) return;
          server.ws.send({ type: "error", err: { message: `precompute failed: the page shows the last good data, not this change.\n${failure}`, stack: "", plugin: "precompute-on-change" } });
        };
        // A page loaded (or reloaded) while precompute is failing gets the overlay too.
        server.ws.on("connection", () => setTimeout(showFailure, 200));
        const run = () => {
          if (running) {
            again = true;
            return;
          }
          running = true;
          const started = Date.now();
          const child = spawn(process.execPath, ["--experimental-strip-types", path.join(root, "scripts", "precompute.ts")], { cwd: root, env: process.env });
          let output = "";
          child.stdout.on("data", (d) => (output += d));
          child.stderr.on("data", (d) => (output += d));
          child.on("close", (code) => {
            running = false;
            if (code === 0) {
              failure = undefined;
              logger.info(`precompute: done in ${Date.now() - started} ms`);
              invalidatePosts(server);
              server.ws.send({ type: "full-reload" });
            } else {
              failure = precomputeFailure(output);
              logger.error(`precompute failed:\n${failure}`);
              showFailure();
            }
            if (again) {
              again = false;
              run();
            }
          });
        };
        const onChange = (file: string) => {
          if (!watched.some((p) => file === p || file.startsWith(p + path.sep))) return;
          clearTimeout(timer);
          timer = setTimeout(run, 150);
        };
        server.watcher.on("change", onChange);
        server.watcher.on("add", onChange);
        server.watcher.on("unlink", onChange);
      },
    },
  };
}
