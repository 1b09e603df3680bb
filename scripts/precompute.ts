// Computes every analysis into src/generated/ (run automatically before dev and build).
// Data: JOBS_DATA / DS_DATA (a CSV or a folder with areas.csv), else the bundled sample in data/.
// Skips the work when the data, the code and the settings are those of the last run
// (src/generated/manifest.json); `--force` recomputes. See src/pipeline/precomputeCommand.ts.
import { registerHooks } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Every module loaded from here on is code the output depends on: the manifest records
// their digests, so a change to any of them is a reason to recompute. Registered before
// the pipeline is imported, so the list is complete.
const loaded = new Set<string>([fileURLToPath(import.meta.url)]);
registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith("file:")) loaded.add(fileURLToPath(url));
    return nextLoad(url, context);
  },
});

let command: typeof import("../src/pipeline/precomputeCommand.ts");
try {
  command = await import("../src/pipeline/precomputeCommand.ts");
} catch (error) {
  // A misspelt import (in the registry, an analysis): say which file imports what, without a stack.
  const missing = /Cannot find module '([^']+)' imported from (\S+)/.exec((error as Error).message);
  if ((error as { code?: string }).code !== "ERR_MODULE_NOT_FOUND" || !missing) throw error;
  const shown = (p: string) => path.relative(process.cwd(), p.startsWith("file:") ? fileURLToPath(p) : p);
  console.error(`precompute failed: ${shown(missing[2]!)} imports ${shown(missing[1]!)}, which does not exist: check the import's path and spelling`);
  process.exit(1);
}
process.exitCode = await command.main({ loadedModules: () => [...loaded] });
