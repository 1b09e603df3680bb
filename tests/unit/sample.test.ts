import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { cellValue } from "../../src/ingest/cells.ts";
import { JOBSPY_COLUMNS } from "../../src/ingest/columns.ts";
import { CALIBRATION, type DatasetTarget } from "../../src/sample/Calibration.ts";
import { escapeMarkdown } from "../../src/sample/escapeMarkdown.ts";
import { DEFAULT_SEED, generateSample } from "../../src/sample/generateSample.ts";
import { planMedian } from "../../src/sample/planMedian.ts";
import { writeCsv, type CsvCell } from "../../src/sample/writeCsv.ts";

type Row = Record<string, string | null> & { area: string; file: string };

/** Reads CSV text the way the ingest does: papaparse, then pandas' missing values and doubled backslashes. */
function parse(text: string): (string | null)[][] {
  const { data, errors } = Papa.parse<string[]>(text, { delimiter: ",", newline: "\n", skipEmptyLines: true });
  expect(errors).toEqual([]);
  return data.map((r) => r.map((c) => cellValue(c)));
}

/** All rows of one generated dataset, manifest order then file order, with their area. */
function rowsOf(files: Map<string, string>, folder: string): Row[] {
  const manifest = Papa.parse<string[]>(files.get(`${folder}/areas.csv`) ?? "", { skipEmptyLines: true }).data.slice(1);
  return manifest.flatMap(([file = "", area = ""]) => {
    const [header, ...body] = parse(files.get(`${folder}/${file}`) ?? "");
    return body.map((cells) => {
      const row = Object.fromEntries((header ?? []).map((h, i) => [h, cells[i] ?? null])) as Row;
      return Object.assign(row, { area, file });
    });
  });
}

function countBy<T>(items: readonly T[], key: (item: T) => string | null | undefined): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const item of items) {
    const k = key(item) ?? null;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

let defaultSample: Map<string, string> | undefined;
/** The default-seed sample, generated once for all the tests that read it. */
const sample = () => (defaultSample ??= generateSample(DEFAULT_SEED));

const yearly = (r: Row, column: "min_amount" | "max_amount") =>
  Number(r[column]) * (r["interval"] === "hourly" ? 1920 : 1);

describe("generateSample determinism", () => {
  it("gives identical files for the same seed and different ones for another seed", () => {
    const a = generateSample(7);
    const b = generateSample(7);
    const c = generateSample(8);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [file, content] of a) expect(b.get(file) === content, file).toBe(true);
    const changed = [...a].filter(([file, content]) => c.get(file) !== content).map(([file]) => file);
    // The manifests are fixed; every data file should change with the seed.
    expect(changed.filter((f) => !f.endsWith("areas.csv")).length).toBe(a.size - 2);
  });
});

describe("writeCsv", () => {
  const tricky = [
    "Contract\\-to\\-Hire", 'She said "ship it"', "ends with a backslash\\", "\\\"", "two\nlines\n\nand a blank",
    "comma, inside", "  spaces  ", "emoji 🚀 and ünïcode", '""', "\\\\double", "NaN-looking? no: NaNo",
  ];

  it("round-trips tricky text through the project's CSV reader", () => {
    const rows: CsvCell[][] = tricky.map((t, i) => [t, i, i % 2 === 0]);
    const [header, ...back] = parse(writeCsv(["text", "n", "flag"], rows));
    expect(header).toEqual(["text", "n", "flag"]);
    expect(back.map((r) => r[0])).toEqual(tricky);
    expect(back.map((r) => Number(r[1]))).toEqual(tricky.map((_, i) => i));
    expect(back.map((r) => r[2])).toEqual(tricky.map((_, i) => (i % 2 === 0 ? "True" : "False")));
  });

  it("writes pandas' QUOTE_NONNUMERIC layout with escapechar", () => {
    const text = writeCsv(["a", "b", "c", "d"], [["x\\-y \"q\"", 90000, null, true], ["", 42.5, "z", false]]);
    expect(text).toBe('"a","b","c","d"\n"x\\\\-y ""q""",90000.0,"",True\n"",42.5,"z",False\n');
  });

  it("refuses numbers pandas would write in exponent form and rows of the wrong width", () => {
    expect(() => writeCsv(["a"], [[1e16]])).toThrow();
    expect(() => writeCsv(["a"], [[Number.NaN]])).toThrow();
    expect(() => writeCsv(["a", "b"], [["only one"]])).toThrow();
  });
});

describe("escapeMarkdown", () => {
  it("escapes as JobSpy's Markdown does", () => {
    expect(escapeMarkdown("Contract-to-Hire, 5+ years, R&D, C#, snake_case, 3,000.")).toBe(
      "Contract\\-to\\-Hire, 5\\+ years, R\\&D, C\\#, snake\\_case, 3,000\\.",
    );
    expect(escapeMarkdown("Node.js and .NET 8.0")).toBe("Node.js and .NET 8.0");
  });
});

