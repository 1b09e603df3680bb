import type { DatasetTarget, NamedCompanyTarget } from "./Calibration.ts";
import type { Draft, DraftCompany } from "./Draft.ts";
import { areaIndex } from "./planDrafts.ts";
import type { Random } from "./random.ts";

/** Chance that a shared posting goes to a real named company when one fits (about 1 in 5 in the real data). */
const SHARED_NAMED_CHANCE = 0.25;

/**
 * Gives every draft its seniority level, and the named companies their
 * postings, so that each area ends with exactly its level counts and each
 * named company with exactly its row count. Named companies are placed
 * where and at the levels their real postings were (their area and level
 * counts serve as quotas), so Qualcomm stays in San Diego and Epic hires at
 * entry level; drafts left without a company get an invented one later.
 */
export function assignLevelsAndCompanies(drafts: Draft[], target: DatasetTarget, random: Random): void {
  const index = areaIndex(target);
  const levels = [...new Set(target.areas.flatMap((a) => Object.keys(a.levels)))];
  const cap = target.areas.map((a) => levels.map((l) => a.levels[l] ?? 0));
  const companies = target.namedCompanies.map((c) => ({
    target: c,
    company: namedCompany(c),
    left: c.rows,
    areaQuota: target.areas.map((a) => c.areas[a.area] ?? 0),
    levelQuota: levels.map((l) => c.levels[l] ?? 0),
  }));
  for (const c of companies) {
    for (const area of Object.keys(c.target.areas)) index(area); // unknown labels fail early
  }
  const take = (d: Draft, l: number) => {
    for (const a of d.areas) (cap[a] as number[])[l]! -= 1;
    d.level = levels[l] as string;
  };
  const fitsAll = (d: Draft, l: number) => d.areas.every((a) => (cap[a]?.[l] ?? 0) >= 1);

  // Shared postings first: they need a level with room in every one of their areas.
  const shared = random.shuffle(drafts.filter((d) => d.size > 1));
  for (const d of shared) {
    const candidates = companies.filter((c) => !c.target.staffing && c.left >= d.size
      && d.areas.every((a) => (c.areaQuota[a] ?? 0) > 0)
      && levels.some((_, l) => (c.levelQuota[l] ?? 0) > 0 && fitsAll(d, l)));
    if (candidates.length > 0 && random.chance(SHARED_NAMED_CHANCE)) {
      const c = random.weighted(candidates, (x) => Math.min(...d.areas.map((a) => x.areaQuota[a] ?? 0)));
      const l = random.weighted(levels.map((_, i) => i), (i) => (fitsAll(d, i) ? c.levelQuota[i] ?? 0 : 0));
      take(d, l);
      d.company = c.company;
      c.left -= d.size;
      for (const a of d.areas) c.areaQuota[a] = (c.areaQuota[a] ?? 0) - 1;
      c.levelQuota[l] = (c.levelQuota[l] ?? 0) - d.size;
    } else {
      const l = random.weighted(levels.map((_, i) => i),
        (i) => (fitsAll(d, i) ? Math.min(...d.areas.map((a) => cap[a]?.[i] ?? 0)) : 0));
      take(d, l);
    }
  }

  // Then the named companies' single-area postings, biggest company first.
  const singles = drafts.filter((d) => d.size === 1);
  const open = target.areas.map(() => [] as Draft[]);
  for (const d of random.shuffle(singles)) open[d.areas[0] as number]?.push(d);
  const cells = target.areas.flatMap((_, a) => levels.map((_, l) => ({ a, l })));
  for (const c of [...companies].sort((x, y) => y.target.rows - x.target.rows)) {
    while (c.left > 0) {
      // Quotas steer; a cell outside them is only a last resort (tiny weight).
      const cell = random.weighted(cells, ({ a, l }) => {
        if ((cap[a]?.[l] ?? 0) < 1) return 0;
        const qa = c.areaQuota[a] ?? 0;
        const ql = c.levelQuota[l] ?? 0;
        return (qa > 0 ? qa : 0.001) * (ql > 0 ? ql : 0.001);
      });
      const d = open[cell.a]?.pop();
      if (!d) throw new Error("level capacity and open postings disagree");
      take(d, cell.l);
      d.company = c.company;
      c.left -= 1;
      c.areaQuota[cell.a] = (c.areaQuota[cell.a] ?? 0) - 1;
      c.levelQuota[cell.l] = (c.levelQuota[cell.l] ?? 0) - 1;
    }
  }

  // The rest: whatever level capacity each area has left, in random order.
  open.forEach((list, a) => {
    const bag = levels.flatMap((_, l) => Array.from({ length: cap[a]?.[l] ?? 0 }, () => l));
    if (bag.length !== list.length) throw new Error(`${target.areas[a]?.area}: level counts do not add up to rows`);
    random.shuffle(bag);
    list.forEach((d, i) => take(d, bag[i] as number));
  });
}

function namedCompany(c: NamedCompanyTarget): DraftCompany {
  return { name: c.name, staffing: c.staffing, named: true, remoteShare: c.remoteRows / c.rows };
}
