import { spawnSync } from "node:child_process";
import * as fsp from "node:fs/promises";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireBuildLock, LOCK_DIR, LOCK_ENV, LockTimeout } from "../../src/pipeline/buildLock.ts";
import { output, type Output } from "../../src/pipeline/outputs.ts";
import { checkOutputs, describeComputation, differences, readManifest, sha256File } from "../../src/pipeline/manifest.ts";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import { datasetDigest, isBundledSample } from "../../src/sample/sampleDigest.ts";
import { writeGenerated, type WriterFs } from "../../src/pipeline/writeGenerated.ts";

const temp = () => mkdtempSync(path.join(tmpdir(), "generated-test-"));

/** A small project: one data file, one code file. */
function project() {
  const root = temp();
  mkdirSync(path.join(root, "data"));
  writeFileSync(path.join(root, "data", "jobs.csv"), "id\n1\n");
  writeFileSync(path.join(root, "data", "gazetteer.csv"), "area\n");
  writeFileSync(path.join(root, "code.ts"), "export const x = 1;\n");
  const request = (over: { jobs?: string; settings?: Record<string, string> } = {}) => ({
    datasets: { backend: over.jobs ?? path.join(root, "data", "jobs.csv") }, tables: { corrections: path.join(root, "data", "gazetteer.csv") },
    settings: over.settings ?? { today: "2026-01-01" }, codeFiles: [path.join(root, "code.ts")], projectRoot: root,
  });
  return { root, request, out: path.join(root, "generated") };
}

const files: Output[] = [
  ["places.json", { places: [], unknownAreas: [] }],
  output("sources.json", { bundledSample: false, datasets: {} }),
  ["analyses/countByArea.json", [{ area: "a", count: 1 }]],
];

/** The fs the writer uses, failing like a full disk at the `n`th file written. */
function fullDiskAt(n: number): WriterFs {
  let writes = 0;
  return {
    ...fsp,
    writeFile: (async (...args: Parameters<typeof fsp.writeFile>) => {
      if (++writes === n) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", errno: -28 });
      return fsp.writeFile(...args);
    }) as typeof fsp.writeFile,
  };
}

describe("writing src/generated", () => {
  it("replaces the folder as a whole and writes the manifest with every file's digest", async () => {
    const p = project();
    const computation = await describeComputation(p.request());
    mkdirSync(p.out);
    writeFileSync(path.join(p.out, "stale.json"), "{}");
    const manifest = await writeGenerated(p.out, files, computation);
    expect(readdirSync(p.out, { recursive: true }).sort()).toEqual(["analyses", "analyses/countByArea.json", "manifest.json", "places.json", "sources.json"]);
    expect(manifest.outputs.map((o) => o.file)).toEqual(files.map(([f]) => f));
    expect(await checkOutputs(p.out, manifest)).toEqual([]);
    expect(readdirSync(p.root).filter((f) => f.startsWith("."))).toEqual([]);
  });

  it("a full disk names the file and ENOSPC, and leaves the previous folder exactly as it was", async () => {
    const p = project();
    const computation = await describeComputation(p.request());
    await writeGenerated(p.out, files, computation);
    const before = readFileSync(path.join(p.out, "manifest.json"), "utf8");
    const changed: Output[] = files.map(([f, d]) => [f, { changed: d }]);
    await expect(writeGenerated(p.out, changed, computation, { fs: fullDiskAt(2), shownDir: "src/generated" }))
      .rejects.toThrow(/^cannot write src\/generated\/sources\.json: no space left on the device \(ENOSPC\)$/);
    expect(readFileSync(path.join(p.out, "manifest.json"), "utf8")).toBe(before);
    const read = await readManifest(p.out);
    expect("manifest" in read && await checkOutputs(p.out, read.manifest)).toEqual([]);
    expect(readdirSync(p.root).filter((f) => f.startsWith("."))).toEqual([]);
    // The manifest itself failing (the last write) is no different.
    await expect(writeGenerated(p.out, changed, computation, { fs: fullDiskAt(4), shownDir: "src/generated" }))
      .rejects.toThrow(/cannot write src\/generated\/manifest\.json: no space left/);
    expect(readFileSync(path.join(p.out, "manifest.json"), "utf8")).toBe(before);
  });

  it("removes the temporary folders an interrupted run left", async () => {
    const p = project();
    mkdirSync(path.join(p.root, ".generated-tmp-abc123", "analyses"), { recursive: true });
    mkdirSync(path.join(p.root, ".generated-old-abc123"));
    await writeGenerated(p.out, files, await describeComputation(p.request()));
    expect(readdirSync(p.root).filter((f) => f.startsWith("."))).toEqual([]);
  });
});

