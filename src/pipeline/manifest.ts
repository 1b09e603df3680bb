import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { compareCodePoints } from "../lib/compareText.ts";
import { MANIFEST_FILE, type FileDigest, type Manifest } from "./outputs.ts";

// The completion manifest of src/generated/ and the checks built on it: precompute skips
// work when nothing it depends on changed (the cache), and `astro build` refuses (and
// recomputes) a folder that is incomplete, edited, or computed from other data or code.
// A file precompute reads at run time (not through an import) must be an input here, or
// a change to it would not be seen.

/** What one precompute run depends on: everything in the manifest but its outputs. */
export type Computation = Omit<Manifest, "outputs">;

/** What a run is asked to compute from, before any file is read. */
export interface ComputationRequest {
  /** Each configured dataset's source as given (absolute), null when left out. */
  readonly datasets: Readonly<Record<string, string | null>>;
  /** Other files read, by role (places' corrections and aliases). */
  readonly tables: Readonly<Record<string, string>>;
  readonly settings: Readonly<Record<string, string>>;
  /** Project files (absolute) whose code the output depends on. */
  readonly codeFiles: readonly string[];
  readonly projectRoot: string;
}

/** SHA-256 (hex) of a file's bytes, streamed. */
export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file).on("error", reject).on("data", (chunk) => hash.update(chunk)).on("end", () => resolve(hash.digest("hex")));
  });
}

/** The real path when the file exists (symlinks resolved), else the path as given. */
async function real(file: string): Promise<string> {
  return realpath(file).catch(() => path.resolve(file));
}

/**
 * The files a source consists of: the file itself, or every regular file directly in
 * the folder (listed or not: files areas.csv leaves out are reported, so they count).
 * Only regular files are read: a FIFO or a device is recorded by type, never opened
 * (ingest refuses it with a message).
 */
async function sourceFiles(source: string): Promise<{ file: string; kind: "file" | "other" | "missing" }[]> {
  const info = await stat(source).catch(() => null);
  if (!info) return [{ file: source, kind: "missing" }];
  if (info.isFile()) return [{ file: source, kind: "file" }];
  if (!info.isDirectory()) return [{ file: source, kind: "other" }];
  const names = (await readdir(source).catch(() => [] as string[])).sort(compareCodePoints);
  const files: { file: string; kind: "file" | "other" | "missing" }[] = [];
  for (const name of names) {
    const full = path.join(source, name);
    const entry = await stat(full).catch(() => null);
    if (entry?.isDirectory()) continue;
    files.push({ file: full, kind: entry === null ? "missing" : entry.isFile() ? "file" : "other" });
  }
  return files;
}

async function digestAll(files: readonly { file: string; kind: string }[]): Promise<FileDigest[]> {
  return Promise.all(files.map(async ({ file, kind }) => ({
    file,
    sha256: kind === "file" ? await sha256File(file).catch((e: NodeJS.ErrnoException) => `unreadable (${e.code ?? e.message})`) : kind,
  })));
}

/** Hashes everything a run depends on; `key` summarises it. */
export async function describeComputation(request: ComputationRequest): Promise<Computation> {
  const datasets: Record<string, string | null> = {};
  for (const [name, source] of Object.entries(request.datasets)) datasets[name] = source === null ? null : await real(source);
  const tables: Record<string, string> = {};
  for (const [name, file] of Object.entries(request.tables)) tables[name] = await real(file);
  const inputFiles = [];
  for (const source of [...Object.values(datasets), ...Object.values(tables)]) if (source !== null) inputFiles.push(...await sourceFiles(source));
  const inputs = uniqueByFile(await digestAll(inputFiles));
  const root = request.projectRoot;
  const codeFiles = [...new Set([...request.codeFiles, path.join(root, "package-lock.json")])]
    .map((f) => path.relative(root, f).split(path.sep).join("/"))
    .sort(compareCodePoints);
  const code = (await digestAll(codeFiles.map((f) => ({ file: path.join(root, f), kind: "file" }))))
    .map((d, i) => ({ file: codeFiles[i]!, sha256: d.sha256 }));
  const parts = { version: 1 as const, node: process.version, settings: { ...request.settings }, sources: { datasets, tables }, inputs, code };
  return { ...parts, key: keyOf(parts) };
}

/** Re-describes the computation a manifest records, with today's files and the given request's sources and settings. */
export async function describeAgain(previous: Manifest, request: Omit<ComputationRequest, "codeFiles">): Promise<Computation> {
  return describeComputation({ ...request, codeFiles: previous.code.map((c) => path.join(request.projectRoot, c.file)) });
}

function keyOf(parts: Omit<Computation, "key">): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

