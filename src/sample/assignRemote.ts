import type { DatasetTarget } from "./Calibration.ts";
import type { Draft } from "./Draft.ts";
import type { Random } from "./random.ts";

/**
 * Sets `remote` so that each area has exactly its remote count among the
 * non-staffing rows, and each staffing company exactly its own remote rows
 * (the two figures the real data fixes). Within those totals a company's
 * remote share tilts the draw: Booz Allen stays remote, Epic on-site.
 * Companies must be assigned (named or invented) before this runs.
 */
export function assignRemote(drafts: Draft[], target: DatasetTarget, random: Random): void {
  const need = target.areas.map((a) => a.remoteExcludingStaffing);
  const undecided = target.areas.map(() => 0);
  const company = (d: Draft) => {
    if (!d.company) throw new Error("assignRemote needs every draft's company");
    return d.company;
  };
  for (const d of drafts) {
    if (!company(d).staffing) for (const a of d.areas) undecided[a]! += 1;
  }

  for (const named of target.namedCompanies.filter((c) => c.staffing)) {
    const own = random.shuffle(drafts.filter((d) => company(d).name === named.name));
    let left = named.remoteRows;
    for (const d of own) {
      d.remote = left >= d.size;
      if (d.remote) left -= d.size;
    }
    if (left !== 0) throw new Error(`${named.name}: cannot place ${named.remoteRows} remote rows`);
  }

  // Shared postings first, keeping every area's target reachable.
  const others = drafts.filter((d) => !company(d).staffing);
  for (const d of random.shuffle(others.filter((x) => x.size > 1))) {
    const canRemote = d.areas.every((a) => (need[a] ?? 0) >= 1);
    const canOnSite = d.areas.every((a) => (undecided[a] ?? 0) - 1 >= (need[a] ?? 0));
    d.remote = canRemote && (!canOnSite || random.chance(company(d).remoteShare));
    for (const a of d.areas) {
      undecided[a]! -= 1;
      if (d.remote) need[a]! -= 1;
    }
  }
  // Single-area postings: exactly `need` per area, drawn without replacement
  // with weights (Efraimidis–Spirakis keys: smallest -ln(u)/w wins).
  target.areas.forEach((_, a) => {
    const pool = others.filter((d) => d.size === 1 && d.areas[0] === a)
      .map((d) => ({ d, key: -Math.log(1 - random.next()) / Math.max(company(d).remoteShare, 0.01) }))
      .sort((x, y) => x.key - y.key);
    const n = need[a] ?? 0;
    if (n > pool.length || n < 0) throw new Error(`${target.areas[a]?.area}: cannot place ${n} remote rows`);
    pool.forEach(({ d }, i) => { d.remote = i < n; });
  });
}
