import type { Job } from "../ingest/Job.ts";
import type { DescriptionFeatures } from "../ingest/text/extractFeatures.ts";

/** One posting's work arrangement as its description states it (see {@link statedMode}). */
export type StatedMode = "remote" | "remote or office" | "hybrid" | "on-site" | "not stated";
export const STATED_MODES: readonly StatedMode[] = ["remote", "remote or office", "hybrid", "on-site", "not stated"];

/** The `is_remote` flag as three values. */
export type RemoteFlag = "remote" | "not remote" | "unknown";
const FLAGS: readonly RemoteFlag[] = ["remote", "not remote", "unknown"];
const flagOf = (r: Job): RemoteFlag => (r.isRemote === true ? "remote" : r.isRemote === false ? "not remote" : "unknown");

/**
 * Reduces a description's work-mode words to one arrangement. Remote
 * wording (not negated) alone is "remote"; with hybrid or on-site wording
 * too it is "remote or office" ("remote, or hybrid near Denver", "remote
 * with on-site weeks"). Without remote wording, hybrid wording is "hybrid"
 * (on-site days included) and on-site wording or "no remote" is "on-site".
 * No wording at all is "not stated".
 */
export function statedMode(features: DescriptionFeatures): StatedMode {
  const office = features.mentionsHybrid || features.mentionsOnSite;
  if (features.mentionsRemote) return office ? "remote or office" : "remote";
  if (features.mentionsHybrid) return "hybrid";
  return features.mentionsOnSite || features.deniesRemote ? "on-site" : "not stated";
}

/** Postings with one `is_remote` value, and the work-mode wording of their descriptions (a description can use several). */
export interface FlagWording {
  readonly flag: RemoteFlag;
  readonly total: number;
  /** Remote wording that is not negated. */
  readonly remote: number;
  readonly hybrid: number;
  readonly onSite: number;
  /** Says remote work is not possible. */
  readonly deniesRemote: number;
  /** None of the above. */
  readonly none: number;
  /** Postings per stated arrangement ({@link statedMode}), share of this flag's postings. */
  readonly modes: readonly { readonly mode: StatedMode; readonly count: number; readonly share: number }[];
}

/** Work-mode wording in descriptions against LinkedIn's `is_remote` flag. */
export interface WorkModeSummary {
  readonly total: number;
  /** One entry per flag value present, in the order remote, not remote, unknown. */
  readonly byFlag: readonly FlagWording[];
  /** The same as each flag's `modes`, in one list (long format, for charts). */
  readonly stated: readonly { readonly mode: StatedMode; readonly flag: RemoteFlag; readonly count: number; readonly share: number }[];
  /** Flagged remote, yet the description says remote is not possible and never offers it. */
  readonly flaggedRemoteButDenied: number;
  /** Flagged remote, yet the description offers no remote work: its stated arrangement is hybrid or on-site. */
  readonly flaggedRemoteButOffice: number;
}

/**
 * Compares the work arrangement descriptions state (remote, hybrid,
 * on-site wording, extracted at ingest: see text/workModeWords.ts) with
 * the `is_remote` flag. JobSpy sets that flag when "remote", "work from
 * home" or "wfh" appears anywhere in the title, description or location,
 * negated or not, so a hybrid posting that says "no remote work" is
 * flagged remote.
 */
export function workMode(rows: readonly Job[]): WorkModeSummary {
  const wording = new Map<RemoteFlag, { total: number; remote: number; hybrid: number; onSite: number; deniesRemote: number; none: number }>();
  const modes = new Map<RemoteFlag, Map<StatedMode, number>>();
  let flaggedRemoteButDenied = 0;
  let flaggedRemoteButOffice = 0;
  for (const r of rows) {
    const flag = flagOf(r);
    const f = r.features;
    let w = wording.get(flag);
    if (w === undefined) wording.set(flag, (w = { total: 0, remote: 0, hybrid: 0, onSite: 0, deniesRemote: 0, none: 0 }));
    w.total++;
    if (f.mentionsRemote) w.remote++;
    if (f.mentionsHybrid) w.hybrid++;
    if (f.mentionsOnSite) w.onSite++;
    if (f.deniesRemote) w.deniesRemote++;
    if (!f.mentionsRemote && !f.mentionsHybrid && !f.mentionsOnSite && !f.deniesRemote) w.none++;
    const mode = statedMode(f);
    const m = modes.get(flag) ?? new Map<StatedMode, number>();
    m.set(mode, (m.get(mode) ?? 0) + 1);
    modes.set(flag, m);
    if (flag === "remote" && f.deniesRemote && !f.mentionsRemote) flaggedRemoteButDenied++;
    if (flag === "remote" && (mode === "hybrid" || mode === "on-site")) flaggedRemoteButOffice++;
  }
  const flags = FLAGS.filter((f) => wording.has(f));
  const modesOf = (flag: RemoteFlag) => STATED_MODES.map((mode) => {
    const count = modes.get(flag)?.get(mode) ?? 0;
    const total = wording.get(flag)?.total ?? 0;
    return { mode, count, share: total === 0 ? 0 : count / total };
  });
  return {
    total: rows.length,
    byFlag: flags.map((flag) => ({ flag, ...wording.get(flag)!, modes: modesOf(flag) })),
    stated: STATED_MODES.flatMap((mode) => flags.map((flag) => ({ flag, ...modesOf(flag).find((m) => m.mode === mode)! }))),
    flaggedRemoteButDenied,
    flaggedRemoteButOffice,
  };
}
