// Properties every analysis must have, checked over the whole registry rather than one file at a time:
// - empty names are "not given", never a category (issue 10, item 5), and no value is "" (issue 9, item 8);
// - every list a post prints with <RankedList> is in rank order by the value it shows, or its
//   analysis documents another order (issue 11, item 2).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolvePath } from "../../src/data/resolvePath.ts";
import { PROJECT_ROOT, SAMPLE } from "../../src/pipeline/dataSources.ts";
import { precompute } from "../../src/pipeline/precompute.ts";
import { STATED_MODES } from "../../src/analysis/workMode.ts";
import { jobspyCsv, posting, tempFiles } from "../support/jobspyCsv.ts";

const places = SAMPLE.places;
const PLACEHOLDERS = new Set(["", "not stated", "not given", "(none)", "none", "null", "undefined", "nan", "unknown"]);
/** Fields that hold a name of a group: a company, level, area, industry, title word, place, board. */
const NAME_FIELDS = new Set(["name", "level", "area", "word", "marker", "topLocation", "site", "city", "country", "currency", "a", "b", "skill"]);

/** Every [path, value] of a JSON value. */
function* leaves(value: unknown, at = ""): Generator<[string, unknown]> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* leaves(v, `${at}[${i}]`);
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) yield* leaves(v, at ? `${at}.${k}` : k);
  else yield [at, value];
}

async function analysesOf(files: Record<string, string>, source: string) {
  const dir = tempFiles(files);
  const out = path.join(dir, "generated");
  await precompute({ datasets: [{ name: "backend", source: path.join(dir, source) }, { name: "data-scientist", source: path.join(dir, source) }], places },
    out, { today: "2026-01-01", projectRoot: dir });
  const folder = path.join(out, "analyses");
  return Object.fromEntries(readdirSync(folder).map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(path.join(folder, f), "utf8")) as unknown]));
}

describe("empty names are not given, in every analysis", () => {
  it("no company, title, industry, level, location or board is ever \"\" or a placeholder category", async () => {
    const rows = [
      posting({ id: "1", company: "", title: "", company_industry: "", job_level: "", location: "", site: "", date_posted: "" }),
      posting({ id: "2", company: "", title: "", company_industry: "", job_level: "", location: "", is_remote: "" }),
      posting({ id: "3", company: "Acme", title: "Senior Backend Engineer", job_level: "mid-senior level", interval: "yearly", min_amount: 100000, max_amount: 120000, currency: "USD" }),
      posting({ id: "4", company: "Jobs via Dice", title: "Backend Engineer", is_remote: true }),
    ];
    const all = await analysesOf({ "areas.csv": 'file,area\na.csv,"Denver, CO"\nb.csv,"Boston, MA"\n', "a.csv": jobspyCsv(rows.slice(0, 2)), "b.csv": jobspyCsv(rows.slice(2)) }, ".");
    const bad: string[] = [];
    for (const [name, data] of Object.entries(all)) {
      for (const [at, value] of leaves(data)) {
        if (value === "") bad.push(`${name}.${at} is ""`);
        const field = at.split(".").at(-1)!.replace(/\[\d+\]$/, "");
        if (typeof value === "string" && NAME_FIELDS.has(field) && PLACEHOLDERS.has(value.toLowerCase())) bad.push(`${name}.${at} is the placeholder "${value}"`);
        if (typeof value === "number" && !Number.isFinite(value)) bad.push(`${name}.${at} is ${value}`);
      }
    }
    expect(bad).toEqual([]);
    // And what is not given is counted, so a post can say so.
    expect(all["topCompanies"]).toMatchObject({ coverage: { given: 2, notGiven: 2 } });
    expect(all["titleWords"]).toMatchObject({ titles: 2, titleNotGiven: 2 });
    expect(all["jobLevels"]).toMatchObject({ coverage: { given: 2, notGiven: 2 } });
    expect(all["industries"]).toMatchObject({ coverage: { notGiven: 2 } });
  });
});

/** Lists posts print whose analysis documents an order other than "largest value first". */
const DOCUMENTED_ORDER: Record<string, "ascending" | "ladder" | "count" | "modes"> = {
  "salaryFindings lowest": "ascending", // "the lowest median lower bounds", lowest first
  "experience byLevel": "ladder", // levels bottom of the ladder first
  "columnOverview partial": "ascending", // fewest values first
  "topCompanies staffingInTop": "count",
  "areaConcentration atCap": "count",
  // the work-mode groups in their fixed order (remote, remote or office, hybrid, on-site, not stated), as the bars beside them
  "workMode byFlag[flag=remote].modes": "modes",
  "workMode byFlag[flag=not remote].modes": "modes",
};
const LADDER = ["internship", "entry level", "associate", "mid-senior level", "director", "executive", "not applicable"];

describe("ranked lists are ranked before they are cut", async () => {
  const posts = readdirSync(path.join(PROJECT_ROOT, "content", "posts")).filter((f) => f.endsWith(".mdx"));
  const lists = posts.flatMap((post) => {
    const text = readFileSync(path.join(PROJECT_ROOT, "content", "posts", post), "utf8");
    return [...text.matchAll(/<RankedList\b([^>]*)\/>/g)].map((m) => {
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m[1]!)?.[1];
      return { post, of: attr("of")!, path: attr("path") ?? "", value: attr("value") ?? "count" };
    });
  });
  const sample = await (async () => {
    const out = path.join(tempFiles({}), "generated");
    await precompute({ datasets: [{ name: "backend", source: SAMPLE.jobs }, { name: "data-scientist", source: SAMPLE.ds }], places }, out, { today: "2026-01-01", projectRoot: PROJECT_ROOT });
    return (name: string) => JSON.parse(readFileSync(path.join(out, "analyses", `${name}.json`), "utf8")) as unknown;
  })();

  it("the posts print ranked lists", () => {
    expect(lists.length).toBeGreaterThan(10);
  });

  it.each(lists.map((l) => [`${l.post}: ${l.of} ${l.path} by ${l.value}`, l] as const))("%s", (_label, l) => {
    const list = resolvePath(sample(l.of), l.path) as Record<string, unknown>[];
    expect(Array.isArray(list)).toBe(true);
    const order = DOCUMENTED_ORDER[`${l.of} ${l.path}`];
    const key = l.value === "none" || order === "count" ? "count" : l.value;
    if (order === "modes") {
      expect(list.map((item) => item["mode"])).toEqual([...STATED_MODES]);
      return;
    }
    if (order === "ladder") {
      const positions = list.map((item) => LADDER.indexOf(String(item["level"])));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      return;
    }
    const values = list.map((item) => item[key]).filter((v): v is number => typeof v === "number");
    if (l.value === "none" && values.length === 0) return; // names only, no value to rank by (e.g. names of areas)
    expect(values.length).toBe(list.length);
    const sorted = [...values].sort((a, b) => (order === "ascending" ? a - b : b - a));
    expect(values).toEqual(sorted);
  });
});
