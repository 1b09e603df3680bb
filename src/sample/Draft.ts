/** Stated pay of a draft posting, as it will be written (hourly amounts stay hourly). */
export interface DraftPay {
  readonly interval: "yearly" | "hourly";
  readonly min: number;
  readonly max: number;
}

/** A company as the generator uses it. */
export interface DraftCompany {
  readonly name: string;
  readonly staffing: boolean;
  /** A real name from the calibration (true) or an invented one. */
  readonly named: boolean;
  /** Share of its postings that are remote, used to tilt the remote draw. */
  readonly remoteShare: number;
}

/**
 * One synthetic posting while it is being built. A posting found by several
 * area searches becomes several rows (one per area) that share everything
 * except place and date, as in the real data. The stages of
 * generateSample fill the fields in turn; the placeholders below are never
 * written out (generateSample checks every target at the end).
 */
export interface Draft {
  /** Indexes of the areas that found it, ascending (manifest order). */
  readonly areas: readonly number[];
  /** Rows it becomes: `areas.length`. */
  readonly size: number;
  level: string;
  company: DraftCompany | null;
  industry: string;
  remote: boolean;
  jobType: string;
  pay: DraftPay | null;
  /** Job location per row ("" when missing). */
  places: string[];
  /** date_posted per row ("" when missing). */
  dates: string[];
  jobFunction: string;
  directUrl: boolean;
  emailCount: number;
  /** Skill terms the description mentions. */
  terms: string[];
  /** Years of experience the description asks for; null for none. */
  years: number | null;
  /** Work-mode words the description uses: "remote", "hybrid", "onSite". */
  workModes: string[];
}

/** A blank draft for the given areas. */
export function newDraft(areas: readonly number[]): Draft {
  return {
    areas, size: areas.length, level: "", company: null, industry: "", remote: false, jobType: "",
    pay: null, places: [], dates: [], jobFunction: "", directUrl: false, emailCount: 0,
    terms: [], years: null, workModes: [],
  };
}
