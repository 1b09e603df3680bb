import { mdxToJs } from "satteri";
import { describe, expect, it } from "vitest";
import { checkPost, type PostContext, type PostNode, type PostProblem } from "../../src/authoring/checkPost.ts";
import { frontmatterProblems } from "../../src/posts/frontmatterProblems.ts";
import { scaffoldPost } from "../../src/authoring/scaffoldPost.ts";
import { slugify } from "../../src/lib/slugify.ts";

/** Runs checkPost on a post's MDX syntax tree, inside the pass where Sätteri (Astro's Markdown processor) gives plugins the tree. */
async function run(source: string): Promise<{ problems: PostProblem[]; bound: [string, unknown][] }> {
  let result: { problems: PostProblem[]; bound: [string, unknown][] } | undefined;
  const before = (root: unknown) => {
    const { problems, bound } = checkPost(root as PostNode, ctx);
    result = { problems, bound: bound.map((b) => [b.node.name ?? "", b.guards]) };
  };
  await mdxToJs(source, { jsxImportSource: "astro", mdastPlugins: [{ name: "check", options: { position: true }, before }] });
  return result!;
}

const data: Record<string, unknown> = {
  jobLevels: { entry: 3, counts: [{ level: "entry level", count: 3 }], entryToMidSeniorRatio: null },
  workMode: { byFlag: [{ flag: "remote", total: 4, modes: [{ mode: "remote", count: 3 }, { mode: "hybrid", count: 1 }] }] },
};
const ctx: PostContext = {
  analyses: new Map([["jobLevels", { dataset: "backend", source: "jobLevels.ts" }], ["workMode", { dataset: "backend", source: "workMode.ts" }], ["dsJobLevels", { dataset: "data-scientist", source: "jobLevels.ts" }]]),
  configured: (d) => d === "backend",
  data: (name) => data[name],
  sourceExists: (p) => p === "analysis/jobLevels.ts",
  resolves: (s) => s === "./real.astro",
  figures: ["pay", "remote", "levels"],
};
const check = async (source: string) => (await run(source)).problems;

