import { spawnSync } from "node:child_process";
import path from "node:path";
import type { AstroIntegration } from "astro";
import { acquireBuildLock, LOCK_ENV, type BuildLock } from "../pipeline/buildLock.ts";
import { freshnessProblems } from "../pipeline/freshness.ts";
import { GENERATED_DIR } from "../pipeline/outputs.ts";
import { safeLine } from "../lib/terminalText.ts";

/**
 * Makes `astro build` (and `astro dev` at start) publish only data computed from this
 * build's sources, data and code. Before anything renders it checks src/generated/
 * against its completion manifest (src/pipeline/freshness.ts); when the folder is
 * missing, incomplete, edited, or was computed from other data (`JOBS_DATA=X astro build`
 * after a precompute of Y) it says what is wrong and runs precompute, and stops the
 * build if that fails. `astro build` also holds the build lock until it is done, so a
 * second build in the same folder waits instead of swapping the data under it.
 */
export function freshData({ root }: { root: string }): AstroIntegration {
  let lock: BuildLock | undefined;
  return {
    name: "fresh-data",
    hooks: {
      "astro:config:setup": async ({ command, logger }) => {
        if (command !== "build" && command !== "dev") return;
        if (command === "build") lock = await acquireBuildLock(root, "astro build", { log: (t) => logger.info(safeLine(t)) });
        const problems = await freshnessProblems(root, process.env);
        if (problems.length === 0) return;
        // Problems name data files: escaped, as every message with names from the data.
        logger.warn(safeLine(`${GENERATED_DIR} does not match this build: ${problems.slice(0, 4).join("; ")}${problems.length > 4 ? `; and ${problems.length - 4} more` : ""}. Running precompute.`));
        const env = lock ? { ...process.env, [LOCK_ENV]: lock.token } : process.env;
        const run = spawnSync(process.execPath, ["--experimental-strip-types", path.join(root, "scripts", "precompute.ts")], { cwd: root, env, stdio: "inherit" });
        if (run.status !== 0) {
          throw new Error(`precompute failed (its message is above), so ${GENERATED_DIR} does not hold this build's data: the build stops rather than publish it`);
        }
        const left = await freshnessProblems(root, process.env);
        if (left.length > 0) throw new Error(safeLine(`${GENERATED_DIR} still does not match this build after precompute: ${left.join("; ")}`));
      },
      "astro:build:done": () => {
        lock?.release();
      },
    },
  };
}
