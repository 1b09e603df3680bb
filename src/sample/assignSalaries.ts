import type { DatasetTarget } from "./Calibration.ts";
import type { Draft, DraftPay } from "./Draft.ts";
import { planMedian, type MedianPlan } from "./planMedian.ts";
import type { Random } from "./random.ts";

/** Hourly pay × this = yearly pay: the original review's 40 h × 4 weeks × 12 months. */
const HOURS_A_YEAR = 1920;
const ATTEMPTS = 200;

interface Limits {
  /** Every drawn value stays strictly between these. */
  readonly floor: number;
  readonly ceiling: number;
}

/**
 * Chooses which postings state pay and how much, so that per area the count
 * and the medians of the yearly lower and upper bounds are exactly the
 * calibrated ones, the hourly postings and the two extremes sit where the
 * calibration puts them, and every other amount lies strictly inside the
 * extremes. A shared posting's pay counts in each of its areas, so those are
 * fixed first (an area with a single salaried posting dictates it), then
 * each area's remaining postings are planned around the fixed ones.
 */
export function assignSalaries(drafts: Draft[], target: DatasetTarget, random: Random): void {
  const areas = target.areas;
  const byLabel = new Map(areas.map((a, i) => [a.area, i]));
  const ex = target.salaryExtremes;
  const minLimits: Limits = { floor: ex.lowestMin.min, ceiling: ex.highestMin };
  const maxLimits: Limits = { floor: ex.lowestMax, ceiling: ex.highestMax.max };

  // Which postings state pay: the calibrated number of each kind of shared posting...
  const salaried: Draft[] = [];
  for (const shared of target.sharedPostings.filter((s) => s.salaried > 0)) {
    const key = shared.areas.map((a) => byLabel.get(a)).sort((x, y) => (x ?? 0) - (y ?? 0)).join(",");
    const same = random.shuffle(drafts.filter((d) => d.size > 1 && d.areas.join(",") === key));
    salaried.push(...same.slice(0, shared.salaried));
  }
  // ...then single-area postings up to each area's count.
  const perArea = areas.map((a, i) => {
    const have = salaried.filter((d) => d.areas.includes(i)).length;
    const want = a.salary?.postings ?? 0;
    if (have > want) throw new Error(`${a.area}: more shared salaried postings than salaried postings`);
    const singles = random.shuffle(drafts.filter((d) => d.size === 1 && d.areas[0] === i));
    return singles.slice(0, want - have);
  });

  // Postings whose pay the calibration fixes: hourly ones and the extremes.
  const fixedMin = areas.map(() => [] as number[]);
  const fixedMax = areas.map(() => [] as number[]);
  const pin = (label: string, pay: DraftPay) => {
    const a = byLabel.get(label);
    const d = a === undefined ? undefined : perArea[a]?.find((x) => x.pay === null);
    if (a === undefined || !d) throw new Error(`${label}: no single-area salaried posting left for fixed pay`);
    d.pay = pay;
    const factor = pay.interval === "hourly" ? HOURS_A_YEAR : 1;
    fixedMin[a]?.push(pay.min * factor);
    fixedMax[a]?.push(pay.max * factor);
  };
  for (const h of target.hourly) pin(h.area, { interval: "hourly", min: h.min, max: h.max });
  pin(ex.lowestMin.area, { interval: "yearly", min: ex.lowestMin.min, max: ex.lowestMin.max });
  pin(ex.highestMax.area, { interval: "yearly", min: ex.highestMax.min, max: ex.highestMax.max });

  const open = (a: number) => [...(perArea[a] ?? []), ...salaried.filter((d) => d.areas.includes(a))]
    .filter((d) => d.pay === null).length;
  const feasible = (a: number) => {
    const s = areas[a]?.salary;
    if (!s) return false;
    return planMedian(fixedMin[a] ?? [], open(a), s.medianMin, [s.medianMin * 0.95]) !== null
      && planMedian(fixedMax[a] ?? [], open(a), s.medianMax, [s.medianMax * 0.95]) !== null;
  };

  // Shared salaried postings: one pay for all their areas.
  for (const d of salaried) {
    const targets = d.areas.map((a) => ({ a, s: areas[a]?.salary }));
    const only = targets.find((t) => t.s?.postings === 1);
    let done = false;
    for (let attempt = 0; attempt < ATTEMPTS && !done; attempt++) {
      let pay: DraftPay;
      if (only?.s) {
        pay = { interval: "yearly", min: only.s.medianMin, max: only.s.medianMax };
      } else {
        const t = random.pick(targets);
        if (!t.s) throw new Error(`${areas[t.a]?.area}: a shared salaried posting in an area without pay`);
        const side = random.pick(["low", "high", "at"] as const);
        const min = side === "at" ? t.s.medianMin : drawAmount(side, t.s.medianMin, minLimits, random);
        const max = side === "at" ? t.s.medianMax : drawAmount(side, t.s.medianMax, maxLimits, random);
        if (min === null || max === null || min > max) continue;
        pay = { interval: "yearly", min, max };
      }
      d.pay = pay;
      for (const a of d.areas) { fixedMin[a]?.push(pay.min); fixedMax[a]?.push(pay.max); }
      if (d.areas.every(feasible)) {
        done = true;
      } else {
        d.pay = null;
        for (const a of d.areas) { fixedMin[a]?.pop(); fixedMax[a]?.pop(); }
        if (only) break;
      }
    }
    if (!done) throw new Error(`no pay fits every area of a posting shared by ${d.areas.map((a) => areas[a]?.area).join(" / ")}`);
  }

  // Every area's remaining salaried postings, planned around the fixed pay.
  areas.forEach((area, a) => {
    const s = area.salary;
    const rest = (perArea[a] ?? []).filter((d) => d.pay === null);
    if (!s || rest.length === 0) return;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const mins = realize(planMedian(fixedMin[a] ?? [], rest.length, s.medianMin, middles(s.medianMin, random)), minLimits, random);
      const maxes = realize(planMedian(fixedMax[a] ?? [], rest.length, s.medianMax, middles(s.medianMax, random)), maxLimits, random);
      if (!mins || !maxes) continue;
      // Pair the i-th smallest lower bound with the i-th smallest upper bound.
      mins.sort((x, y) => x - y);
      maxes.sort((x, y) => x - y);
      if (mins.some((m, i) => m > (maxes[i] ?? -Infinity))) continue;
      const order = random.shuffle(rest.map((_, i) => i));
      rest.forEach((d, i) => {
        const j = order[i] as number;
        d.pay = { interval: "yearly", min: mins[j] as number, max: maxes[j] as number };
      });
      return;
    }
    throw new Error(`${area.area}: could not draw pay with the calibrated medians`);
  });
}

