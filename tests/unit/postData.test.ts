import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkPostData } from "../../src/integrations/validatePostData.ts";
import { scaffoldPost } from "../../src/authoring/scaffoldPost.ts";
import { slugify } from "../../src/lib/slugify.ts";

const generated = mkdtempSync(path.join(tmpdir(), "gen-"));
mkdirSync(path.join(generated, "analyses"));
writeFileSync(path.join(generated, "analyses", "jobLevels.json"), JSON.stringify({ entry: 3, counts: [{ level: "entry level", count: 3 }], entryToMidSeniorRatio: null }));

describe("checkPostData: data references in a post, checked at its line and column", () => {
  it("accepts good references and values this data lacks", () => {
    const post = `# T\n\nA <Stat of="jobLevels" path="entry" /> and <Stat of="jobLevels" path="counts[4].count" />.\n`;
    expect(checkPostData(post, generated)).toEqual([]);
  });

  it("names an unknown analysis with its line and column", () => {
    const post = `---\ntitle: x\n---\n\nText\nmore <Stat of="jobLevel" path="entry" />\n`;
    const [problem] = checkPostData(post, generated);
    expect(problem).toMatchObject({ line: 6, column: 6 });
    expect(problem!.message).toMatch(/unknown analysis "jobLevel" \(registered in src\/analysis\/registry\.ts: .*jobLevels/);
  });

  it("names a misspelt field and lists the fields that exist", () => {
    const [problem] = checkPostData(`<RankedList of="jobLevels" path="count" />`, generated);
    expect(problem!.line).toBe(1);
    expect(problem!.message).toMatch(/has no "count"; it has fields: entry, counts, entryToMidSeniorRatio/);
  });

  it("checks CodeFold names and skips code fences and MDX comments", () => {
    expect(checkPostData(`<CodeFold name="nope" />`, generated)[0]!.message).toMatch(/<CodeFold name="nope">: no analysis/);
    expect(checkPostData("```mdx\n<Stat of=\"nope\" path=\"x\" />\n```\n{/* <Stat of=\"nope\" /> */}\n", generated)).toEqual([]);
  });
});

describe("scaffoldPost", () => {
  const existing = [`---\ntitle: "A"\nseries: "S"\npart: 1\n---\n`, `---\ntitle: "B"\nseries: "S"\npart: 2\n---\n`];
  it("continues the latest series with the next part number", () => {
    const p = scaffoldPost({ title: "Skills, and what they pay!", existing, datasets: ["backend"], today: "2026-01-02" });
    expect(p.slug).toBe("skills-and-what-they-pay");
    expect(p.part).toBe(3);
    expect(p.source).toMatch(/^---\ntitle: "Skills, and what they pay!"\n/);
    expect(p.source).toContain('series: "S"\npart: 3\ndatasets: ["backend"]');
    expect(p.source).toContain("date: 2026-01-02");
  });
  it("starts a new series at part 1", () => {
    expect(scaffoldPost({ title: "X", existing, series: "Other", datasets: ["backend"], today: "2026-01-02" }).part).toBe(1);
    expect(slugify("  Über  café ")).toBe("uber-cafe");
  });
});
