import { mean, median } from "d3-array";
import type { Job } from "../ingest/Job.ts";
import { SKILL_CATEGORIES, VOCABULARY, type SkillCategory } from "../ingest/text/vocabulary.ts";

/** How many postings mention one vocabulary term. */
export interface SkillShare {
  readonly skill: string;
  readonly category: SkillCategory;
  readonly count: number;
  /** count / all postings (0 without postings). */
  readonly share: number;
  /** Whether the synthetic sample is generated to reproduce this term's real share. */
  readonly calibrated: boolean;
}

/** Skills and tools the descriptions mention. */
export interface SkillsSummary {
  readonly total: number;
  /** The vocabulary terms some posting names, most mentioned first; ties keep vocabulary order. Terms no posting names are left out. */
  readonly overall: readonly SkillShare[];
  /** Postings that mention at least one term of each category, most first (ties in category order); categories no posting names are left out. */
  readonly categories: readonly { readonly category: SkillCategory; readonly count: number; readonly share: number }[];
  /** Vocabulary terms per posting: median and mean (null without postings), and postings that mention none. */
  readonly perPosting: { readonly median: number | null; readonly mean: number | null; readonly none: number; readonly noneShare: number | null };
  /** The ten most named terms that the bundled sample's text is not calibrated on, most named first. */
  readonly uncalibratedTop: readonly string[];
}

const INDEX = new Map(VOCABULARY.map((v, i) => [v.name, i]));
const CATEGORY_BIT = VOCABULARY.map((v) => 1 << SKILL_CATEGORIES.indexOf(v.category));

/**
 * Counts, for each term of the skills vocabulary, the postings whose
 * description mentions it (extracted at ingest: see text/vocabulary.ts).
 * Rows are postings as scraped: one found by several area searches counts
 * once per area, as in every other figure.
 */
export function skills(rows: readonly Job[]): SkillsSummary {
  const total = rows.length;
  const share = (n: number) => (total === 0 ? 0 : n / total);
  // One pass: terms, categories (a posting counts once per category, however many of its terms
  // it names: one bit per category) and terms per posting.
  const counts = new Int32Array(VOCABULARY.length);
  const perCategory = new Int32Array(SKILL_CATEGORIES.length);
  const perPosting = new Float64Array(total);
  let none = 0;
  rows.forEach((r, row) => {
    let bits = 0;
    for (const s of r.features.skills) {
      const i = INDEX.get(s);
      if (i === undefined) continue;
      counts[i]!++;
      bits |= CATEGORY_BIT[i]!;
    }
    for (let c = 0; bits !== 0; c++, bits >>= 1) if (bits & 1) perCategory[c]!++;
    perPosting[row] = r.features.skills.length;
    if (r.features.skills.length === 0) none++;
  });
  const overall = VOCABULARY
    .map((v, i) => ({ skill: v.name, category: v.category, count: counts[i]!, share: share(counts[i]!), calibrated: v.calibrated }))
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count);
  return {
    total,
    overall,
    categories: SKILL_CATEGORIES.map((category, c) => ({ category, count: perCategory[c]!, share: share(perCategory[c]!) }))
      .filter((c) => c.count > 0).sort((a, b) => b.count - a.count),
    perPosting: { median: median(perPosting) ?? null, mean: mean(perPosting) ?? null, none, noneShare: total === 0 ? null : share(none) },
    uncalibratedTop: overall.filter((s) => !s.calibrated).slice(0, 10).map((s) => s.skill),
  };
}
