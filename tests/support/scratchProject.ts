import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";

/**
 * A scratch copy of the project (sources, posts, data, scripts; node_modules linked, no
 * src/generated, no dist), where a test may break things: kill a precompute, edit the
 * generated folder, run two builds at once.
 */
export function scratchProject(prefix = "scratch-"): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of ["src", "content", "data", "scripts", "public", "astro.config.mjs", "package.json", "package-lock.json", "tsconfig.json"]) {
    cpSync(path.join(PROJECT_ROOT, entry), path.join(dir, entry), { recursive: true, filter: (src) => !/[/\\]generated([/\\]|$)/.test(src) });
  }
  symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

/** The environment for commands: without what vitest adds (BASE_URL and friends) and without colour codes. */
export function commandEnv(extra: Record<string, string> = {}): Record<string, string> {
  const inherited = Object.fromEntries(Object.entries(process.env)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .filter(([k]) => !["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "FORCE_COLOR", "JOBS_DATA", "DS_DATA", "JOBS_BUILD_LOCK"].includes(k) && !k.startsWith("VITEST")));
  return { ...inherited, NO_COLOR: "1", ASTRO_TELEMETRY_DISABLED: "1", ...extra };
}

/** Node arguments of the project's commands, run from `dir`. */
export const COMMANDS = {
  precompute: ["--experimental-strip-types", "scripts/precompute.ts"],
  build: ["--experimental-strip-types", "scripts/build.ts"],
  astroBuild: ["node_modules/astro/bin/astro.mjs", "build"],
} as const;

/** Runs a project command in `dir` to the end; stdout and stderr as text. */
export function run(dir: string, args: readonly string[], env: Record<string, string> = {}): SpawnSyncReturns<string> & { output_: string } {
  const r = spawnSync(process.execPath, args, { cwd: dir, env: commandEnv(env), encoding: "utf8", timeout: 600_000 });
  return Object.assign(r, { output_: `${r.stdout}\n${r.stderr}` });
}

/** Starts a project command in `dir`; resolves with its exit code and output when it ends. */
export function start(dir: string, args: readonly string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, args, { cwd: dir, env: commandEnv(env) });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const done = new Promise<{ status: number | null; output: string }>((resolve) => child.on("close", (status) => resolve({ status, output })));
  return { child, done, output: () => output };
}

/** The rows a built site says its backend dataset kept (its published quality report). */
export function builtRows(outDir: string, dataset = "backend"): number {
  return (JSON.parse(readFileSync(path.join(outDir, "data", `quality-${dataset}.json`), "utf8")) as { rowsKept: number }).rowsKept;
}
