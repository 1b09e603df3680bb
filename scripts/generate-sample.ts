/**
 * Writes the synthetic sample dataset: `npm run generate-sample -- [--seed N] [--out data]`.
 * The same seed always gives byte-identical files (see data/README.md).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_SEED, generateSample } from "../src/sample/generateSample.ts";
import { sampleDigestsOf } from "../src/sample/sampleDigest.ts";

const { values } = parseArgs({
  options: { seed: { type: "string" }, out: { type: "string", default: "data" } },
});
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
if (!Number.isSafeInteger(seed) || seed < 0) {
  console.error(`--seed must be a non-negative integer, not "${values.seed}"`);
  process.exit(2);
}

const started = performance.now();
const files = generateSample(seed);
let bytes = 0;
for (const [file, content] of files) {
  const target = path.join(values.out, file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, content);
  bytes += Buffer.byteLength(content);
}
if (seed === DEFAULT_SEED) {
  // How precompute recognises the bundled sample by content (src/sample/sampleDigest.ts).
  const digests = path.join(import.meta.dirname, "..", "src", "sample", "sampleDigests.json");
  await writeFile(digests, JSON.stringify(sampleDigestsOf(files), null, 1) + "\n");
}
console.log(`wrote ${files.size} files (${(bytes / 1e6).toFixed(2)} MB) to ${values.out}/ with seed ${seed} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