describe("the manifest", () => {
  it("finds missing, edited and foreign files", async () => {
    const p = project();
    const manifest = await writeGenerated(p.out, files, await describeComputation(p.request()));
    await fsp.rm(path.join(p.out, "places.json"));
    writeFileSync(path.join(p.out, "sources.json"), "{}\n");
    writeFileSync(path.join(p.out, "analyses", "extra.json"), "{}\n");
    expect(await checkOutputs(p.out, manifest)).toEqual([
      "places.json is missing", "sources.json was changed after precompute wrote it", "analyses/extra.json was not written by precompute",
    ]);
    await fsp.rm(path.join(p.out, "manifest.json"));
    expect(await readManifest(p.out)).toEqual({ problem: expect.stringMatching(/has no manifest\.json: precompute did not finish/) });
    expect(await readManifest(path.join(p.root, "nothing"))).toEqual({ problem: expect.stringMatching(/does not exist/) });
    writeFileSync(path.join(p.out, "manifest.json"), JSON.stringify({ version: 1, key: "k", sources: { gazetteer: "/x" }, outputs: [] }));
    expect(await readManifest(p.out)).toEqual({ problem: expect.stringMatching(/is not a manifest this version can read/) });
  });

  it("says what differs: the source, a data file, a code file, a setting; nothing when all is the same", async () => {
    const p = project();
    const first = await describeComputation(p.request());
    expect(differences(first, await describeComputation(p.request()), p.root)).toEqual([]);
    writeFileSync(path.join(p.root, "other.csv"), "id\n2\n");
    expect(differences(first, await describeComputation(p.request({ jobs: path.join(p.root, "other.csv") })), p.root))
      .toEqual(['dataset "backend" was computed from data/jobs.csv, this build reads other.csv']);
    expect(differences(first, await describeComputation(p.request({ settings: { today: "2026-01-02" } })), p.root))
      .toEqual(["setting today was 2026-01-01, now 2026-01-02"]);
    writeFileSync(path.join(p.root, "data", "jobs.csv"), "id\n1\n3\n");
    writeFileSync(path.join(p.root, "code.ts"), "export const x = 2;\n");
    expect(differences(first, await describeComputation(p.request()), p.root)).toEqual(["data file data/jobs.csv changed", "code file code.ts changed"]);
  });

  it("hashes a folder's files without opening a FIFO in it", async () => {
    const p = project();
    const folder = path.join(p.root, "folder");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "a.csv"), "id\n");
    expect(spawnSync("mkfifo", [path.join(folder, "pipe.csv")]).status).toBe(0);
    const c = await describeComputation(p.request({ jobs: folder }));
    expect(c.inputs.map((i) => [path.basename(i.file), i.sha256.length === 64 ? "sha256" : i.sha256])).toContainEqual(["pipe.csv", "other"]);
  });
});

describe("the build lock", () => {
  it("lets one holder in at a time, says who holds it, and passes to children by token", async () => {
    const root = temp();
    const first = await acquireBuildLock(root, "first build");
    const messages: string[] = [];
    await expect(acquireBuildLock(root, "second build", { timeoutMs: 300, pollMs: 50, log: (t) => messages.push(t) }))
      .rejects.toThrow(LockTimeout);
    expect(messages.join("\n")).toMatch(new RegExp(`waiting for another build in this folder \\(PID ${process.pid}, first build\\)`));
    const child = await acquireBuildLock(root, "precompute", { env: { [LOCK_ENV]: first.token } });
    expect(child.inherited).toBe(true);
    child.release();
    expect(existsSync(path.join(root, LOCK_DIR))).toBe(true);
    first.release();
    expect(existsSync(path.join(root, LOCK_DIR))).toBe(false);
    const again = await acquireBuildLock(root, "third build", { timeoutMs: 0 });
    again.release();
  });

  it("takes over a lock whose process is gone", async () => {
    const root = temp();
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    mkdirSync(path.join(root, LOCK_DIR));
    writeFileSync(path.join(root, LOCK_DIR, "owner.json"), JSON.stringify({ token: "t", pid: Number(gone.stdout), host: (await import("node:os")).hostname(), started: null, what: "killed build" }));
    const messages: string[] = [];
    const lock = await acquireBuildLock(root, "next build", { timeoutMs: 0, log: (t) => messages.push(t) });
    expect(messages).toEqual([`build lock: removed a lock left by PID ${gone.stdout} (killed build), which is no longer running`]);
    lock.release();
  });
});

describe("the bundled sample's digests", () => {
  it("are those of the committed data/ folders (npm run generate-sample rewrites them with the sample)", async () => {
    const digests = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "src", "sample", "sampleDigests.json"), "utf8")) as Record<string, string>;
    for (const folder of ["backend", "data-scientist"]) {
      const source = path.join(PROJECT_ROOT, "data", folder);
      const files = readdirSync(source).map((name) => ({ name, file: path.join(source, name) }));
      const listed = await Promise.all(files.map(async ({ name, file }) => ({ name, sha256: await sha256File(file) })));
      expect(datasetDigest(listed), folder).toBe(digests[folder]);
      expect(isBundledSample(datasetDigest(listed))).toBe(true);
      // One byte more in one file, and it is not the sample.
      expect(isBundledSample(datasetDigest(listed.map((f, i) => (i === 0 ? { ...f, sha256: f.sha256.replace(/^./, "0") === f.sha256 ? f.sha256.replace(/^./, "1") : f.sha256.replace(/^./, "0") } : f))))).toBe(false);
    }
  });
});
