// Pure verdicts of `npm run bench` (scripts/bench.ts), apart so that tests/unit/benchFigures.test.ts can check them.

/** One measurement of a run over the first `rows` rows (CPU seconds, or peak MB). */
export interface RowsPoint {
  readonly rows: number;
  readonly value: number;
}

export interface Linearity {
  /** Each point's value per 100k rows (start-up included, so it falls as rows grow). */
  readonly perHundredK: readonly number[];
  /** What each step from one point to the next added per 100k rows (start-up cancels out). */
  readonly marginal: readonly number[];
  /** The last step's marginal cost over the first's. */
  readonly growth: number;
  /**
   * "linear" when every step's marginal cost is within `tolerance` of the first step's;
   * "super-linear" when a later step costs more per row than that (the target is missed);
   * "sub-linear" when a later step costs less (the target is met).
   */
  readonly verdict: "linear" | "super-linear" | "sub-linear";
}

/**
 * Whether a cost grows linearly in rows, from runs over nested prefixes of one file
 * (e.g. 100k, 300k and 1M rows). Compares marginal costs, (value₂ − value₁) / (rows₂ − rows₁),
 * so that a fixed start-up cost does not read as sub-linear growth.
 */
export function linearity(points: readonly RowsPoint[], tolerance: number): Linearity {
  if (points.length < 3) throw new Error(`linearity needs at least three prefixes, got ${points.length}`);
  const perHundredK = points.map((p) => (p.value / p.rows) * 100_000);
  const marginal = points.slice(1).map((p, i) => ((p.value - points[i]!.value) / (p.rows - points[i]!.rows)) * 100_000);
  const first = marginal[0]!;
  const ratios = marginal.slice(1).map((m) => m / first);
  const verdict = ratios.some((r) => r > 1 + tolerance) ? "super-linear" : ratios.some((r) => r < 1 - tolerance) ? "sub-linear" : "linear";
  return { perHundredK, marginal, growth: marginal.at(-1)! / first, verdict };
}

/** The part of `npm run numbers`' document (spec/reference-figures.json's shape) DuckDB also computes. */
export interface OursNumbers {
  readonly jobs: { readonly rows: number; readonly non_null: Readonly<Record<string, number>> };
  readonly area_counts: Readonly<Record<string, number>>;
  readonly salary: { readonly median_by_area: Readonly<Record<string, { salaried_postings: number; median_min: number; median_max: number }>> };
  readonly companies: { readonly top25: readonly (readonly [string, number])[] };
  readonly data_scientist: { readonly counts: Readonly<Record<string, number>> } | null;
}

/** scripts/duckdb-numbers.ts' document: each `-- result:` query's rows. */
export interface DuckdbNumbers {
  readonly columns: readonly Readonly<Record<string, number>>[];
  readonly area_counts: readonly { area: string; postings: number }[];
  readonly median_by_area: readonly { area: string; salaried_postings: number; median_min: number; median_max: number }[];
  readonly top_companies: readonly { company: string; postings: number }[];
  readonly data_scientist_job_levels?: readonly { job_level: string; postings: number }[];
}

/**
 * The figures where DuckDB's results and ours differ (none: they agree), so the bench times two
 * programs that computed the same thing: row count, non-null counts, counts by area, median yearly
 * pay by area, the top 25 companies' counts (names tied on a count may be ordered differently),
 * and the data scientists' job levels.
 */
export function duckdbDifferences(ours: OursNumbers, duck: DuckdbNumbers): string[] {
  const differences: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    if (a !== b && !(typeof a === "number" && typeof b === "number" && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)))) {
      differences.push(`${what}: ours ${JSON.stringify(a)}, DuckDB ${JSON.stringify(b)}`);
    }
  };
  const columns = duck.columns[0] ?? {};
  same("rows", ours.jobs.rows, columns["rows"]);
  for (const [column, n] of Object.entries(ours.jobs.non_null)) same(`non-null ${column}`, n, columns[column] ?? 0);
  const sameMaps = (what: string, a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>) => {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) same(`${what} ${key}`, a[key], b[key]);
  };
  sameMaps("area", ours.area_counts, Object.fromEntries(duck.area_counts.map((r) => [r.area, r.postings])));
  const duckMedians = new Map(duck.median_by_area.map((r) => [r.area, r]));
  for (const area of new Set([...Object.keys(ours.salary.median_by_area), ...duckMedians.keys()])) {
    const a = ours.salary.median_by_area[area];
    const b = duckMedians.get(area);
    for (const key of ["salaried_postings", "median_min", "median_max"] as const) same(`median pay ${area} ${key}`, a?.[key], b?.[key]);
  }
  same("top-25 company counts", ours.companies.top25.map(([, n]) => n).join(" "), duck.top_companies.map((r) => r.postings).join(" "));
  if (ours.data_scientist && duck.data_scientist_job_levels) {
    sameMaps("data-scientist level", ours.data_scientist.counts, Object.fromEntries(duck.data_scientist_job_levels.map((r) => [r.job_level, r.postings])));
  }
  return differences;
}
