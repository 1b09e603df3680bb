import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyses } from "../../src/analysis/registry.ts";
import { checkRegisteredSources } from "../../src/pipeline/precompute.ts";

describe("checkRegisteredSources", () => {
  it("accepts the project's registry: every analysis's file exists", () => {
    expect(() => checkRegisteredSources()).not.toThrow();
    expect(Object.keys(analyses).length).toBeGreaterThan(10);
  });

  it("names the registry line of a misspelt file and the nearest file that exists", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "registry-"));
    writeFileSync(path.join(dir, "remoteByLevel.ts"), "export {};\n");
    writeFileSync(path.join(dir, "registry.ts"), 'export const analyses = {\n  other: spec("backend", "remoteByLevel.ts", run),\n  remoteByLevel: spec("backend", "remoteBylevel.ts", run),\n};\n');
    const registered = { other: { source: "remoteByLevel.ts" }, remoteByLevel: { source: "remoteBylevel.ts" } };
    expect(() => checkRegisteredSources(registered, dir)).toThrow(
      /^src\/analysis\/registry\.ts, line 3: analysis "remoteByLevel" names "remoteBylevel\.ts" as its file, and src\/analysis\/remoteBylevel\.ts does not exist\. Did you mean "remoteByLevel\.ts"\?/);
  });
});
