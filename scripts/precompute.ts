// Computes every analysis into src/generated/ (run automatically before dev and build).
// Data: JOBS_DATA / DS_DATA (a CSV or a folder with areas.csv), else the bundled sample in data/.
// Skips the work when the data, the code and the settings are those of the last run
// (src/generated/manifest.json); `--force` recomputes. See src/pipeline/precomputeCommand.ts.
import { registerHooks } from "node:module";
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

const { main } = await import("../src/pipeline/precomputeCommand.ts");
process.exitCode = await main({ loadedModules: () => [...loaded] });
