import type { Job } from "../ingest/Job.ts";
import { jobLevels } from "./jobLevels.ts";

export interface LevelComparison {
  /** Entry-level shares of the postings that give a level; null when a set gives none. */
  readonly backendEntryShare: number | null;
  readonly dsEntryShare: number | null;
  readonly backendRatio: number | null;
  readonly dsRatio: number | null;
  /** True when the data-scientist sample has the larger entry-level share; null when either share is missing. */
  readonly dsLargerShare: boolean | null;
  /** True when comparing ratios instead of shares reverses which set looks more junior-friendly; null when any of the four is missing. */
  readonly ratioReversesShare: boolean | null;
}

/**
 * Entry-level share (of the postings with a level) and entry-to-mid-senior
 * ratio for the backend and data-scientist sets side by side. The original
 * reported the ratio as if it were the share; this keeps the two apart.
 */
export function levelComparison(backend: readonly Job[], dataScientist: readonly Job[]): LevelComparison {
  const b = jobLevels(backend);
  const d = jobLevels(dataScientist);
  const dsLargerShare = b.entryShare === null || d.entryShare === null ? null : d.entryShare > b.entryShare;
  const dsLargerRatio = b.entryToMidSeniorRatio === null || d.entryToMidSeniorRatio === null ? null : d.entryToMidSeniorRatio > b.entryToMidSeniorRatio;
  return {
    backendEntryShare: b.entryShare, dsEntryShare: d.entryShare,
    backendRatio: b.entryToMidSeniorRatio, dsRatio: d.entryToMidSeniorRatio,
    dsLargerShare, ratioReversesShare: dsLargerShare === null || dsLargerRatio === null ? null : dsLargerShare !== dsLargerRatio,
  };
}
