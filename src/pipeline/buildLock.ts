import { randomUUID } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";

// One build at a time per checkout. Two builds in the same folder share src/generated/,
// Astro's caches and usually dist/: run together, one could publish the other's data
// or crash on a missing chunk. Precompute, `astro build` and `npm run build` (which runs
// both, then Pagefind and the CSP step) each take this lock; a child started under the
// lock (its token in JOBS_BUILD_LOCK) shares its parent's. A second build waits for the
// first, saying so, and gives up with a clear message after the timeout.

/** The lock folder, in the project root (its creation is atomic: mkdir fails if it exists). */
export const LOCK_DIR = ".build-lock";
/** Environment variable that passes a held lock to child processes. */
export const LOCK_ENV = "JOBS_BUILD_LOCK";

/** Who holds the lock. */
interface Owner {
  readonly token: string;
  readonly pid: number;
  readonly host: string;
  /** The process's start time (Linux clock ticks since boot), so a reused PID is not mistaken for the owner. */
  readonly started: string | null;
  readonly what: string;
}

/** A held lock. `release` is idempotent and also runs when the process exits. */
export interface BuildLock {
  readonly token: string;
  /** True when the lock is the parent process's (nothing to release here). */
  readonly inherited: boolean;
  release(): void;
}

/** The lock could not be taken in time. */
export class LockTimeout extends Error {
  override readonly name = "LockTimeout";
}

export interface LockOptions {
  /** Give up after this long (default 15 minutes, or JOBS_BUILD_LOCK_TIMEOUT seconds). */
  readonly timeoutMs?: number;
  readonly pollMs?: number;
  readonly log?: (text: string) => void;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Takes the build lock of the project at `root` for `what` (e.g. "precompute"), waiting
 * while another live process holds it. A lock left by a process that is gone (killed,
 * crashed) is taken over, with a message. Throws {@link LockTimeout} naming the holder.
 */
export async function acquireBuildLock(root: string, what: string, options: LockOptions = {}): Promise<BuildLock> {
  const env = options.env ?? process.env;
  const dir = path.join(root, LOCK_DIR);
  const timeoutSeconds = Number(env["JOBS_BUILD_LOCK_TIMEOUT"]);
  const timeoutMs = options.timeoutMs ?? (Number.isFinite(timeoutSeconds) && timeoutSeconds >= 0 ? timeoutSeconds * 1000 : 15 * 60_000);
  const log = options.log ?? ((text: string) => console.error(text));
  const inheritedToken = env[LOCK_ENV];
  const deadline = Date.now() + timeoutMs;
  let told = false;

  for (;;) {
    const holder = await readOwner(dir);
    if (inheritedToken && holder?.token === inheritedToken) return { token: inheritedToken, inherited: true, release: () => {} };
    try {
      await mkdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = await readOwner(dir);
      if (owner ? !isAlive(owner) : await isAbandoned(dir)) {
        // Move it aside first, so two waiters cannot both remove a lock the other just took.
        const aside = `${dir}-stale-${randomUUID()}`;
        if (await rename(dir, aside).then(() => true, () => false)) {
          await rm(aside, { recursive: true, force: true });
          log(`build lock: removed a lock left by ${owner ? `PID ${owner.pid} (${owner.what}), which is no longer running` : "a process that did not finish taking it"}`);
        }
        continue;
      }
      if (Date.now() >= deadline) {
        throw new LockTimeout(`another build is running in this folder (${describe(owner)}) and still holds ${LOCK_DIR}/ `
          + `after ${Math.round(timeoutMs / 1000)} s; wait for it to finish, or if no build is running, delete ${path.join(root, LOCK_DIR)}`);
      }
      if (!told) {
        log(`build lock: waiting for another build in this folder (${describe(owner)}) to finish`);
        told = true;
      }
      await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
      continue;
    }
    const token = randomUUID();
    const owner: Owner = { token, pid: process.pid, host: hostname(), started: startTime(process.pid), what };
    await writeFile(path.join(dir, "owner.json"), JSON.stringify(owner) + "\n");
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      process.off("exit", release);
      try {
        const now = JSON.parse(readFileSync(path.join(dir, "owner.json"), "utf8")) as Owner;
        if (now.token === token) rmSync(dir, { recursive: true, force: true });
      } catch {
        // Already gone (or taken over as stale): nothing of ours to remove.
      }
    };
    process.on("exit", release);
    return { token, inherited: false, release };
  }
}

/** Runs `fn` holding the build lock, and releases it after. */
export async function withBuildLock<T>(root: string, what: string, fn: (lock: BuildLock) => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lock = await acquireBuildLock(root, what, options);
  try {
    return await fn(lock);
  } finally {
    lock.release();
  }
}

async function readOwner(dir: string): Promise<Owner | null> {
  try {
    return JSON.parse(await readFile(path.join(dir, "owner.json"), "utf8")) as Owner;
  } catch {
    return null;
  }
}

/** A lock folder without an owner for over 10 s: its creator died between mkdir and writing owner.json. */
async function isAbandoned(dir: string): Promise<boolean> {
  const info = await stat(dir).catch(() => null);
  return info !== null && Date.now() - info.mtimeMs > 10_000;
}

function isAlive(owner: Owner): boolean {
  if (owner.host !== hostname()) return true; // another machine (a shared folder): cannot tell, assume it runs
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
  }
  return owner.started === null || startTime(owner.pid) === owner.started;
}

/** A process's start time from /proc (Linux); null elsewhere. */
function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function describe(owner: Owner | null): string {
  return owner ? `PID ${owner.pid}, ${owner.what}` : "its owner is starting";
}