describe("planMedian", () => {
  const check = (fixed: number[], free: number, target: number) => {
    const plan = planMedian(fixed, free, target, [target - 1000]);
    expect(plan).not.toBeNull();
    if (!plan) return;
    const values = [...fixed, ...plan.exact,
      ...Array.from({ length: plan.low }, () => plan.lowBound - 1), ...Array.from({ length: plan.high }, () => plan.highBound + 1)];
    expect(values.length).toBe(fixed.length + free);
    expect(median(values)).toBe(target);
  };

  it("completes odd and even lists to an exact median", () => {
    check([], 1, 100);
    check([], 2, 100);
    check([50, 400], 7, 120);
    check([90, 120], 0, 105); // both fixed: their mean
    check([144, 300], 19, 144);
    check([10, 20, 30], 4, 25);
  });

  it("says when no completion exists", () => {
    expect(planMedian([10, 20, 30], 0, 25)).toBeNull();
    expect(planMedian([1, 2, 3, 4], 1, 100)).toBeNull();
  });
});

describe.each([
  ["backend", CALIBRATION.datasets.backend],
  ["data-scientist", CALIBRATION.datasets.dataScientist],
] as const)("the default sample: %s", (folder, target: DatasetTarget) => {
  let files: Map<string, string>;
  let rows: Row[];
  beforeAll(() => {
    files = sample();
    rows = rowsOf(files, folder);
  });
  const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);
  const staffing = new Set(target.staffingCompanies);

  it("has the manifest's areas, in order, with their row counts and the JobSpy header", () => {
    const manifest = files.get(`${folder}/areas.csv`) ?? "";
    expect(manifest.split("\n")[0]).toBe("file,area");
    expect([...countBy(rows, (r) => r.area)]).toEqual(target.areas.map((a) => [a.area, a.rows]));
    for (const a of target.areas) {
      expect(files.get(`${folder}/${a.file}`)?.split("\n")[0]).toBe(JOBSPY_COLUMNS.map((c) => `"${c}"`).join(","));
    }
  });

  it("repeats shared postings under one id with the same posting fields", () => {
    const sharedRows = sum(target.sharedPostings.map((s) => s.count * (s.areas.length - 1)));
    const byId = new Map<string, Row[]>();
    for (const r of rows) byId.set(r["id"] ?? "", [...(byId.get(r["id"] ?? "") ?? []), r]);
    expect(byId.size).toBe(rows.length - sharedRows);
    for (const group of byId.values()) {
      expect(new Set(group.map((r) => r.area)).size).toBe(group.length);
      for (const column of ["title", "company", "company_industry", "job_level", "is_remote", "description", "min_amount"]) {
        expect(new Set(group.map((r) => r[column])).size, column).toBe(1);
      }
    }
  });

  it("meets the level, remote, company and industry targets", () => {
    for (const a of target.areas) {
      const own = rows.filter((r) => r.area === a.area);
      expect(Object.fromEntries(countBy(own, (r) => r["job_level"]))).toEqual(a.levels);
      expect(own.filter((r) => r["is_remote"] === "True" && !staffing.has(r["company"] ?? "")).length).toBe(a.remoteExcludingStaffing);
    }
    const companies = countBy(rows, (r) => r["company"]);
    const named = new Set(target.namedCompanies.map((c) => c.name));
    for (const c of target.namedCompanies) expect(companies.get(c.name), c.name).toBe(c.rows);
    const largestOther = Math.max(...[...companies].filter(([name]) => !named.has(name ?? "")).map(([, n]) => n));
    expect(largestOther).toBeLessThanOrEqual(Math.max(...Object.keys(target.otherCompanySizes).map(Number)));
    const industries = countBy(rows.filter((r) => !staffing.has(r["company"] ?? "")), (r) => r["company_industry"]);
    expect(Object.fromEntries(industries)).toEqual(target.industriesExcludingStaffing);
  });

  it("meets the pay targets: counts, medians, hourly rows in file order, extremes, min ≤ max", () => {
    const paid = rows.filter((r) => r["min_amount"] !== null);
    for (const a of target.areas) {
      const own = paid.filter((r) => r.area === a.area);
      expect(own.length, a.area).toBe(a.salary?.postings ?? 0);
      if (!a.salary) continue;
      expect(median(own.map((r) => yearly(r, "min_amount"))), a.area).toBe(a.salary.medianMin);
      expect(median(own.map((r) => yearly(r, "max_amount"))), a.area).toBe(a.salary.medianMax);
    }
    expect(paid.filter((r) => r["interval"] === "hourly").map((r) => [r.area, Number(r["min_amount"]), Number(r["max_amount"])]))
      .toEqual(target.hourly.map((h) => [h.area, h.min, h.max]));
    expect(Math.min(...paid.map((r) => yearly(r, "min_amount")))).toBe(target.salaryExtremes.lowestMin.min);
    expect(Math.max(...paid.map((r) => yearly(r, "min_amount")))).toBe(target.salaryExtremes.highestMin);
    expect(Math.min(...paid.map((r) => yearly(r, "max_amount")))).toBe(target.salaryExtremes.lowestMax);
    expect(Math.max(...paid.map((r) => yearly(r, "max_amount")))).toBe(target.salaryExtremes.highestMax.max);
    expect(paid.every((r) => Number(r["min_amount"]) <= Number(r["max_amount"]))).toBe(true);
    expect(paid.every((r) => r["currency"] === "USD" && r["salary_source"] === "description")).toBe(true);
    // The description states the pay it carries.
    for (const r of paid) {
      const amount = Number(r["min_amount"]).toLocaleString("en-US", { maximumFractionDigits: 2 });
      expect(r["description"], r["id"] ?? "").toContain(`$${amount}`);
    }
  });

  it("meets the job type, missing-value and e-mail targets", () => {
    for (const [level, types] of Object.entries(target.levelJobTypes)) {
      expect(Object.fromEntries(countBy(rows.filter((r) => r["job_level"] === level), (r) => r["job_type"]))).toEqual(types);
    }
    expect(rows.filter((r) => r["location"] === null).length).toBe(sum(target.areas.map((a) => a.emptyLocations)));
    expect(rows.filter((r) => r["date_posted"] === null).length).toBe(sum(target.areas.map((a) => a.datesPosted[""] ?? 0)));
    expect(rows.filter((r) => r["job_url_direct"] !== null).length).toBe(target.directUrlRows);
    expect(rows.filter((r) => r["job_function"] === null).length).toBe(target.jobFunctions[""] ?? 0);
    const withEmails = rows.filter((r) => r["emails"] !== null);
    expect(withEmails.length).toBe(sum(Object.values(target.emailRows)));
    for (const r of withEmails) {
      for (const e of (r["emails"] ?? "").split(", ")) {
        expect(e).toMatch(/@example\.(com|org|net)$/);
        expect(r["description"]).toContain(e);
      }
    }
    for (const column of ["listing_type", "company_url_direct", "skills", "work_from_home_type"]) {
      expect(rows.every((r) => r[column] === null), column).toBe(true);
    }
  });

  it("keeps every date in the scrape window and JobSpy's value shapes", () => {
    const dates = rows.map((r) => r["date_posted"] ?? null).filter((d) => d !== null);
    expect(dates.every((d) => d >= "2025-11-10" && d <= "2025-11-21")).toBe(true);
    expect(rows.every((r) => /^li-\d{10}$/.test(r["id"] ?? "") && r["job_url"] === `https://www.linkedin.com/jobs/view/${r["id"]?.slice(3)}`)).toBe(true);
    expect(rows.every((r) => r["is_remote"] === "True" || r["is_remote"] === "False")).toBe(true);
    // JobSpy sets is_remote from the text, so on-site postings never say "remote".
    expect(rows.filter((r) => r["is_remote"] === "False").some((r) => /\bremote\b/i.test(r["description"] ?? ""))).toBe(false);
  });
});

