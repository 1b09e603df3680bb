import { constants, type Stats } from "node:fs";
import { access, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { InputError } from "./InputError.ts";

// Checks made before an input is opened, so that what cannot be read is refused with a
// message saying why, instead of hanging (a FIFO waits for a writer forever), printing a
// raw EACCES stack, or being called "missing": the path must be a regular file (or, for a
// dataset, a folder) that this user may read, and a file listed by a data folder must
// really be inside it once symbolic links are resolved.

/** Why a file-system call failed, in words, with the code ("permission denied (EACCES)"). */
function reason(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ENOENT": return "does not exist";
    case "EACCES":
    case "EPERM": return `cannot be read: permission denied (${error.code}); check the file's and its folders' permissions`;
    case "ELOOP": return "is a symbolic link that loops (ELOOP)";
    case "ENOTDIR": return "has a part of its path that is not a folder (ENOTDIR)";
    default: return `cannot be read (${error.code ?? error.message})`;
  }
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isDirectory()) return "a folder";
  return "not a regular file";
}

/**
 * What a dataset source is: a folder or a regular file. Throws {@link InputError} naming
 * `shown` when it does not exist, cannot be read (permission, with the code), or is
 * something else (a FIFO, a device).
 */
export async function inputKind(source: string, shown: string): Promise<"folder" | "file"> {
  const info = await stat(source).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(shown, undefined, undefined, reason(error));
  });
  if (info.isDirectory()) {
    await access(source, constants.R_OK | constants.X_OK).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(shown, undefined, undefined, reason(error).replace("cannot be read", "cannot be listed"));
    });
    return "folder";
  }
  if (!info.isFile()) throw new InputError(shown, undefined, undefined, `is ${kindOf(info)}, not a regular file: only regular files are read`);
  await access(source, constants.R_OK).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(shown, undefined, undefined, reason(error));
  });
  return "file";
}

/**
 * Checks one input file before it is read and returns its real path (symbolic links
 * resolved). With `folder`, the file must be inside that folder once links are resolved:
 * a link pointing outside it is refused. Throws {@link InputError} naming `shown`: does
 * not exist, permission denied (EACCES), not a regular file (a FIFO, a folder, a device),
 * or outside the folder. `missing` replaces the "does not exist" message.
 */
export async function safeInputFile(file: string, shown: string, { folder, missing }: { folder?: string; missing?: string } = {}): Promise<string> {
  const fail = (error: NodeJS.ErrnoException): never => {
    throw new InputError(shown, undefined, undefined, error.code === "ENOENT" && missing ? missing : reason(error));
  };
  const info = await stat(file).catch(fail);
  if (!info.isFile()) throw new InputError(shown, undefined, undefined, `is ${kindOf(info)}, not a regular file: only regular files are read`);
  const real = await realpath(file).catch(fail);
  if (folder !== undefined) {
    const inside = await realpath(folder).catch(fail);
    const rel = path.relative(inside, real);
    if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) {
      throw new InputError(shown, undefined, undefined,
        `is a link to ${real}, outside the data folder: only files inside the folder are read`);
    }
  }
  await access(real, constants.R_OK).catch(fail);
  return real;
}
