import { allocateExact } from "./allocateExact.ts";
import type { DatasetTarget } from "./Calibration.ts";
import type { Draft, DraftCompany } from "./Draft.ts";
import { inventCompanyName } from "./inventCompanyName.ts";
import type { Random } from "./random.ts";

/**
 * Gives the named companies' postings their industries (exactly the
 * company's real industry counts), then invents companies for every other
 * posting so that the industry totals, staffing companies left out, come
 * out exactly as calibrated. Invented companies get sizes drawn from the
 * real long tail's size distribution (all below the top-25 cut-off) and
 * one industry each.
 */
export function assignCompaniesAndIndustries(drafts: Draft[], target: DatasetTarget, random: Random): void {
  for (const named of target.namedCompanies) {
    const own = drafts.filter((d) => d.company?.name === named.name);
    const keys = allocateExact(own, new Map(Object.entries(named.industries)), random);
    own.forEach((d, i) => { d.industry = keys[i] as string; });
  }

  // What the named non-staffing companies leave of each industry's total.
  const residual = new Map(Object.entries(target.industriesExcludingStaffing));
  for (const named of target.namedCompanies.filter((c) => !c.staffing)) {
    for (const [industry, rows] of Object.entries(named.industries)) {
      const left = (residual.get(industry) ?? 0) - rows;
      if (left < 0) throw new Error(`industry "${industry}": named companies exceed its total`);
      residual.set(industry, left);
    }
  }
  const open = drafts.filter((d) => d.company === null);
  const openRows = open.reduce((n, d) => n + d.size, 0);
  const residualRows = [...residual.values()].reduce((n, c) => n + c, 0);
  if (openRows !== residualRows) throw new Error(`${openRows} rows lack a company but industries leave ${residualRows}`);

  // Invented companies fill the remaining remote quota at the average rate.
  const namedRemote = target.namedCompanies.filter((c) => !c.staffing).reduce((n, c) => n + c.remoteRows, 0);
  const areaRemote = target.areas.reduce((n, a) => n + a.remoteExcludingStaffing, 0);
  const remoteShare = Math.min(0.98, Math.max(0.02, (areaRemote - namedRemote) / Math.max(1, openRows)));

  const sizes = Object.entries(target.otherCompanySizes).map(([size, count]) => ({ size: Number(size), count }));
  const taken = new Set([...target.namedCompanies.map((c) => c.name), ...target.staffingCompanies]);
  const invented: { company: DraftCompany; industry: string; room: number }[] = [];
  for (const [industry, rows] of residual) {
    let left = rows;
    while (left > 0) {
      const room = random.weighted(sizes.filter((s) => s.size <= left), (s) => s.count).size;
      invented.push({
        company: { name: inventCompanyName(industry, taken, random), staffing: false, named: false, remoteShare },
        industry,
        room,
      });
      left -= room;
    }
  }

  const give = (d: Draft, c: (typeof invented)[number]) => {
    d.company = c.company;
    d.industry = c.industry;
    c.room -= d.size;
  };
  for (const d of random.shuffle(open.filter((x) => x.size > 1))) {
    const fits = invented.filter((c) => c.room >= d.size);
    if (fits.length === 0) throw new Error("no invented company has room for a shared posting");
    give(d, random.weighted(fits, (c) => c.room));
  }
  const singles = random.shuffle(open.filter((x) => x.size === 1));
  let next = 0;
  for (const c of random.shuffle(invented)) {
    while (c.room > 0) give(singles[next++] as Draft, c);
  }
  if (next !== singles.length) throw new Error("invented companies and open postings disagree");
}
