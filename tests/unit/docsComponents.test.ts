import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";

describe("the rendered component reference (src/pages/docs/components.astro)", () => {
  const page = readFileSync(path.join(PROJECT_ROOT, "src", "pages", "docs", "components.astro"), "utf8");
  const [frontmatter = "", template = ""] = page.split(/^---$/m).slice(1);
  const examples = [...frontmatter.matchAll(/^\s+\w+: `(.*)`,$/gm)].map((m) => m[1]!);

  it("renders exactly the markup it shows, for every example", () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    for (const example of examples) expect(template, example).toContain(example);
  });

  it("covers every component docs/authoring.md documents", () => {
    const doc = readFileSync(path.join(PROJECT_ROOT, "docs", "authoring.md"), "utf8");
    const documented = [...doc.matchAll(/^### `<(\w+)/gm)].map((m) => m[1]!);
    for (const name of documented) expect(examples.some((e) => e.startsWith(`<${name} `)), name).toBe(true);
  });
});
