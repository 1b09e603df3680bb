import data from "./calibration.json" with { type: "json" };

/** Targets for one searched area (one per-area file). */
export interface AreaTarget {
  /** File name inside the dataset folder, e.g. `jobs_AL.csv`. */
  readonly file: string;
  /** Area label exactly as the manifest spells it (typos included). */
  readonly area: string;
  readonly rows: number;
  /** Rows per LinkedIn seniority label (lower case). */
  readonly levels: Readonly<Record<string, number>>;
  /** Remote rows once the staffing companies are left out. */
  readonly remoteExcludingStaffing: number;
  /** Rows whose `location` is empty. */
  readonly emptyLocations: number;
  /** Rows per job location (the job's place, not the searched area). */
  readonly locations: Readonly<Record<string, number>>;
  /** Rows per `date_posted`; the key "" counts empty cells. */
  readonly datesPosted: Readonly<Record<string, number>>;
  /** Postings that state pay, with the medians of their yearly lower and upper bounds. */
  readonly salary?: { readonly postings: number; readonly medianMin: number; readonly medianMax: number };
}

/** One posting that several area searches found: `count` such postings share these areas. */
export interface SharedPostingTarget {
  /** Areas, in manifest order. */
  readonly areas: readonly string[];
  readonly count: number;
  /** How many of them state pay. */
  readonly salaried: number;
}

/** A company whose name and counts are facts of the real data (the top of the ranking). */
export interface NamedCompanyTarget {
  readonly name: string;
  readonly rows: number;
  /** A staffing or aggregator name that some figures leave out. */
  readonly staffing: boolean;
  readonly remoteRows: number;
  /** Rows per industry label (LinkedIn gives some companies several). */
  readonly industries: Readonly<Record<string, number>>;
  /** Rows per searched area: where the company's postings were found. */
  readonly areas: Readonly<Record<string, number>>;
  /** Rows per seniority level. */
  readonly levels: Readonly<Record<string, number>>;
}

/** A posting with fixed pay, placed in a given area. */
export interface PayTarget {
  readonly area: string;
  readonly min: number;
  readonly max: number;
}

/** Everything one synthetic dataset must reproduce. */
export interface DatasetTarget {
  /** Folder under the output directory, e.g. `backend`. */
  readonly folder: string;
  /** Which title and text templates to use. */
  readonly family: "backend" | "dataScientist";
  readonly manifest: readonly { readonly file: string; readonly area: string }[];
  readonly areas: readonly AreaTarget[];
  readonly sharedPostings: readonly SharedPostingTarget[];
  /** Rows per job type, for each seniority level. */
  readonly levelJobTypes: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Rows per job function; the key "" counts empty cells. */
  readonly jobFunctions: Readonly<Record<string, number>>;
  /** Rows with a `job_url_direct`. */
  readonly directUrlRows: number;
  /** Rows per number of e-mail addresses found (only rows with at least one). */
  readonly emailRows: Readonly<Record<string, number>>;
  /** Companies left out of the industry and remote-by-area figures. */
  readonly staffingCompanies: readonly string[];
  readonly namedCompanies: readonly NamedCompanyTarget[];
  /** Rows per industry, staffing companies left out. */
  readonly industriesExcludingStaffing: Readonly<Record<string, number>>;
  /** How many other (invented) companies have each number of rows. */
  readonly otherCompanySizes: Readonly<Record<string, number>>;
  /** Hourly postings, in file order, with their hourly amounts. */
  readonly hourly: readonly PayTarget[];
  /** The postings holding the lowest lower bound and the highest upper bound (yearly). */
  readonly salaryExtremes: {
    readonly lowestMin: PayTarget;
    readonly highestMax: PayTarget;
    readonly highestMin: number;
    readonly lowestMax: number;
  };
  /** Remote rows in all, staffing companies included. */
  readonly remoteRows: number;
}

/** A regular expression as stored in JSON (JavaScript syntax). */
export interface StoredPattern {
  readonly pattern: string;
  /** "" or "i". */
  readonly flags: string;
}

/** Share of real backend postings whose description mentions a skill term. */
export interface TermShare extends StoredPattern {
  readonly term: string;
  readonly share: number;
  /** The same share within each seniority level. */
  readonly byLevel: Readonly<Record<string, number>>;
}

/** Share of postings using a work-mode word, by the posting's is_remote flag. */
export interface WorkModeShare extends StoredPattern {
  readonly whenRemote: number;
  readonly whenNotRemote: number;
}

/**
 * Aggregates of the real descriptions' wording (markdown escapes removed
 * before matching): skill terms, the first years-of-experience phrase, and
 * work-mode words.
 */
export interface TextTargets {
  readonly about: string;
  readonly vocabulary: readonly TermShare[];
  /** Matches a years-of-experience phrase; group 1 is the (lowest) number of years. */
  readonly yearsPattern: string;
  /** By level, the share of postings whose first phrase states N years ("none": no phrase). */
  readonly years: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly workModes: Readonly<Record<"hybrid" | "onSite" | "remote", WorkModeShare>>;
  readonly descriptionLength: { readonly median: number };
}

/** The committed calibration: aggregate targets only (see its `about`). */
export interface Calibration {
  readonly about: string;
  readonly datasets: { readonly backend: DatasetTarget; readonly dataScientist: DatasetTarget };
  readonly text: TextTargets;
}

/** The calibration shipped in `calibration.json`, typed. */
export const CALIBRATION: Calibration = data as Calibration;
