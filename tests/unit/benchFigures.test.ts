import { describe, expect, it } from "vitest";
import { duckdbDifferences, linearity, type DuckdbNumbers, type OursNumbers } from "../../scripts/benchFigures.ts";

const rows = (...values: number[]) => [100_000, 300_000, 1_000_000].map((n, i) => ({ rows: n, value: values[i]! }));

describe("linearity (npm run bench's verdict on time and peak per row)", () => {
  it("compares marginal costs, so a fixed start-up is not read as sub-linear", () => {
    // 0.3 s of start-up plus 1 s per 100k rows: the per-100k figures fall, the marginal ones do not.
    const l = linearity(rows(1.3, 3.3, 10.3), 0.25);
    expect(l.perHundredK.map((x) => +x.toFixed(3))).toEqual([1.3, 1.1, 1.03]);
    expect(l.marginal.map((x) => +x.toFixed(3))).toEqual([1, 1]);
    expect(l.verdict).toBe("linear");
  });

  it("calls growth beyond the tolerance super-linear, and less than it sub-linear", () => {
    // The README's last measurement: 1.47, 2.93 and 10.18 s of CPU (0.73 then 1.04 s per 100k rows).
    expect(linearity(rows(1.47, 2.93, 10.18), 0.25).verdict).toBe("super-linear");
    expect(linearity(rows(1.47, 2.93, 10.18), 0.5).verdict).toBe("linear");
    // Its peaks: 180, 261 and 505 MB (40 then 35 MB per 100k rows).
    expect(linearity(rows(180, 261, 505), 0.25).verdict).toBe("linear");
    expect(linearity(rows(180, 261, 300), 0.25).verdict).toBe("sub-linear");
  });

  it("needs three prefixes", () => {
    expect(() => linearity(rows(1, 2).slice(0, 2), 0.25)).toThrow(/three/);
  });
});

describe("duckdbDifferences (whether DuckDB computed what we did)", () => {
  const ours: OursNumbers = {
    jobs: { rows: 3, non_null: { id: 3, title: 2 } },
    area_counts: { "Boston, MA": 2, "Denver, CO": 1 },
    salary: { median_by_area: { "Boston, MA": { salaried_postings: 2, median_min: 100_000, median_max: 0.3 } } },
    companies: { top25: [["Epic", 2], ["PwC", 1], ["KPMG US", 1]] },
    data_scientist: { counts: { "entry level": 4 } },
  };
  const duck: DuckdbNumbers = {
    columns: [{ rows: 3, id: 3, title: 2, skill_python: 1 }],
    area_counts: [{ area: "Denver, CO", postings: 1 }, { area: "Boston, MA", postings: 2 }],
    median_by_area: [{ area: "Boston, MA", salaried_postings: 2, median_min: 100_000, median_max: 0.1 + 0.2 }],
    top_companies: [{ company: "Epic", postings: 2 }, { company: "KPMG US", postings: 1 }, { company: "PwC", postings: 1 }],
    data_scientist_job_levels: [{ job_level: "entry level", postings: 4 }],
  };

  it("agrees across row order, names tied on a count and the last bit of a median", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(duckdbDifferences(ours, duck)).toEqual([]);
  });

  it("names each figure that differs", () => {
    const other: DuckdbNumbers = {
      ...duck,
      columns: [{ rows: 3, id: 3, title: 1 }],
      area_counts: [{ area: "Boston, MA", postings: 2 }],
      median_by_area: [{ area: "Boston, MA", salaried_postings: 2, median_min: 99_000, median_max: 0.3 }],
      top_companies: [{ company: "Epic", postings: 2 }, { company: "PwC", postings: 1 }],
    };
    expect(duckdbDifferences(ours, other)).toEqual([
      "non-null title: ours 2, DuckDB 1",
      "area Denver, CO: ours 1, DuckDB undefined",
      "median pay Boston, MA median_min: ours 100000, DuckDB 99000",
      'top-25 company counts: ours "2 1 1", DuckDB "2 1"',
    ]);
  });
});
