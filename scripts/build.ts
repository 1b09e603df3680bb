// `npm run build`: precompute, `astro build`, the Pagefind search index and each page's
// Content-Security-Policy meta tag, in that order, under one build lock (a second build
// in this folder waits for this one; see src/pipeline/buildLock.ts).
//   node --experimental-strip-types scripts/build.ts [--outDir dir] [other astro build flags]
// Stops at the first step that fails, with its exit code.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { acquireBuildLock, LOCK_ENV, LockTimeout } from "../src/pipeline/buildLock.ts";
import { safeLine } from "../src/lib/terminalText.ts";
import { PROJECT_ROOT } from "../src/pipeline/dataSources.ts";

const args = process.argv.slice(2);
const at = args.indexOf("--outDir");
const outDir = path.resolve(at === -1 ? path.join(PROJECT_ROOT, "dist") : (args[at + 1] ?? "dist"));
const astroArgs = at === -1 ? args : [...args.slice(0, at), ...args.slice(at + 2)];

let lock;
try {
  lock = await acquireBuildLock(PROJECT_ROOT, "npm run build");
} catch (error) {
  if (!(error instanceof LockTimeout)) throw error;
  console.error(safeLine(`build failed: ${error.message}`));
  process.exit(1);
}
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", [LOCK_ENV]: lock.token };
const modules = path.join(PROJECT_ROOT, "node_modules");
const steps: [string, string[]][] = [
  ["precompute", ["--experimental-strip-types", "--max-semi-space-size=8", path.join(PROJECT_ROOT, "scripts", "precompute.ts")]],
  ["astro build", [path.join(modules, "astro", "bin", "astro.mjs"), "build", "--outDir", outDir, ...astroArgs]],
  ["pagefind", [path.join(modules, "pagefind", "lib", "runner", "bin.cjs"), "--site", outDir, "--silent"]],
  ["csp", ["--experimental-strip-types", path.join(PROJECT_ROOT, "scripts", "csp.ts"), outDir, "--write"]],
];
for (const [name, argv] of steps) {
  const run = spawnSync(process.execPath, argv, { cwd: PROJECT_ROOT, env, stdio: "inherit" });
  if (run.status !== 0) {
    const shown = path.relative(PROJECT_ROOT, outDir);
    console.error(safeLine(`build failed at ${name}${run.signal ? ` (${run.signal})` : ""}; ${shown.startsWith("..") || shown === "" ? outDir : shown} is not a finished site`));
    lock.release();
    process.exit(run.status ?? 1);
  }
}
lock.release();
