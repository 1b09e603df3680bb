import type { Job } from "../ingest/Job.ts";
import { countByArea } from "./countByArea.ts";
import { ENTRY_LEVEL } from "./jobLevels.ts";
import { salaryByArea } from "./salaryByArea.ts";
import { SOLID_SAMPLE } from "./salaryFindings.ts";
import { isStaffing } from "./staffing.ts";

export interface AllRounder {
  readonly area: string;
  readonly medianMin: number;
  readonly salariedPostings: number;
  readonly entry: number;
  readonly remote: number;
}

export interface AllRounders {
  /** Areas in the top half on median pay, entry-level postings and remote postings alike, best pay first. */
  readonly areas: readonly AllRounder[];
  /** How many areas had enough salaried postings to be ranked on pay. */
  readonly ranked: number;
  readonly solidSample: number;
}

/**
 * The closing question: which areas look good on pay, level and remote at
 * once? An area qualifies when its median lower bound (on at least
 * SOLID_SAMPLE salaried postings), its entry-level count and its remote count
 * (staffing firms left out) are each at or above the median of the ranked areas.
 */
export function allRounders(rows: readonly Job[]): AllRounders {
  const pay = salaryByArea(rows).areas.filter((a) => a.salariedPostings >= SOLID_SAMPLE);
  const entry = new Map(countByArea(rows.filter((r) => r.jobLevel === ENTRY_LEVEL)).map((c) => [c.area, c.count]));
  const remote = new Map(countByArea(rows.filter((r) => r.isRemote === true && !isStaffing(r.company))).map((c) => [c.area, c.count]));
  const candidates = pay.map((p) => ({ area: p.area, medianMin: p.medianMin, salariedPostings: p.salariedPostings,
    entry: entry.get(p.area) ?? 0, remote: remote.get(p.area) ?? 0 }));
  const medianOf = (values: number[]) => {
    const s = [...values].sort((a, b) => a - b);
    return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  const [mPay, mEntry, mRemote] = [medianOf(candidates.map((c) => c.medianMin)), medianOf(candidates.map((c) => c.entry)), medianOf(candidates.map((c) => c.remote))];
  return {
    areas: candidates.filter((c) => c.medianMin >= mPay && c.entry >= mEntry && c.remote >= mRemote).sort((a, b) => b.medianMin - a.medianMin),
    ranked: candidates.length,
    solidSample: SOLID_SAMPLE,
  };
}