function uniqueByFile(digests: FileDigest[]): FileDigest[] {
  const seen = new Map<string, FileDigest>();
  for (const d of digests) seen.set(d.file, d);
  return [...seen.values()].sort((a, b) => compareCodePoints(a.file, b.file));
}

/** The manifest in `dir`, or a reason why there is none usable. */
export async function readManifest(dir: string): Promise<{ manifest: Manifest } | { problem: string }> {
  const info = await stat(dir).catch(() => null);
  if (!info) return { problem: "it does not exist (precompute has not run)" };
  const text = await readFile(path.join(dir, MANIFEST_FILE), "utf8").catch(() => null);
  if (text === null) return { problem: `it has no ${MANIFEST_FILE}: precompute did not finish writing it, or an older version wrote it` };
  try {
    return { manifest: manifestSchema.parse(JSON.parse(text)) };
  } catch {
    return { problem: `its ${MANIFEST_FILE} is not a manifest this version can read` };
  }
}

const digests = z.array(z.object({ file: z.string(), sha256: z.string() }));
/** The shape readManifest accepts: anything else (an older layout, a truncated file) means "recompute". */
const manifestSchema: z.ZodType<Manifest> = z.object({
  version: z.literal(1),
  key: z.string(),
  node: z.string(),
  settings: z.record(z.string(), z.string()),
  sources: z.object({ datasets: z.record(z.string(), z.string().nullable()), tables: z.record(z.string(), z.string()) }),
  inputs: digests,
  code: digests,
  outputs: digests,
});

/** Problems with the files in `dir` against its manifest: missing, changed, or not written by precompute. */
export async function checkOutputs(dir: string, manifest: Manifest): Promise<string[]> {
  const problems: string[] = [];
  for (const { file, sha256 } of manifest.outputs) {
    const actual = await sha256File(path.join(dir, file)).catch(() => null);
    if (actual === null) problems.push(`${file} is missing`);
    else if (actual !== sha256) problems.push(`${file} was changed after precompute wrote it`);
  }
  const expected = new Set([...manifest.outputs.map((o) => o.file), MANIFEST_FILE]);
  for (const file of await listFiles(dir)) if (!expected.has(file)) problems.push(`${file} was not written by precompute`);
  return problems;
}

/** Every file under `dir`, relative, `/`-separated, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort(compareCodePoints);
}

/**
 * What differs between the computation a manifest records and the one asked for now,
 * in words, most telling first (sources, then settings, data, code, Node); empty when
 * they are the same. Paths are shown relative to `root` when inside it.
 */
export function differences(previous: Computation, current: Computation, root: string): string[] {
  const shown = (p: string | null) => p === null ? "nothing (left out)" : (path.relative(root, p).startsWith("..") ? p : path.relative(root, p) || ".");
  const out: string[] = [];
  for (const name of new Set([...Object.keys(previous.sources.datasets), ...Object.keys(current.sources.datasets)])) {
    const [was, now] = [previous.sources.datasets[name] ?? null, current.sources.datasets[name] ?? null];
    if (was !== now) out.push(`dataset "${name}" was computed from ${shown(was)}, this build reads ${shown(now)}`);
  }
  for (const name of new Set([...Object.keys(previous.sources.tables), ...Object.keys(current.sources.tables)])) {
    const [was, now] = [previous.sources.tables[name] ?? null, current.sources.tables[name] ?? null];
    if (was !== now) out.push(`the ${name} file was ${was === null ? "none" : shown(was)}, this build reads ${now === null ? "none" : shown(now)}`);
  }
  for (const key of new Set([...Object.keys(previous.settings), ...Object.keys(current.settings)])) {
    if (previous.settings[key] !== current.settings[key]) out.push(`setting ${key} was ${previous.settings[key] ?? "unset"}, now ${current.settings[key] ?? "unset"}`);
  }
  // With other sources, which of their files differ says nothing more.
  if (out.length === 0) out.push(...fileChanges(previous.inputs, current.inputs, "data file", shown));
  out.push(...fileChanges(previous.code, current.code, "code file", (f) => f));
  if (previous.node !== current.node) out.push(`Node was ${previous.node}, now ${current.node}`);
  if (out.length === 0 && previous.key !== current.key) out.push("the computation's key differs");
  return out;
}

function fileChanges(was: readonly FileDigest[], now: readonly FileDigest[], what: string, shown: (f: string) => string): string[] {
  const before = new Map(was.map((d) => [d.file, d.sha256]));
  const after = new Map(now.map((d) => [d.file, d.sha256]));
  const out: string[] = [];
  for (const [file, sha] of after) {
    if (!before.has(file)) out.push(`${what} ${shown(file)} is new`);
    else if (before.get(file) !== sha) out.push(`${what} ${shown(file)} changed`);
  }
  for (const file of before.keys()) if (!after.has(file)) out.push(`${what} ${shown(file)} is gone`);
  return out;
}
