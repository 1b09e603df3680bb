import { allocateExact } from "./allocateExact.ts";
import type { DatasetTarget } from "./Calibration.ts";
import type { Draft } from "./Draft.ts";
import type { Random } from "./random.ts";

/**
 * Job type (exact counts within each seniority level), job function, whether
 * a direct apply URL exists and how many e-mail addresses the text holds,
 * all to the calibrated row totals. A shared posting keeps one value of each.
 */
export function assignJobDetails(drafts: Draft[], target: DatasetTarget, random: Random): void {
  for (const [level, types] of Object.entries(target.levelJobTypes)) {
    const own = drafts.filter((d) => d.level === level);
    const keys = allocateExact(own, new Map(Object.entries(types)), random);
    own.forEach((d, i) => { d.jobType = keys[i] as string; });
  }

  const functions = allocateExact(drafts, new Map(Object.entries(target.jobFunctions)), random);
  drafts.forEach((d, i) => { d.jobFunction = functions[i] as string; });

  const rows = drafts.reduce((n, d) => n + d.size, 0);
  const direct = allocateExact(drafts, new Map([[true, target.directUrlRows], [false, rows - target.directUrlRows]]), random);
  drafts.forEach((d, i) => { d.directUrl = direct[i] as boolean; });

  const withEmail = Object.values(target.emailRows).reduce((n, c) => n + c, 0);
  const emailCounts = new Map([[0, rows - withEmail], ...Object.entries(target.emailRows).map(([k, c]) => [Number(k), c] as [number, number])]);
  // Staffing firms and recruiters write e-mail addresses into postings far more often.
  const emails = allocateExact(drafts, emailCounts, random, (d, k) => (k > 0 && d.company?.staffing ? 4 : 1));
  drafts.forEach((d, i) => { d.emailCount = emails[i] as number; });
}
