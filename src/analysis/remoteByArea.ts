import type { Job } from "../ingest/Job.ts";
import { countByArea, withArea, type AreaCount } from "./countByArea.ts";
import { isStaffing, STAFFING_COMPANIES } from "./staffing.ts";

export interface RemoteByArea {
  readonly excluded: readonly string[];
  /** Areas with at least one remote posting, most first. */
  readonly areas: readonly AreaCount[];
  /** Areas searched with no remote posting (after the exclusion). */
  readonly none: readonly string[];
}

/** Remote postings per searched area, staffing firms left out. */
export function remoteByArea(rows: readonly Job[], excluded: readonly string[] = STAFFING_COMPANIES): RemoteByArea {
  const areas = countByArea(rows.filter((r) => r.isRemote === true && !isStaffing(r.company, excluded)));
  const found = new Set(areas.map((a) => a.area));
  return { excluded, areas, none: [...new Set(withArea(rows).map((r) => r.area))].filter((a) => !found.has(a)) };
}
