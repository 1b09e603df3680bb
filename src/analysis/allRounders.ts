import { median } from "d3-array";
import type { Job } from "../ingest/Job.ts";
import { countByArea } from "./countByArea.ts";
import { ENTRY_LEVEL } from "./jobLevels.ts";
import type { PayView } from "./payBasis.ts";
import { salaryByArea } from "./salaryByArea.ts";
import { SOLID_SAMPLE } from "./salaryFindings.ts";

export interface AllRounder {
  readonly area: string;
  readonly medianMin: number;
  readonly salariedPostings: number;
  readonly entry: number;
  readonly remote: number;
}

/**
 * When the closing question is answered: the top half of a ranking needs
 * a ranking (at least 4 areas with a solid median), and entry level and
 * remote are compared only when the data gives levels and remote flags.
 */
export const ALL_ROUNDER_RULE = {
  minRanked: 4,
  text: `areas with a median lower bound on at least ${SOLID_SAMPLE} salaried postings whose median pay, entry-level count and remote count (staffing firms left out) are each at or above the median of those areas, with at least one entry-level and one remote posting; answered when at least 4 areas are ranked and the data gives job levels and remote flags`,
} as const;

export interface AllRounders {
  /** Areas in the top half on median pay, entry-level postings and remote postings alike, best pay first; null when {@link ALL_ROUNDER_RULE} does not let the question be answered. */
  readonly areas: readonly AllRounder[] | null;
  /** How many areas had enough salaried postings to be ranked on pay. */
  readonly ranked: number;
  readonly solidSample: number;
  /** The ISO currency of the medians; null without pay. */
  readonly currency: string | null;
  readonly rule: string;
}

/**
 * The closing question: which areas look good on pay, level and remote at
 * once? An area qualifies when its median lower bound (on at least
 * SOLID_SAMPLE salaried postings), its entry-level count and its remote count
 * (the companies `isStaffing` picks left out) are each at or above the median
 * of the ranked areas, and it has at least one entry-level and one remote
 * posting: when most areas have none, the median is 0, and an area with none
 * would be "at the middle" without doing well on either.
 */
export function allRounders(view: PayView, isStaffing: (company: string | null) => boolean = () => false): AllRounders {
  const rows: readonly Job[] = view.rows;
  const { areas: paid, currency } = salaryByArea(view);
  const pay = paid.filter((a) => a.salariedPostings >= SOLID_SAMPLE);
  const entry = new Map(countByArea(rows, (r) => r.jobLevel === ENTRY_LEVEL).map((c) => [c.area, c.count]));
  const remote = new Map(countByArea(rows, (r) => r.isRemote === true && !isStaffing(r.company)).map((c) => [c.area, c.count]));
  const candidates = pay.map((p) => ({ area: p.area, medianMin: p.medianMin, salariedPostings: p.salariedPostings,
    entry: entry.get(p.area) ?? 0, remote: remote.get(p.area) ?? 0 }));
  const answerable = candidates.length >= ALL_ROUNDER_RULE.minRanked
    && rows.some((r) => r.jobLevel !== null) && rows.some((r) => r.isRemote !== null);
  const mPay = median(candidates, (c) => c.medianMin);
  const mEntry = median(candidates, (c) => c.entry);
  const mRemote = median(candidates, (c) => c.remote);
  return {
    areas: !answerable || mPay === undefined || mEntry === undefined || mRemote === undefined ? null
      : candidates.filter((c) => c.medianMin >= mPay && c.entry >= Math.max(mEntry, 1) && c.remote >= Math.max(mRemote, 1))
        .sort((a, b) => b.medianMin - a.medianMin),
    ranked: candidates.length,
    solidSample: SOLID_SAMPLE,
    currency,
    rule: ALL_ROUNDER_RULE.text,
  };
}
