import path from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/ingest/InputError.ts";
import { computeOutputs } from "../../src/pipeline/precompute.ts";
import { PROJECT_ROOT, SAMPLE } from "../../src/pipeline/dataSources.ts";
import { readCorrections } from "../../src/places/readCorrections.ts";
import { readWorldGazetteer } from "../../src/places/readWorldGazetteer.ts";

// Issue 10 item 3 (the gazetteer's half): data/place-corrections.csv and data/city-aliases.csv
// are read with the ingest's CSV reader, so every problem is fatal at the file's real line.
const CASES = path.join(PROJECT_ROOT, "tests", "fixtures", "hostile", "cases", "places");
const hostile = (name: string) => path.join(CASES, name);
const escaped = (file: string) => file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** The InputError a read rejects with: its message names the file, line and column. */
async function failure(read: Promise<unknown>): Promise<InputError> {
  const error = await read.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe("the corrections table", () => {
  it.each([
    ["corrections-latin1.csv", 3, undefined, /is not valid UTF-8/],
    ["corrections-unclosed-quote.csv", 2, "means", /quote/],
    // Blank lines are no rows but keep the lines after them: the empty note is on line 6 (papaparse's row + 2 said 4).
    ["corrections-blank-lines.csv", 6, "note", /is empty: say why/],
    // A cell over several lines is what a quote never closed looks like: no table cell needs one.
    ["corrections-quoted-newline.csv", 2, "note", /runs over several lines/],
    ["corrections-twice.csv", 4, "written", /lists "Seattle, CA" a second time/],
  ] as const)("%s: fatal at line %i", async (name, line, column, problem) => {
    const file = hostile(name);
    const error = await failure(readCorrections(file));
    expect([error.file, error.line, error.column]).toEqual([file, line, column]);
    expect(error.message).toMatch(new RegExp(`^${escaped(file)}, line ${line}${column ? `, column "${column}"` : ""}: `));
    expect(error.message).toMatch(problem);
  });

  it("reads a BOM, CRLF and blank lines cleanly", async () => {
    const corrections = await readCorrections(hostile("corrections-bom-crlf.csv"));
    expect([...corrections.keys()]).toEqual(["Seattle, CA", "Chicago, IN"]);
    expect(corrections.get("Chicago, IN")).toEqual({ written: "Chicago, IN", means: "Chicago, IL", note: "Not Indiana." });
  });

  it("the project's own table reads", async () => {
    expect((await readCorrections(SAMPLE.places.corrections)).size).toBeGreaterThan(0);
  });
});

describe("the city aliases table", () => {
  it.each([
    ["aliases-latin1.csv", 3, undefined, /is not valid UTF-8/],
    ["aliases-ragged.csv", 3, "name", /has 4 cells where the header has 3/],
    ["aliases-blank-lines.csv", 5, "country", /must be an ISO 3166-1 alpha-2 code/],
    ["aliases-no-name-column.csv", 1, "name", /is missing from the header \(expected country,alias,name\)/],
  ] as const)("%s: fatal at line %i", async (name, line, column, problem) => {
    const file = hostile(name);
    // The aliases are read before the gazetteer's index: no package is read for a bad table.
    const error = await failure(readWorldGazetteer(file, new Set(), { cacheDir: null }));
    expect([error.file, error.line, error.column]).toEqual([file, line, column]);
    expect(error.message).toMatch(problem);
  });
});

describe("precompute", () => {
  it("stops on a bad places table instead of publishing", async () => {
    const sources = { datasets: [{ name: "backend", source: SAMPLE.jobs, metadata: null }], places: { corrections: hostile("corrections-latin1.csv"), aliases: SAMPLE.places.aliases } };
    const error = await failure(computeOutputs(sources as never, {} as never, { projectRoot: PROJECT_ROOT }));
    expect(error.message).toMatch(/corrections-latin1\.csv, line 3: is not valid UTF-8/);
  }, 60_000);
});
