import type { DatasetTarget } from "./Calibration.ts";
import { newDraft, type Draft } from "./Draft.ts";

/**
 * One draft per posting: first the postings several area searches share
 * (as many, over the same areas, as the calibration says), then one
 * single-area posting for every row each area still needs.
 */
export function planDrafts(target: DatasetTarget): Draft[] {
  const index = areaIndex(target);
  const drafts: Draft[] = [];
  const used = target.areas.map(() => 0);
  for (const shared of target.sharedPostings) {
    const areas = shared.areas.map((a) => index(a)).sort((x, y) => x - y);
    for (let i = 0; i < shared.count; i++) {
      drafts.push(newDraft(areas));
      for (const a of areas) used[a] = (used[a] ?? 0) + 1;
    }
  }
  target.areas.forEach((area, a) => {
    const left = area.rows - (used[a] ?? 0);
    if (left < 0) throw new Error(`${area.area}: more shared postings than rows`);
    for (let i = 0; i < left; i++) drafts.push(newDraft([a]));
  });
  return drafts;
}

/** Maps an area label to its index in `target.areas`; throws for an unknown label. */
export function areaIndex(target: DatasetTarget): (label: string) => number {
  const byLabel = new Map(target.areas.map((a, i) => [a.area, i]));
  return (label) => {
    const i = byLabel.get(label);
    if (i === undefined) throw new Error(`unknown area "${label}" in the calibration`);
    return i;
  };
}