/** Candidate lower middle values for an even count: round upper partners a little above the median. */
function middles(median: number, random: Random): number[] {
  return Array.from({ length: 4 }, () => 2 * median - Math.ceil((median * (1.02 + random.next() * 0.12)) / 1000) * 1000);
}

function realize(plan: MedianPlan | null, limits: Limits, random: Random): number[] | null {
  if (!plan) return null;
  const out = [...plan.exact];
  for (let i = 0; i < plan.low; i++) out.push(drawAmount("low", plan.lowBound, limits, random) ?? NaN);
  for (let i = 0; i < plan.high; i++) out.push(drawAmount("high", plan.highBound, limits, random) ?? NaN);
  return out.some(Number.isNaN) ? null : out;
}

/** A round amount strictly below (or above) `bound` and strictly inside the limits; null if none. */
function drawAmount(side: "low" | "high", bound: number, limits: Limits, random: Random): number | null {
  let wanted = bound * (side === "low" ? 0.7 + random.next() * 0.26 : 1.04 + random.next() * 0.3);
  // Near a limit, fall back to a point between the bound and the limit.
  if (side === "low" && wanted <= limits.floor) wanted = limits.floor + (bound - limits.floor) * (0.2 + random.next() * 0.6);
  if (side === "high" && wanted >= limits.ceiling) wanted = bound + (limits.ceiling - bound) * (0.2 + random.next() * 0.6);
  for (const step of [5000, 1000, 100, 1]) {
    const value = side === "low" ? Math.floor(wanted / step) * step : Math.ceil(wanted / step) * step;
    const ok = side === "low" ? value < bound : value > bound;
    if (ok && value > limits.floor && value < limits.ceiling) return value;
  }
  return null;
}
