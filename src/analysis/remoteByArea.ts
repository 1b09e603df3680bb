import type { Job } from "../ingest/Job.ts";
import { countBy } from "./countBy.ts";
import { countByArea } from "./countByArea.ts";
import type { LabelValue } from "../lib/LabelValue.ts";

export interface RemoteByArea {
  /** Companies left out (staffing firms found in the data), most postings first. */
  readonly excluded: readonly string[];
  /** Areas with at least one remote posting, most first. */
  readonly areas: readonly LabelValue<"area", "count">[];
  /** Areas searched with no remote posting (after the exclusion), in first-seen order. */
  readonly none: readonly string[];
  /** Postings flagged remote or not (after the exclusion): the rows a remote count can come from. */
  readonly flagged: number;
}

/** Remote postings per searched area, with the companies `isStaffing` picks (staffing.ts) left out. */
export function remoteByArea(rows: readonly Job[], isStaffing: (company: string | null) => boolean = () => false): RemoteByArea {
  const removed = new Map<string, number>();
  const kept = rows.filter((r) => {
    if (!isStaffing(r.company)) return true;
    removed.set(r.company!, (removed.get(r.company!) ?? 0) + 1);
    return false;
  });
  const areas = countByArea(kept, (r) => r.isRemote === true);
  const found = new Set(areas.map((a) => a.area));
  return {
    excluded: [...removed].sort((a, b) => b[1] - a[1]).map(([name]) => name),
    areas,
    none: [...countBy(rows, (r) => r.area).keys()].filter((a) => !found.has(a)),
    flagged: kept.filter((r) => r.isRemote !== null).length,
  };
}
