import { quantile } from "d3-array";
import type { PayView } from "./payBasis.ts";
import { salaryByArea, type AreaSalary } from "./salaryByArea.ts";
import { shareOf } from "./coverage.ts";
import { tieCut } from "../lib/tieCut.ts";

/** The smallest number of salaried postings a median needs before the posts call it solid. */
export const SOLID_SAMPLE = 3;

/**
 * When each finding is stated. A band of the middle half needs a few
 * medians to be a band; "stands out" needs others to stand out from; the
 * lowest five are a finding only when they are a small part of the list.
 */
export const SALARY_RULES = {
  bandMinAreas: 4,
  highestMinSolidAreas: 2,
  lowestCount: 5,
  lowestMinAreas: 10,
  text: {
    band: "the middle half (25th to 75th percentile) of the area medians, given when at least 4 areas have pay",
    highestSolid: `the highest median lower bound among areas with at least ${SOLID_SAMPLE} salaried postings, given when at least 2 areas have that many`,
    lowest: "the 5 lowest median lower bounds, lowest first (with any area tied with the fifth), given when at least 10 areas have pay",
  },
} as const;

export interface SalaryFindings {
  /** The ISO currency of every amount here; null without pay. */
  readonly currency: string | null;
  readonly areasWithSalary: number;
  /** Areas whose median rests on fewer than SOLID_SAMPLE postings (not solid), and their share of salaried areas (null without any). */
  readonly thinAreas: number;
  readonly thinShare: number | null;
  readonly singlePostingAreas: number;
  /** Middle half of the area medians (25th to 75th percentile), lower and upper bound; null under {@link SALARY_RULES}. */
  readonly bandMin: readonly [number, number] | null;
  readonly bandMax: readonly [number, number] | null;
  /** Highest median lower bound among areas with at least SOLID_SAMPLE postings; null under {@link SALARY_RULES}, or when two share it. */
  readonly highestSolid: AreaSalary | null;
  /** The five lowest median lower bounds, lowest first, a tie at the fifth named in full; empty under {@link SALARY_RULES}. */
  readonly lowest: readonly AreaSalary[];
  readonly solidSample: number;
  readonly rules: typeof SALARY_RULES.text;
}

/** The findings the salary section states: how thin the samples are, the typical band, the outliers; each under its rule. */
export function salaryFindings(view: PayView): SalaryFindings {
  const { areas, currency } = salaryByArea(view);
  const band = (values: number[]) => values.length < SALARY_RULES.bandMinAreas ? null
    : [quantile(values, 0.25)!, quantile(values, 0.75)!] as const;
  const thin = areas.filter((a) => a.salariedPostings < SOLID_SAMPLE).length;
  const solid = areas.filter((a) => a.salariedPostings >= SOLID_SAMPLE);
  const lowestFirst = [...areas].sort((a, b) => a.medianMin - b.medianMin);
  return {
    currency,
    areasWithSalary: areas.length,
    thinAreas: thin,
    thinShare: shareOf(thin, areas.length),
    singlePostingAreas: areas.filter((a) => a.salariedPostings === 1).length,
    bandMin: band(areas.map((a) => a.medianMin)),
    bandMax: band(areas.map((a) => a.medianMax)),
    highestSolid: solid.length < SALARY_RULES.highestMinSolidAreas ? null : highest(solid),
    lowest: areas.length < SALARY_RULES.lowestMinAreas ? [] : lowestFirst.slice(0, tieCut(lowestFirst.map((a) => a.medianMin), SALARY_RULES.lowestCount)),
    solidSample: SOLID_SAMPLE,
    rules: SALARY_RULES.text,
  };
}

/** The area with the highest median lower bound, or null when two share it (neither is "the highest"). */
function highest(areas: readonly AreaSalary[]): AreaSalary | null {
  const top = Math.max(...areas.map((a) => a.medianMin));
  const at = areas.filter((a) => a.medianMin === top);
  return at.length === 1 ? at[0]! : null;
}
