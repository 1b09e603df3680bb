// The project's postinstall (npm install and npm ci run it): removes the C headers that the pinned
// Node package ships beside its binary (node_modules/node/node_modules/node-<platform>/include, 67 MB
// of the 189 MB). Nothing here compiles against them: the native packages (sharp, esbuild,
// lightningcss, rolldown) come prebuilt, and node-gyp downloads its own headers when it builds.
// Plain JavaScript, so any Node that runs npm can run it.
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

const bundled = path.join(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), "..", "node_modules", "node", "node_modules");
if (existsSync(bundled)) {
  for (const name of readdirSync(bundled)) {
    const headers = path.join(bundled, name, "include");
    if (name.startsWith("node-") && existsSync(headers)) rmSync(headers, { recursive: true, force: true });
  }
}
