import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { printable, safeLine, safeLines } from "../../src/lib/terminalText.ts";
import { PROJECT_ROOT, SAMPLE } from "../../src/pipeline/dataSources.ts";
import { main } from "../../src/pipeline/precomputeCommand.ts";
import { jobspyCsv, posting } from "../support/jobspyCsv.ts";

const ESC = "\u001b";
const CASES = path.join(PROJECT_ROOT, "tests", "fixtures", "hostile", "cases");

/** What a terminal or a CI log must never receive from the data. */
function expectSafe(output: string) {
  // No control character but the newlines between lines (no ESC, CR, BEL, C1, bidi).
  // eslint-disable-next-line no-control-regex
  expect(output.replaceAll("\n", "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  // No line is a GitHub Actions workflow command, old or new style.
  for (const line of output.split("\n")) {
    expect(line).not.toMatch(/^\s*::/);
    expect(line).not.toContain("##[");
  }
}

/** Runs precompute in-process on `jobs` in a scratch root, capturing every line it prints. */
async function precompute(jobs: string) {
  const root = mkdtempSync(path.join(tmpdir(), "terminal-"));
  const lines: string[] = [];
  const code = await main({
    loadedModules: () => [], root, argv: [],
    env: { JOBS_DATA: jobs, PLACE_CORRECTIONS: SAMPLE.places.corrections, CITY_ALIASES: SAMPLE.places.aliases },
    console: { out: (t) => lines.push(t), err: (t) => lines.push(t) },
  });
  return { code, output: lines.join("\n") };
}

describe("printable text", () => {
  it("turns every control character into a visible escape and leaves printable text alone", () => {
    expect(printable(`a${ESC}[31mred${ESC}]8;;u\u0007b\r\n\tc\u009b\u202Ed`)).toBe("a\\x1B[31mred\\x1B]8;;u\\x07b\\r\\n\\tc\\x9B\\u202Ed");
    expect(printable("Zürich, ZH · 東京 · 😀 · C++::Engineer")).toBe("Zürich, ZH · 東京 · 😀 · C++::Engineer");
    expect(printable("##[error]x")).toBe("#\\x23[error]x");
  });

  it("never lets a line start with a workflow command", () => {
    expect(safeLines("ok\n::error title=x::y\n  ::warning::z")).toBe("ok\n\\x3A:error title=x::y\n  \\x3A:warning::z");
    expect(safeLine("::add-mask::secret\n::stop-commands::t")).toBe("\\x3A:add-mask::secret\\n::stop-commands::t");
  });
});

describe("messages the pipeline prints", () => {
  it("escape header names, areas and company names from the data in the quality summary", async () => {
    const { code, output } = await precompute(path.join(CASES, "terminal-escapes.csv"));
    expect(code).toBe(0);
    expectSafe(output);
    // The names are still shown, escaped: a reader can see what the data holds.
    expect(output).toContain("\\x1B]8;;https://evil.example");
    expect(output).toContain("x\\n::error title=pwned::header");
  });

  it("escape file names and header names in fatal messages", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "terminal-files-"));
    // A file whose name holds a newline, a workflow command and ESC, in a folder that does not list it.
    const folder = path.join(dir, "folder");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "jobs_a.csv"), jobspyCsv([posting({ id: "1" })]));
    writeFileSync(path.join(folder, `jobs\n::error title=pwned::${ESC}[2J.csv`), jobspyCsv([posting({ id: "2" })]));
    writeFileSync(path.join(folder, "areas.csv"), 'file,area\njobs_a.csv,"Denver, CO"\n');
    const unlisted = await precompute(folder);
    expect(unlisted.code).toBe(0);
    expectSafe(unlisted.output);
    expect(unlisted.output).toContain("not in areas.csv, so not read: jobs\\n::error title=pwned::\\x1B[2J.csv");

    // areas.csv naming a file that is not there, with an OSC sequence in its name.
    const listing = path.join(dir, "listing");
    mkdirSync(listing);
    writeFileSync(path.join(listing, "jobs_a.csv"), jobspyCsv([posting({ id: "1" })]));
    writeFileSync(path.join(listing, "areas.csv"), `file,area\njobs_a.csv,"Denver, CO"\n"gone${ESC}]0;x\u0007.csv","Austin, TX"\n`);
    const missing = await precompute(listing);
    expect(missing.code).toBe(1);
    expectSafe(missing.output);
    expect(missing.output.split("\n")).toHaveLength(1);
    expect(missing.output).toMatch(/names "gone\\x1B\]0;x\\x07\.csv", which is not in the folder/);

    const header = path.join(dir, `two\r::error::${ESC}[31m.csv`);
    writeFileSync(header, jobspyCsv([posting({ id: "1" })], ["id", "title", "company", "location", `ti${ESC}[8mtle`, `ti${ESC}[8mtle`]));
    const duplicate = await precompute(header);
    expect(duplicate.code).toBe(1);
    expectSafe(duplicate.output);
    expect(duplicate.output).toMatch(/two\\r::error::\\x1B\[31m\.csv, line 1, column "ti\\x1B\[8mtle": appears twice/);
  });
});
