import { createHash } from "node:crypto";
import * as fsp from "node:fs/promises";
import path from "node:path";
import { MANIFEST_FILE, type FileDigest, type Manifest, type Output } from "./outputs.ts";
import type { Computation } from "./manifest.ts";

/** A file precompute could not write: names the file and the reason, in words (no stack). */
export class WriteError extends Error {
  override readonly name = "WriteError";
  readonly file: string;
  readonly code: string | undefined;
  constructor(file: string, cause: NodeJS.ErrnoException) {
    super(`cannot write ${file}: ${describeErrno(cause)}`, { cause });
    this.file = file;
    this.code = cause.code;
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is exceeded",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  EMFILE: "too many open files",
  EIO: "an input/output error from the disk",
  ENAMETOOLONG: "the path is too long",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "a folder is in the way",
};

/** "no space left on the device (ENOSPC)" for a Node file-system error. */
export function describeErrno(error: NodeJS.ErrnoException): string {
  const reason = (error.code && REASONS[error.code]) ?? error.message.replace(/^[A-Z]+: /, "").replace(/, \w+ '.*'$/, "");
  return error.code ? `${reason} (${error.code})` : reason;
}

/** The file-system calls the writer makes; tests pass one that fails (a full disk). */
export type WriterFs = Pick<typeof fsp, "mkdtemp" | "mkdir" | "writeFile" | "rename" | "rm" | "readdir">;

/**
 * Replaces `outDir` with the given files as a whole: they are written into a fresh
 * temporary folder beside it, the manifest last, and the folder is renamed into place
 * only when every write succeeded. A crash, a kill or a full disk leaves the previous
 * folder as it was (or, between the two renames, none: the build then recomputes), never
 * a mix. Throws {@link WriteError} naming the file (as `shownDir/<file>`) that failed.
 */
export async function writeGenerated(
  outDir: string,
  files: readonly Output[],
  computation: Computation,
  { fs = fsp, shownDir = outDir }: { fs?: WriterFs; shownDir?: string } = {},
): Promise<Manifest> {
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  await fs.mkdir(parent, { recursive: true }).catch((e: NodeJS.ErrnoException) => {
    throw new WriteError(shownDir, e);
  });
  await removeLeftovers(parent, base, fs);
  const named = (file: string) => `${shownDir}/${file}`;
  const tmp = await fs.mkdtemp(path.join(parent, `.${base}-tmp-`)).catch((e: NodeJS.ErrnoException) => {
    throw new WriteError(shownDir, e);
  });
  try {
    const outputs: FileDigest[] = [];
    for (const [file, data] of files) {
      // Text (a CSV download) is written as it is; everything else as JSON.
      const text = typeof data === "string" ? data : JSON.stringify(data, null, 1) + "\n";
      const target = path.join(tmp, file);
      try {
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.writeFile(target, text);
      } catch (error) {
        throw new WriteError(named(file), error as NodeJS.ErrnoException);
      }
      outputs.push({ file, sha256: createHash("sha256").update(text).digest("hex") });
    }
    const manifest: Manifest = { ...computation, outputs };
    await fs.writeFile(path.join(tmp, MANIFEST_FILE), JSON.stringify(manifest, null, 1) + "\n").catch((e: NodeJS.ErrnoException) => {
      throw new WriteError(named(MANIFEST_FILE), e);
    });
    const old = path.join(parent, `.${base}-old-${path.basename(tmp).slice(-6)}`);
    let moved = false;
    await fs.rename(outDir, old).then(() => (moved = true), (e: NodeJS.ErrnoException) => {
      if (e.code !== "ENOENT") throw new WriteError(shownDir, e);
    });
    await fs.rename(tmp, outDir).catch(async (e: NodeJS.ErrnoException) => {
      if (moved) await fs.rename(old, outDir).catch(() => {});
      throw new WriteError(shownDir, e);
    });
    if (moved) await fs.rm(old, { recursive: true, force: true });
    return manifest;
  } catch (error) {
    await fs.rm(tmp, { recursive: true, force: true }).catch(() => {});
    throw error;
  }
}

/** Temporary and replaced folders an interrupted run left beside `base` (safe to remove under the build lock). */
async function removeLeftovers(parent: string, base: string, fs: WriterFs): Promise<void> {
  const names = await fs.readdir(parent).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith(`.${base}-tmp-`) || name.startsWith(`.${base}-old-`)) {
      await fs.rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}
