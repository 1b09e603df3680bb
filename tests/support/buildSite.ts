import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";

/**
 * Runs `npm run build` (scripts/build.ts: precompute, `astro build`, the Pagefind
 * index and the CSP meta tags, under the build lock) into a fresh temporary folder
 * and returns it. `env` adds variables (BASE_PATH, JOBS_DATA...). Uses the Node running
 * the tests (the project's pinned Node under `npm test`).
 */
export function buildSite(env: Record<string, string> = {}): string {
  const outDir = mkdtempSync(path.join(tmpdir(), "jobs-site-"));
  // vitest copies import.meta.env (BASE_URL, MODE, DEV, PROD, SSR) into process.env;
  // a child build must not inherit them, or BASE_URL=/ overrides the configured base.
  const inherited = Object.fromEntries(Object.entries(process.env)
    .filter(([k]) => !["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV"].includes(k) && !k.startsWith("VITEST")));
  const opts = { cwd: PROJECT_ROOT, env: { ...inherited, ASTRO_TELEMETRY_DISABLED: "1", ...env }, stdio: "pipe" as const, encoding: "utf8" as const };
  try {
    execFileSync(process.execPath, ["--experimental-strip-types", "scripts/build.ts", "--outDir", outDir], opts);
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`build failed: ${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`, { cause: error });
  }
  return outDir;
}

/** Reads a built page by its URL path ("/posts/part-1/"). */
export function readPage(outDir: string, urlPath: string): string {
  const file = urlPath.endsWith("/") ? path.join(outDir, urlPath, "index.html") : path.join(outDir, urlPath);
  return readFileSync(file, "utf8");
}
