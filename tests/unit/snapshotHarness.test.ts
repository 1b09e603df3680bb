import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import { normalise } from "../snapshot/snapshot.ts";
import { commandEnv } from "../support/scratchProject.ts";

// The snapshot harness (tests/snapshot/snapshot.ts) run by vitest on a one-test project:
// in CI a missing or changed snapshot must fail (it used to be written, and pass); on a
// developer's machine a missing one is written for review.

const MARKUP = `<svg><rect width="1.2345"/><text>probe</text></svg>`;
let dir = "";
const expected = () => path.join(dir, "tests", "snapshot", "__output__", "probe.html");
const changed = () => path.join(dir, "tests", "snapshot", "__output__", "probe-changed.html");

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "snapshot-harness-"));
  mkdirSync(path.join(dir, "tests", "snapshot"), { recursive: true });
  cpSync(path.join(PROJECT_ROOT, "tests", "snapshot", "snapshot.ts"), path.join(dir, "tests", "snapshot", "snapshot.ts"));
  writeFileSync(path.join(dir, "tests", "snapshot", "probe.test.ts"), `import { it } from "vitest";
import { expectSnapshot } from "./snapshot.ts";
it("matches its snapshot", async () => {
  await expectSnapshot("probe", ${JSON.stringify(MARKUP)});
});
`);
  writeFileSync(path.join(dir, "vitest.config.ts"), `import { defineConfig } from "vitest/config";
export default defineConfig({ test: { include: ["tests/snapshot/*.test.ts"] } });
`);
  writeFileSync(path.join(dir, "package.json"), `{ "type": "module" }\n`);
  symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
});

/** Runs the probe's vitest, in CI (CI=true) or as on a developer's machine (no CI variables at all). */
function vitest(ci: boolean) {
  const env = Object.fromEntries(Object.entries(commandEnv()).filter(([k]) => !/^(CI|CONTINUOUS_INTEGRATION|BUILD_NUMBER|RUN_ID|GITHUB_ACTIONS|GITLAB_CI|BUILDKITE|TRAVIS|CIRCLECI|JENKINS_URL|TF_BUILD)$/.test(k)));
  return spawnSync(process.execPath, [path.join(PROJECT_ROOT, "node_modules", "vitest", "vitest.mjs"), "run"],
    { cwd: dir, env: { ...env, ...(ci && { CI: "true" }) }, encoding: "utf8", timeout: 120_000 });
}

describe("snapshot tests", () => {
  it("fail in CI when the snapshot file is missing, and do not write it", () => {
    rmSync(expected(), { force: true });
    const r = vitest(true);
    expect(r.status, r.stdout + r.stderr).not.toBe(0);
    expect(r.stdout + r.stderr).toContain("probe.html is missing");
    expect(existsSync(expected())).toBe(false);
  }, 150_000);

  it("write a missing snapshot on a developer's machine, normalised", () => {
    rmSync(expected(), { force: true });
    const r = vitest(false);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(readFileSync(expected(), "utf8")).toBe(normalise(MARKUP));
  }, 150_000);

  it("fail in CI when the output changed, writing <name>-changed.html beside the snapshot; pass when it matches", () => {
    writeFileSync(expected(), normalise(MARKUP).replace("probe", "old"));
    const r = vitest(true);
    expect(r.status, r.stdout + r.stderr).not.toBe(0);
    expect(readFileSync(changed(), "utf8")).toBe(normalise(MARKUP));
    expect(readFileSync(expected(), "utf8")).toContain("old");
    writeFileSync(expected(), normalise(MARKUP));
    expect(vitest(true).status).toBe(0);
    expect(existsSync(changed())).toBe(false);
  }, 150_000);
});
