import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";

const astroBin = path.join(PROJECT_ROOT, "node_modules", "astro", "bin", "astro.mjs");
const pagefindBin = path.join(PROJECT_ROOT, "node_modules", "pagefind", "lib", "runner", "bin.cjs");

/**
 * Runs what `npm run build` runs (precompute, `astro build`, the Pagefind
 * index and the CSP meta tags) into a fresh temporary folder and returns
 * it. `env` adds variables (BASE_PATH, JOBS_DATA...). Uses the Node running
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
    execFileSync(process.execPath, ["--experimental-strip-types", "scripts/precompute.ts"], opts);
    execFileSync(process.execPath, [astroBin, "build", "--outDir", outDir], opts);
    // What npm's postbuild does after `npm run build`: the search index, then the CSP meta tags.
    execFileSync(process.execPath, [pagefindBin, "--site", outDir, "--silent"], opts);
    execFileSync(process.execPath, ["--experimental-strip-types", "scripts/csp.ts", outDir, "--write"], opts);
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
