import { spawn } from "node:child_process";
import path from "node:path";
import type { AstroIntegration } from "astro";

/**
 * In `astro dev`, re-runs precompute when a data file (data/**) or an analysis
 * (src/analysis/**, src/ingest/**) changes. Its JSON lands in src/generated/,
 * which the pages import, so the open page reloads with the new figures. A
 * failed precompute prints its message in the terminal and shows it in the
 * browser's error overlay; the last good JSON stays in place.
 */
export function precomputeOnChange({ root }: { root: string }): AstroIntegration {
  return {
    name: "precompute-on-change",
    hooks: {
      "astro:server:setup": ({ server, logger }) => {
        const watched = [path.join(root, "data"), path.join(root, "src", "analysis"), path.join(root, "src", "ingest")];
        server.watcher.add(watched);
        let timer: NodeJS.Timeout | undefined;
        let running = false;
        let again = false;
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
              logger.info(`precompute: done in ${Date.now() - started} ms`);
            } else {
              const message = output.trim().split("\n").filter((l) => /error|failed/i.test(l)).join("\n") || output.trim();
              logger.error(message);
              server.ws.send({ type: "error", err: { message: `precompute failed:\n${message}`, stack: "", plugin: "precompute-on-change" } });
            }
            if (again) {
              again = false;
              run();
            }
          });
        };
        const onChange = (file: string) => {
          if (!watched.some((dir) => file.startsWith(dir))) return;
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
