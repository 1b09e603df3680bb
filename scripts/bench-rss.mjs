// Preloaded by `npm run bench` (NODE_OPTIONS=--import) into every Node process it measures,
// npm's own included: on exit, appends "<pid> <peak RSS in KB> <CPU time in µs, user + system>" to $BENCH_RSS_FILE.
// Plain JavaScript, so the system Node that runs npm can load it too.
import { appendFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    appendFileSync(file, `${process.pid} ${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`);
  });
}
