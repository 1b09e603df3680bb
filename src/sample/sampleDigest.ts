import { createHash } from "node:crypto";
import SAMPLE_DIGESTS from "./sampleDigests.json" with { type: "json" };

// The bundled sample is recognised by its content, not by where it is: a dataset is
// "the bundled sample" when its files hash to one of the digests below, written by
// `npm run generate-sample` for the default seed. Real data put under data/ is therefore
// not labelled synthetic, and the sample copied elsewhere still is.

/** Which files of a dataset make its identity: its CSV files and its metadata (not, e.g., an editor's .DS_Store). */
export function countsForIdentity(name: string): boolean {
  return /\.csv$/i.test(name) || name === "dataset.json";
}

/**
 * A dataset's content digest: SHA-256 over its identity files' names (within the
 * dataset's folder; a single CSV counts by content only) and SHA-256s, in code-point
 * order of name. Independent of where the files are.
 */
export function datasetDigest(files: Iterable<{ readonly name: string; readonly sha256: string }>): string {
  const lines = [...files].filter((f) => countsForIdentity(f.name)).map((f) => `${f.name}\t${f.sha256}\n`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash("sha256").update(lines.join("")).digest("hex");
}

/** The digests of the generator's output (path relative to the output folder -> content), per dataset folder. */
export function sampleDigestsOf(files: ReadonlyMap<string, string>): Record<string, string> {
  const byFolder = new Map<string, { name: string; sha256: string }[]>();
  for (const [file, content] of files) {
    const [folder, name] = [file.slice(0, file.lastIndexOf("/")), file.slice(file.lastIndexOf("/") + 1)];
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), { name, sha256: createHash("sha256").update(content).digest("hex") }]);
  }
  return Object.fromEntries([...byFolder].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([folder, list]) => [folder, datasetDigest(list)]));
}

/** True when a dataset's digest ({@link datasetDigest}) is one of the bundled sample's. */
export function isBundledSample(digest: string): boolean {
  return Object.values(SAMPLE_DIGESTS as Record<string, string>).includes(digest);
}
