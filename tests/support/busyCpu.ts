import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";

/**
 * Keeps every core busy (one spinning child process per core) until `stop()` is called,
 * so a test can show that the build's output does not depend on timing. The children
 * are ended by their PIDs.
 */
export function busyCpu(cores = availableParallelism()): { stop: () => void } {
  const children = Array.from({ length: cores }, () => spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }));
  return {
    stop: () => {
      for (const child of children) if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, "SIGKILL");
    },
  };
}
