import type { Job } from "../ingest/Job.ts";
import { ENTRY_LEVEL, MID_SENIOR_LEVEL } from "./jobLevels.ts";
import { countSkills } from "./countSkills.ts";
import { levelOf, levelsIn, NOT_STATED } from "./levels.ts";
import { VOCABULARY, type SkillCategory } from "../ingest/text/vocabulary.ts";

/** One skill's share within one seniority level. */
export interface SkillLevelCell {
  readonly skill: string;
  readonly category: SkillCategory;
  readonly level: string;
  readonly count: number;
  /** count / postings of the level. */
  readonly share: number;
}

/** Skills mentioned, by LinkedIn seniority level. */
export interface SkillsByLevel {
  /** Levels given, bottom of the ladder first (ladder order, not a ranking), with their posting counts (small levels give noisy shares). */
  readonly levels: readonly { readonly level: string; readonly total: number }[];
  /** The `top` most mentioned skills overall, most first: the rows of `cells`. */
  readonly skills: readonly string[];
  /** One cell per top skill and level (long format, for charts). */
  readonly cells: readonly SkillLevelCell[];
  /**
   * Every vocabulary term's share among mid-senior postings minus its share
   * among entry-level ones, largest first; empty when either level is absent.
   */
  readonly seniorityGap: readonly { readonly skill: string; readonly entry: number; readonly midSenior: number; readonly difference: number }[];
}

/** Shares of postings mentioning each skill within each seniority level; the `top` skills overall get a cell per level. */
export function skillsByLevel(rows: readonly Job[], top = 15): SkillsByLevel {
  const byLevel = countSkills(rows, levelOf);
  // A posting without a level is not a level of its own: it counts overall, not in a level's column.
  const levels = levelsIn(rows).filter((level) => level !== NOT_STATED).map((level) => ({ level, total: byLevel.get(level)?.total ?? 0 }));
  const shareIn = (level: string, skill: number) => {
    const count = byLevel.get(level)?.counts[skill] ?? 0;
    const total = byLevel.get(level)?.total ?? 0;
    return { count, share: total === 0 ? 0 : count / total };
  };

  const overall = new Int32Array(VOCABULARY.length);
  for (const { counts } of byLevel.values()) counts.forEach((n, i) => { overall[i]! += n; });
  const topSkills = VOCABULARY.map((v, i) => ({ v, i })).sort((a, b) => overall[b.i]! - overall[a.i]!).slice(0, top);
  const cells = topSkills.flatMap(({ v, i }) => levels.map(({ level }) => ({ skill: v.name, category: v.category, level, ...shareIn(level, i) })));

  const hasBoth = byLevel.has(ENTRY_LEVEL) && byLevel.has(MID_SENIOR_LEVEL);
  const seniorityGap = !hasBoth ? [] : VOCABULARY
    .map((v, i) => {
      const entry = shareIn(ENTRY_LEVEL, i).share;
      const midSenior = shareIn(MID_SENIOR_LEVEL, i).share;
      return { skill: v.name, entry, midSenior, difference: midSenior - entry };
    })
    .sort((a, b) => b.difference - a.difference);
  return { levels, skills: topSkills.map(({ v }) => v.name), cells, seniorityGap };
}