describe("the default backend sample against the published headline figures", () => {
  it("has 3,060 rows, 2,871 ids, 143 salaried (140 yearly, 3 hourly) and the FAANG counts", () => {
    const rows = rowsOf(sample(), "backend");
    expect(rows.length).toBe(3060);
    expect(new Set(rows.map((r) => r["id"])).size).toBe(2871);
    expect(Object.fromEntries(countBy(rows.filter((r) => r["interval"] !== null), (r) => r["interval"]))).toEqual({ yearly: 140, hourly: 3 });
    const companies = countBy(rows, (r) => r["company"]);
    expect(["Google", "Meta", "Amazon", "Netflix", "Apple"].map((c) => companies.get(c) ?? 0)).toEqual([47, 21, 1, 14, 0]);
    expect(rows.filter((r) => r["is_remote"] === "True").length).toBe(738);
  });
});

describe("the committed sample in data/", () => {
  it("is exactly what `npm run generate-sample` writes with the default seed", async () => {
    const { readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const { PROJECT_ROOT } = await import("../../src/pipeline/dataSources.ts");
    const files = sample();
    expect(files.size).toBeGreaterThan(40);
    for (const [name, content] of files) {
      expect(readFileSync(path.join(PROJECT_ROOT, "data", name), "utf8") === content, `data/${name} differs from the generator's output`).toBe(true);
    }
  });
});
