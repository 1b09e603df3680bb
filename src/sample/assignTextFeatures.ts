import { allocateExact } from "./allocateExact.ts";
import type { DatasetTarget, TextTargets } from "./Calibration.ts";
import type { Draft } from "./Draft.ts";
import type { Random } from "./random.ts";
import { DATA_SCIENCE_TERMS } from "./templates.ts";

/**
 * Terms that usually travel with another: a draft that already mentions the
 * anchor is likelier to get the companion, so stacks read naturally
 * (Spring with Java, Django with Python) while each term's total stays exact.
 */
const COMPANIONS: Readonly<Record<string, readonly string[]>> = {
  "Spring": ["Java", "Kotlin"], "Django": ["Python"], "Flask": ["Python"], ".NET": ["C#"],
  "Node.js": ["JavaScript", "TypeScript"], "React": ["JavaScript", "TypeScript"], "TypeScript": ["JavaScript"],
  "Kubernetes": ["Docker"], "Terraform": ["AWS", "GCP", "Azure"], "PostgreSQL": ["SQL"], "MySQL": ["SQL"],
  "Kotlin": ["Java"], "Scala": ["Java"], "gRPC": ["Go", "microservices"], "Kafka": ["microservices"],
  "pandas": ["Python"], "scikit-learn": ["Python", "machine learning"], "PyTorch": ["deep learning"],
  "TensorFlow": ["deep learning"], "dbt": ["SQL"], "Snowflake": ["SQL"],
};

/**
 * Decides what each description will say: which skill terms it mentions,
 * how many years of experience it asks for and which work-mode words it
 * uses. Backend counts follow the real shares within each seniority level
 * (rounded to whole rows; a posting shared by several areas can push a
 * count a row or two past its target);
 * the data-scientist family uses its own plausible term shares.
 */
export function assignTextFeatures(drafts: Draft[], target: DatasetTarget, text: TextTargets, random: Random): void {
  const levels = [...new Set(drafts.map((d) => d.level))];
  for (const level of levels) {
    const own = drafts.filter((d) => d.level === level);
    const rows = own.reduce((n, d) => n + d.size, 0);
    const terms = target.family === "backend"
      ? text.vocabulary.map((v) => ({ term: v.term, share: v.byLevel[level] ?? v.share }))
      : Object.entries(DATA_SCIENCE_TERMS).map(([term, share]) => ({ term, share }));
    for (const { term, share } of terms) {
      const k = Math.round(share * rows);
      const anchors = COMPANIONS[term] ?? [];
      const keys = allocateExact(own, new Map([[true, k], [false, rows - k]]), random,
        (d, key) => (key && anchors.some((a) => d.terms.includes(a)) ? 4 : 1), true);
      own.forEach((d, i) => { if (keys[i]) d.terms.push(term); });
    }

    const years = wholeRows(text.years[level] ?? { none: 1 }, rows);
    const picked = allocateExact(own, years, random, undefined, true);
    own.forEach((d, i) => { const y = picked[i] as string; d.years = y === "none" ? null : Number(y); });
  }

  for (const remote of [true, false]) {
    const own = drafts.filter((d) => d.remote === remote);
    const rows = own.reduce((n, d) => n + d.size, 0);
    for (const [mode, share] of Object.entries(text.workModes)) {
      const k = Math.round((remote ? share.whenRemote : share.whenNotRemote) * rows);
      const keys = allocateExact(own, new Map([[true, k], [false, rows - k]]), random, undefined, true);
      own.forEach((d, i) => { if (keys[i]) d.workModes.push(mode); });
    }
  }
}

/** Splits `rows` by shares (largest remainder), so the counts add up exactly. */
function wholeRows(shares: Readonly<Record<string, number>>, rows: number): Map<string, number> {
  const total = Object.values(shares).reduce((n, s) => n + s, 0);
  const raw = Object.entries(shares).map(([key, s]) => ({ key, exact: (s / total) * rows }));
  const counts = new Map(raw.map((r) => [r.key, Math.floor(r.exact)]));
  let left = rows - [...counts.values()].reduce((n, c) => n + c, 0);
  for (const r of [...raw].sort((x, y) => (y.exact % 1) - (x.exact % 1))) {
    if (left-- <= 0) break;
    counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
  }
  return counts;
}
