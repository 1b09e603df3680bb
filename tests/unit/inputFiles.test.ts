import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import { jobspyCsv, posting } from "../support/jobspyCsv.ts";

// Inputs that cannot be read as data, through the command users run (`npm run numbers --
// --jobs <input>`): each is refused before it is opened, with one line naming the file and
// why; never a hang (a FIFO), a raw stack, or "is missing" for a permission problem.

const CASES = path.join(PROJECT_ROOT, "tests", "fixtures", "hostile", "cases");
const work = () => mkdtempSync(path.join(tmpdir(), "input-files-"));
const csv = jobspyCsv([posting({ id: "1" }), posting({ id: "2" })]);

/** Root reads everything: run as "nobody" then, so permission bits count. */
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

function numbers(input: string, options: { asUser?: boolean } = {}) {
  const r = spawnSync(process.execPath, ["--experimental-strip-types", "scripts/numbers.ts", "--jobs", input],
    { cwd: PROJECT_ROOT, encoding: "utf8", timeout: 30_000, ...(options.asUser ? asUser : {}) });
  return { status: r.status, stderr: r.stderr, timedOut: r.error !== undefined };
}

describe("inputs refused before they are read", () => {
  it("a FIFO as the data file, or listed in areas.csv, is refused at once instead of hanging", () => {
    const dir = work();
    expect(spawnSync("mkfifo", [path.join(dir, "jobs.csv")]).status).toBe(0);
    const direct = numbers(path.join(dir, "jobs.csv"));
    expect(direct.timedOut).toBe(false);
    expect(direct.status).toBe(1);
    expect(direct.stderr).toMatch(/jobs\.csv: is a named pipe \(FIFO\), not a regular file: only regular files are read/);
    writeFileSync(path.join(dir, "areas.csv"), 'file,area\njobs.csv,"Denver, CO"\n');
    const listed = numbers(dir);
    expect(listed.timedOut).toBe(false);
    expect(listed.stderr).toMatch(/jobs\.csv: is a named pipe \(FIFO\)/);
  });

  it("a file of a data folder that is a symbolic link to outside the folder is refused", () => {
    const r = numbers(path.join(CASES, "symlink-escape"));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/symlink-escape\/jobs_a\.csv: is a link to .*\/cases\/bom\.csv, outside the data folder: only files inside the folder are read/);
    // A link that stays inside the folder is fine.
    const dir = work();
    writeFileSync(path.join(dir, "real.csv"), csv);
    symlinkSync("real.csv", path.join(dir, "jobs_a.csv"));
    writeFileSync(path.join(dir, "areas.csv"), 'file,area\njobs_a.csv,"Denver, CO"\n');
    expect(numbers(dir).status).toBe(0);
  });

  it("a file or folder without read permission says permission denied (EACCES), not missing, and no stack", () => {
    const dir = work();
    chmodSync(dir, 0o755);
    writeFileSync(path.join(dir, "jobs.csv"), csv);
    chmodSync(path.join(dir, "jobs.csv"), 0o000);
    const file = numbers(path.join(dir, "jobs.csv"), { asUser: true });
    expect(file.status).toBe(1);
    expect(file.stderr.trim().split("\n")).toHaveLength(1);
    expect(file.stderr).toMatch(/jobs\.csv: cannot be read: permission denied \(EACCES\)/);

    const folder = path.join(dir, "folder");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "jobs_a.csv"), csv);
    writeFileSync(path.join(folder, "areas.csv"), 'file,area\njobs_a.csv,"Denver, CO"\n');
    chmodSync(path.join(folder, "areas.csv"), 0o000);
    const manifest = numbers(folder, { asUser: true });
    expect(manifest.stderr).toMatch(/areas\.csv: cannot be read: permission denied \(EACCES\)/);
    expect(manifest.stderr).not.toMatch(/is missing|\n\s+at /);
    chmodSync(folder, 0o000);
    const closed = numbers(folder, { asUser: true });
    expect(closed.stderr).toMatch(/folder: cannot be listed: permission denied \(EACCES\)/);
    expect(closed.stderr).not.toMatch(/does not exist|\n\s+at /);
  });
});