describe("checkPost: data references in a post, checked on its syntax tree at their line", () => {
  it("accepts good references, values this data lacks and an unconfigured dataset", async () => {
    expect(await check(`# T\n\nA <Stat of="jobLevels" path="entry" /> and <Stat of="jobLevels" path="counts[4].count" />.\n\n<Stat of="dsJobLevels" path="anything" />\n`)).toEqual([]);
  });

  it("names an unknown analysis at its line and column and suggests the nearest", async () => {
    const [problem] = await check(`Text\nmore <Stat of="jobLevel" path="entry" />\n`);
    expect(problem).toMatchObject({ line: 2, column: 6 });
    expect(problem!.message).toMatch(/unknown analysis "jobLevel"\. Did you mean jobLevels\?/);
  });

  it("names a misspelt field, suggests the nearest and lists the fields", async () => {
    const [problem] = await check(`<RankedList of="jobLevels" path="count" />`);
    expect(problem!.message).toMatch(/has no "count"; it has fields: entry, counts, entryToMidSeniorRatio\. Did you mean counts\?/);
  });

  it("reports a selector that matches nothing, with the values that exist", async () => {
    const [problem] = await check(`\n\nIt is <Stat of="workMode" path="byFlag[flag=remote].modes[mode=Remote].count" />.`);
    expect(problem).toMatchObject({ line: 3, column: 7 });
    expect(problem!.message).toMatch(/no item of byFlag\[flag=remote\]\.modes has mode = Remote \(mode is one of: remote, hybrid\)\. Did you mean \[mode=remote\]\?/);
  });

  it("lets a <When> test for an item this data lacks, and skips what it hides", async () => {
    expect(await check(`<When of="workMode" path="byFlag[flag=not remote]">Not remote: <Stat of="workMode" path="byFlag[flag=not remote].total" />.</When>`)).toEqual([]);
    // A near miss in a <When> is still a typo.
    expect((await check(`<When of="workMode" path="byFlag[flag=remot]">x</When>`))[0]!.message).toMatch(/Did you mean \[flag=remote\]/);
  });

  it("checks the item fields a list component names: label, value", async () => {
    const [label, value] = await check(`<Chart kind="bars" of="workMode" path="byFlag[0].modes" label="modee" value="cont" title="t" description="c" />`);
    expect(label!.message).toMatch(/label="modee": the items have no field "modee"\. Did you mean mode\? \(their fields: mode, count\)/);
    expect(value!.message).toMatch(/value="cont": the items have no field "cont"\. Did you mean count\?/);
    expect((await check(`<Chart kind="bars" of="workMode" path="byFlag[0].modes" label="mode" value="mode" title="t" description="c" />`))[0]!.message).toMatch(/"mode" holds text, not numbers \(numeric fields: count\)/);
  });

  it("says so when a field left out (its default) is not in the items, rather than quoting a prop never written", async () => {
    const problems = await check(`<Chart kind="bars" of="workMode" path="byFlag[0].modes" label="mode" title="t" description="c" />`);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/without value=, it reads the field "value", which the items lack: set value="\.\.\." to one of their fields \(mode, count\)/)]);
  });

  it("refuses the scaffold's placeholder sentences (placeholderProblems), at their line", async () => {
    const { placeholderProblems } = await import("../../src/authoring/checkPost.ts");
    const { SCAFFOLD_PLACEHOLDERS } = await import("../../src/posts/placeholders.ts");
    const tree = { type: "root", children: [{ type: "paragraph", children: [{ type: "text", value: `Notes. ${SCAFFOLD_PLACEHOLDERS[1]}`, position: { start: { line: 7, column: 3 } } }] }] };
    expect(placeholderProblems(tree)).toEqual([{ line: 7, column: 3, message: expect.stringMatching(/is the scaffold's placeholder: write your own text or delete it/) }]);
    expect(placeholderProblems({ type: "root", children: [{ type: "text", value: "Write your caveats here." }] })).toEqual([]);
  });

  it("reports an import that does not resolve at the import's own line", async () => {
    const problems = await check(`import A from "./real.astro";\nimport B from "./missing.astro";\n\n# T\n`);
    expect(problems).toEqual([{ line: 2, column: 1, message: expect.stringMatching(/import "\.\/missing\.astro": no such file/) }]);
  });

  it("checks CodeFold names and paths, and skips code fences", async () => {
    expect((await check(`<CodeFold name="jobLevel" />`))[0]!.message).toMatch(/<CodeFold name="jobLevel">: no analysis of that name\. Did you mean jobLevels\?/);
    expect((await check(`<CodeFold path="analysis/nope.ts" />`))[0]!.message).toMatch(/there is no src\/analysis\/nope\.ts/);
    expect(await check("```mdx\n<Stat of=\"nope\" path=\"x\" />\n```\n")).toEqual([]);
  });

  it("passes each data-bound node the <When>s around it", async () => {
    const { bound } = await run(`<When of="jobLevels" path="entry" gt={5}>A <Stat of="jobLevels" path="entry" /></When>`);
    expect(bound).toEqual([["When", []], ["Stat", [{ of: "jobLevels", path: "entry", gt: 5 }]]]);
  });
});

describe("checkPost: <Chart> props, with the chart kind's schema, at the post's line", () => {
  const modes = `of="workMode" path="byFlag[0].modes" label="mode" value="count" title="t" description="c"`;

  it("accepts a declared figure, an ad-hoc chart and props given as code", async () => {
    expect(await check(`<Chart id="pay" />

<Chart kind="bars" ${modes} top={3} values={false} />
`)).toEqual([]);
    expect(await check(`<Chart kind="bars" data={[{ "name": "a", "count": 1 }]} top={n} title="t" description="c" />`)).toEqual([]);
  });

  it("names an unknown figure id at its line and column and suggests the nearest", async () => {
    const problems = await check(`# T

See <Chart id="pya" />.
`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, column: 5 });
    expect(problems[0]!.message).toMatch(/^<Chart id="pya">: id="pya": no declared figure of that id\. Did you mean pay\? \(declared in src\/analysis\/figures\/index\.ts: pay, remote, levels;/);
  });

  it("names an option the kind does not have and suggests the nearest", async () => {
    const problems = await check(`Text

<Chart kind="bars" ${modes} valu="x" />
`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, column: 1 });
    expect(problems[0]!.message).toMatch(/^<Chart kind="bars" of="workMode" path="byFlag\[0\]\.modes">: "valu" is not a prop of a "bars" chart\. Did you mean value\? \(its options: label, value, /);
  });

  it("names a misspelt kind, a wrong option value and a missing title", async () => {
    expect((await check(`<Chart kind="bar" ${modes} />`))[0]!.message).toMatch(/kind="bar": no such chart kind\. Did you mean bars\?/);
    expect((await check(`<Chart kind="bars" ${modes} top="ten" />`)).map((p) => p.message)).toEqual([expect.stringMatching(/: top: .*number/)]);
    expect((await check(`<Chart kind="bars" of="workMode" path="byFlag[0].modes" label="mode" value="count" description="c" />`)).map((p) => p.message)).toEqual([expect.stringMatching(/: title: /)]);
  });

  it("refuses options on a declared figure, and a chart with neither id nor kind", async () => {
    expect((await check(`<Chart id="pay" top={3} />`))[0]!.message).toMatch(/a declared figure takes only id \(got top\)/);
    expect((await check(`<Chart title="x" />`))[0]!.message).toMatch(/give id="…" \(a declared figure: pay, remote, levels\) or kind="…"/);
  });

  it("checks an unknown analysis once (the registry's message), not again as a chart prop", async () => {
    const problems = await check(`<Chart kind="bars" of="workMod" path="x" title="t" description="c" />`);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/unknown analysis "workMod"\. Did you mean workMode\?/)]);
  });

  it("tells a declared chart inside a <When> its guards, like every data-bound node", async () => {
    const { bound } = await run(`<When of="jobLevels" path="entry" gt={5}>\n\n<Chart id="levels" />\n\n</When>`);
    expect(bound).toEqual([["When", []], ["Chart", [{ of: "jobLevels", path: "entry", gt: 5 }]]]);
  });
});

describe("frontmatterProblems: frontmatter errors at the file's line", () => {
  const source = "---\ntitle: x\npart: 0\n---\n\nBody\n";
  it("puts a wrong field at its key's line and a missing one at the closing ---", () => {
    const issues = [{ path: ["part"], message: "part starts at 1" }, { path: ["summary"], message: "summary is required" }] as never;
    expect(frontmatterProblems(source, issues)).toEqual([
      { line: 3, message: "part: part starts at 1" },
      { line: 4, message: 'summary: summary is required (add "summary:" to the frontmatter)' },
    ]);
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
    // A draft until the author deletes the line: the placeholder summary never ships by itself.
    expect(p.source).toMatch(/^draft: true\b/m);
  });
  it("starts a new series at part 1", () => {
    expect(scaffoldPost({ title: "X", existing, series: "Other", datasets: ["backend"], today: "2026-01-02" }).part).toBe(1);
    expect(slugify("  Über  café ")).toBe("uber-cafe");
  });
});
