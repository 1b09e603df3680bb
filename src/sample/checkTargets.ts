import type { DatasetTarget } from "./Calibration.ts";
import type { Draft } from "./Draft.ts";

/**
 * Recounts the finished drafts against every exact target of the
 * calibration (rows, levels, remote, companies, industries, pay, job types,
 * places, dates, functions, URLs, e-mails) and throws listing each
 * mismatch. It guards the generator itself: a seed that cannot meet the
 * targets fails loudly instead of writing a sample with wrong figures.
 */
export function checkTargets(drafts: readonly Draft[], target: DatasetTarget): void {
  const problems: string[] = [];
  const expect = (what: string, got: number, want: number) => {
    if (got !== want) problems.push(`${what}: ${got} instead of ${want}`);
  };
  const rowsWhere = (pick: (d: Draft, row: number) => boolean) =>
    drafts.reduce((n, d) => n + d.areas.filter((_, r) => pick(d, r)).length, 0);
  const staffing = new Set(target.staffingCompanies);

  target.areas.forEach((area, a) => {
    const inArea = (d: Draft) => d.areas.includes(a);
    expect(`${area.area} rows`, rowsWhere((d, r) => d.areas[r] === a), area.rows);
    for (const [level, n] of Object.entries(area.levels)) {
      expect(`${area.area} ${level}`, drafts.filter((d) => inArea(d) && d.level === level).length, n);
    }
    expect(`${area.area} remote (staffing left out)`,
      drafts.filter((d) => inArea(d) && d.remote && !staffing.has(d.company?.name ?? "")).length, area.remoteExcludingStaffing);
    expect(`${area.area} empty locations`, rowsWhere((d, r) => d.areas[r] === a && d.places[r] === ""), area.emptyLocations);
    expect(`${area.area} empty dates`, rowsWhere((d, r) => d.areas[r] === a && d.dates[r] === ""), area.datesPosted[""] ?? 0);
    const paid = drafts.filter((d) => inArea(d) && d.pay);
    expect(`${area.area} salaried postings`, paid.length, area.salary?.postings ?? 0);
    if (area.salary) {
      const yearly = (x: number, d: Draft) => x * (d.pay?.interval === "hourly" ? 1920 : 1);
      expect(`${area.area} median min`, median(paid.map((d) => yearly(d.pay?.min ?? NaN, d))), area.salary.medianMin);
      expect(`${area.area} median max`, median(paid.map((d) => yearly(d.pay?.max ?? NaN, d))), area.salary.medianMax);
    }
  });

  for (const c of target.namedCompanies) {
    const own = drafts.filter((d) => d.company?.name === c.name);
    expect(`${c.name} rows`, own.reduce((n, d) => n + d.size, 0), c.rows);
    if (c.staffing) expect(`${c.name} remote rows`, own.filter((d) => d.remote).reduce((n, d) => n + d.size, 0), c.remoteRows);
  }
  const byCompany = new Map<string, number>();
  for (const d of drafts) byCompany.set(d.company?.name ?? "", (byCompany.get(d.company?.name ?? "") ?? 0) + d.size);
  const named = new Set(target.namedCompanies.map((c) => c.name));
  // Invented companies stay within the real long tail, below the named top of the ranking.
  const largest = Math.max(...Object.keys(target.otherCompanySizes).map(Number));
  for (const [name, rows] of byCompany) {
    if (!named.has(name) && rows > largest) problems.push(`invented company ${name} has ${rows} rows`);
  }
  for (const [industry, n] of Object.entries(target.industriesExcludingStaffing)) {
    expect(`industry ${industry}`, drafts.filter((d) => d.industry === industry && !staffing.has(d.company?.name ?? ""))
      .reduce((s, d) => s + d.size, 0), n);
  }
  for (const [level, types] of Object.entries(target.levelJobTypes)) {
    for (const [type, n] of Object.entries(types)) {
      expect(`${level} ${type}`, drafts.filter((d) => d.level === level && d.jobType === type).reduce((s, d) => s + d.size, 0), n);
    }
  }
  for (const [fn, n] of Object.entries(target.jobFunctions)) {
    expect(`function "${fn}"`, drafts.filter((d) => d.jobFunction === fn).reduce((s, d) => s + d.size, 0), n);
  }
  expect("direct URLs", drafts.filter((d) => d.directUrl).reduce((s, d) => s + d.size, 0), target.directUrlRows);
  for (const [k, n] of Object.entries(target.emailRows)) {
    expect(`${k} e-mail(s)`, drafts.filter((d) => d.emailCount === Number(k)).reduce((s, d) => s + d.size, 0), n);
  }
  const paid = drafts.filter((d) => d.pay);
  for (const d of paid) {
    if ((d.pay?.min ?? 0) > (d.pay?.max ?? 0)) problems.push(`pay ${d.pay?.min} > ${d.pay?.max}`);
  }
  expect("hourly postings", paid.filter((d) => d.pay?.interval === "hourly").length, target.hourly.length);
  if (problems.length > 0) throw new Error(`the sample misses its targets:\n  ${problems.join("\n  ")}`);
}

function median(values: number[]): number {
  const s = [...values].sort((x, y) => x - y);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
