// Runs a command with an on-demand tool folder installed and visible to it:
//   node --experimental-strip-types tools/run.ts <tool> <command> [args...]
// e.g. `tools/run.ts check astro check`: Astro looks for @astrojs/check with require.resolve from the
// project, which also searches NODE_PATH, so tools/check/node_modules goes there.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { installTool } from "./tool.ts";

const [tool, command, ...args] = process.argv.slice(2);
if (!tool || !command) throw new Error("usage: tools/run.ts <tool> <command> [args...]");
const modules = path.join(installTool(tool), "node_modules");
const env = {
  ...process.env,
  NODE_PATH: [modules, process.env["NODE_PATH"]].filter(Boolean).join(path.delimiter),
  PATH: [path.join(modules, ".bin"), process.env["PATH"]].filter(Boolean).join(path.delimiter),
};
const run = spawnSync(command, args, { stdio: "inherit", env });
if (run.error) throw run.error;
process.exit(run.status ?? 1);
