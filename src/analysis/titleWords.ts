import { rollup } from "d3-array";
import type { Job } from "../ingest/Job.ts";
import { levelOf, levelsIn, NOT_STATED } from "./levels.ts";
import { shareOf } from "./coverage.ts";
import { SENIORITY_MARKERS, seniorityMarkers, titleWords as wordsOf, type SeniorityMarker } from "../ingest/text/titleTokens.ts";
import type { LabelValue } from "../lib/LabelValue.ts";

/** Titles carrying one seniority marker, and their share of the titles counted. */
export interface MarkerCount {
  readonly marker: SeniorityMarker;
  readonly count: number;
  readonly share: number;
}

/** Words and seniority markers in job titles. */
export interface TitleWords {
  /** Postings that give a title: the base of every share here. */
  readonly titles: number;
  /** Postings without a title (not given, not counted). */
  readonly titleNotGiven: number;
  /** The `top` most common words (case-folded; shown in their most common spelling), in how many titles; most first, ties alphabetical. */
  readonly words: readonly (LabelValue<"word", "count"> & { readonly share: number })[];
  /** The seniority markers found in titles, most titles first (ties in ladder order); a title can carry several. Markers no title carries are not listed. */
  readonly markers: readonly MarkerCount[];
  /** Titles with no marker at all. */
  readonly unmarked: number;
  /** unmarked / titles; null without titles. */
  readonly unmarkedShare: number | null;
  /** Per LinkedIn level given (ladder order, not a ranking): titles, and how many carry each marker, every marker in ladder order (share of the level's titles). */
  readonly byLevel: readonly { readonly level: string; readonly titles: number; readonly markers: readonly MarkerCount[] }[];
}

/**
 * Tokenises job titles (see text/titleTokens.ts), counts the titles each
 * word appears in, and the seniority markers they carry (Senior/Sr, Staff,
 * Principal, Lead, Junior/Jr, Entry, Intern, Associate, I–V), overall and
 * against LinkedIn's seniority level. Each distinct title is read once
 * (titles repeat: a million rows hold far fewer titles).
 */
export function titleWords(rows: readonly Job[], top = 40): TitleWords {
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  // A posting without a title has no words to count, and is not in the base of the shares.
  const titled = rows.filter((r) => r.title !== null);
  const perTitle = rollup(titled, (g) => g.length, (r) => r.title!, levelOf);

  const words = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  const markerCounts = new Map<string, number[]>();
  const levelTitles = new Map<string, number>();
  let unmarked = 0;
  for (const [title, byLevel] of perTitle) {
    let n = 0;
    for (const count of byLevel.values()) n += count;
    for (const word of wordsOf(title)) {
      const key = word.toLowerCase();
      words.set(key, (words.get(key) ?? 0) + n);
      const forms = spellings.get(key) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + n);
      spellings.set(key, forms);
    }
    const markers = seniorityMarkers(title);
    if (markers.length === 0) unmarked += n;
    for (const [level, count] of byLevel) {
      levelTitles.set(level, (levelTitles.get(level) ?? 0) + count);
      const tally = markerCounts.get(level) ?? SENIORITY_MARKERS.map(() => 0);
      for (const m of markers) tally[SENIORITY_MARKERS.indexOf(m)]! += count;
      markerCounts.set(level, tally);
    }
  }

  const byName = (a: readonly [string, number], b: readonly [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
  const shown = (key: string) => [...(spellings.get(key) ?? [])].sort(byName)[0]?.[0] ?? key;
  const tally = (counts: readonly number[], of: number) => SENIORITY_MARKERS.map((marker, i) => ({ marker, count: counts[i] ?? 0, share: share(counts[i] ?? 0, of) }));
  const overall = SENIORITY_MARKERS.map((_, i) => [...markerCounts.values()].reduce((sum, t) => sum + t[i]!, 0));
  return {
    titles: titled.length,
    titleNotGiven: rows.length - titled.length,
    words: [...words].sort(byName).slice(0, top).map(([key, count]) => ({ word: shown(key), count, share: share(count, titled.length) })),
    markers: tally(overall, titled.length).map((m, ladder) => ({ m, ladder })).filter(({ m }) => m.count > 0)
      .sort((a, b) => b.m.count - a.m.count || a.ladder - b.ladder).map(({ m }) => m),
    unmarked,
    unmarkedShare: shareOf(unmarked, titled.length),
    byLevel: levelsIn(titled).filter((level) => level !== NOT_STATED).map((level) => {
      const titles = levelTitles.get(level) ?? 0;
      return { level, titles, markers: tally(markerCounts.get(level) ?? [], titles) };
    }),
  };
}
