// Prints the Content-Security-Policy of a built site, computed from what its pages inline.
//   node --experimental-strip-types scripts/csp.ts [dir] [--write]
// dir defaults to dist/. stdout is the one-line policy for an HTTP header (web server,
// Netlify); --write also puts each page's own policy in a <meta http-equiv> tag (GitHub
// Pages and any host without headers). Run it after every build: hashes follow the content.
// It fails (exit 1, naming each page) on an inline script that is not one of the
// project's own is:inline scripts in src/ (src/publish/ownScripts.ts): npm run build stops there.
import path from "node:path";
import { safeLine, safeLines } from "../src/lib/terminalText.ts";
import { applyCsp } from "../src/publish/applyCsp.ts";
import { ownInlineScripts } from "../src/publish/ownScripts.ts";
import { PROJECT_ROOT } from "../src/pipeline/dataSources.ts";

const args = process.argv.slice(2);
const write = args.includes("--write");
const dir = path.resolve(args.find((a) => !a.startsWith("--")) ?? "dist");

try {
  const csp = applyCsp(dir, { write, ownScripts: ownInlineScripts(PROJECT_ROOT) });
  console.log(csp.header);
  console.error(safeLine(`csp: ${csp.pages.length} pages in ${dir}${write ? ", meta tags written" : ""}; header policy is ${csp.header.length} characters`));
} catch (error) {
  console.error(safeLines(`csp failed: ${(error as Error).message}`));
  process.exit(1);
}
