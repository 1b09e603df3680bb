// Preloaded by `npm run bench` (NODE_OPTIONS=--import) into every Node process it measures,
// npm's own included: on exit, appends "<pid> <peak RSS in KB>" to $BENCH_RSS_FILE.
// Plain JavaScript, so the system Node that runs npm can load it too.
import { appendFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) process.on("exit", () => appendFileSync(file, `${process.pid} ${process.resourceUsage().maxRSS}\n`));
