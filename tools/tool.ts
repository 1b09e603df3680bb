import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../src/pipeline/dataSources.ts";

/**
 * Imports `specifier` from the on-demand tool folder `tools/<tool>/`,
 * installing the folder first (exactly its lockfile: `npm ci --prefix`)
 * when it has not been installed yet. Tools used by one command only
 * (Lighthouse, 186 MB, for `npm run bench:site`) live there rather than in
 * the project's devDependencies, so that `npm install` stays small.
 */
export async function importTool<T>(tool: string, specifier: string): Promise<T> {
  const resolved = createRequire(path.join(installTool(tool), "package.json")).resolve(specifier);
  return (await import(pathToFileURL(resolved).href)) as T;
}

/** Installs `tools/<tool>/` from its lockfile unless it is installed already; returns the folder. */
export function installTool(tool: string): string {
  const folder = path.join(PROJECT_ROOT, "tools", tool);
  if (!existsSync(path.join(folder, "node_modules"))) {
    console.error(`installing tools/${tool} (once, on demand): npm ci --prefix tools/${tool}`);
    execFileSync("npm", ["ci", "--prefix", folder, "--no-audit", "--no-fund"], { stdio: ["ignore", "inherit", "inherit"] });
  }
  return folder;
}
