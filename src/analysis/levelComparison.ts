import type { Job } from "../ingest/Job.ts";
import { jobLevels } from "./jobLevels.ts";

export interface LevelComparison {
  readonly backendEntryShare: number;
  readonly dsEntryShare: number;
  readonly backendRatio: number | null;
  readonly dsRatio: number | null;
  /** True when the data-scientist sample has the larger entry-level share of all postings. */
  readonly dsLargerShare: boolean;
  /** True when comparing ratios instead of shares reverses which set looks more junior-friendly. */
  readonly ratioReversesShare: boolean;
}

/**
 * Entry-level share (of all postings) and entry-to-mid-senior ratio for the
 * backend and data-scientist sets side by side. The original reported the
 * ratio as if it were the share; this keeps the two apart.
 */
export function levelComparison(backend: readonly Job[], dataScientist: readonly Job[]): LevelComparison {
  const b = jobLevels(backend);
  const d = jobLevels(dataScientist);
  const dsLargerShare = d.entryShare > b.entryShare;
  const dsLargerRatio = (d.entryToMidSeniorRatio ?? 0) > (b.entryToMidSeniorRatio ?? 0);
  return {
    backendEntryShare: b.entryShare, dsEntryShare: d.entryShare,
    backendRatio: b.entryToMidSeniorRatio, dsRatio: d.entryToMidSeniorRatio,
    dsLargerShare, ratioReversesShare: dsLargerShare !== dsLargerRatio,
  };
}
