import type { Job } from "../ingest/Job.ts";
import { compareText } from "../lib/compareText.ts";

/**
 * The three names the original review left out of its industry,
 * remote-by-area and word-cloud figures. The reference numbers
 * (src/pipeline/referenceNumbers.ts) keep this list so that its figures stay
 * the original's; the site's own figures use {@link detectStaffing}.
 */
export const ORIGINAL_STAFFING_COMPANIES: readonly string[] = ["Jobs via Dice", "ExecutivePlacements.com", "Motion Recruitment"];

/** Why a company counts as a staffing firm or job aggregator; the first that applies is given. */
export type StaffingReason = "jobs-via" | "known" | "name" | "industry";

/**
 * The rule, in the order it is applied, one sentence per reason; a post or
 * caption can quote it. A company is a staffing firm or job aggregator when:
 */
export const STAFFING_RULE: Readonly<Record<StaffingReason, string>> = {
  "jobs-via": "its name starts with \"Jobs via\" (a job board re-posting another employer's opening, e.g. Jobs via Dice)",
  known: "it is one of a short list of well-known agencies and aggregators whose names do not say so (CyberCoders, Jobot, Kforce, TEKsystems, Lensa, ...)",
  name: "its name contains staffing, recruit (recruiting, recruitment, recruiters), placement(s), personnel, the word talent, or executive search",
  industry: "LinkedIn files it, on any of its postings, under the industry \"Staffing and Recruiting\"",
};

/**
 * Agencies and aggregators that re-post other employers' jobs under names
 * the patterns do not catch. Compared without case and without a trailing
 * legal suffix (", Inc.", " LLC").
 */
export const KNOWN_STAFFING: readonly string[] = [
  "Actalent", "Adecco", "Aerotek", "Apex Systems", "Beacon Hill", "Collabera", "CyberCoders", "Dice",
  "ExecutivePlacements.com", "Harnham", "Hays", "Hired", "Insight Global", "Jobot", "Jooble", "Kelly Services",
  "Kforce", "Lensa", "ManpowerGroup", "Michael Page", "Modis", "Randstad", "Robert Half", "Robert Walters",
  "Talent.com", "TEKsystems", "Vaco", "ZipRecruiter",
];

const KNOWN = new Set(KNOWN_STAFFING.map((n) => n.toLowerCase()));
const LEGAL_SUFFIX = /[\s,]+(inc\.?|llc|l\.l\.c\.|ltd\.?|corp\.?|co\.)$/i;
const NAME_PATTERN = /staffing|recruit|placements?\b|\bpersonnel\b|\btalent\b|\bexecutive search\b/i;
/** LinkedIn's label, alone or inside a combined label ("Staffing and Recruiting, IT Services and ..."); older scrapes write "&". */
const INDUSTRY_PATTERN = /\bstaffing (and|&) recruiting\b/i;

/** Which rule names `company` a staffing firm by its name alone; null when none does. */
export function staffingByName(company: string): StaffingReason | null {
  if (/^jobs via\b/i.test(company)) return "jobs-via";
  if (KNOWN.has(company.trim().replace(LEGAL_SUFFIX, "").toLowerCase())) return "known";
  if (NAME_PATTERN.test(company)) return "name";
  return null;
}

/** Does an industry label name staffing and recruiting (alone or among others)? */
export function isStaffingIndustry(industry: string | null): boolean {
  return industry !== null && INDUSTRY_PATTERN.test(industry);
}

/** One company the rule removes. */
export interface StaffingFirm {
  readonly name: string;
  readonly postings: number;
  readonly reason: StaffingReason;
}

/** Which companies are left out as staffing firms, and why. */
export interface Staffing {
  /** The rule as sentences, keyed by reason (see {@link STAFFING_RULE}). */
  readonly rule: Readonly<Record<StaffingReason, string>>;
  /** Every company removed, most postings first (ties alphabetical). Empty when none is. */
  readonly firms: readonly StaffingFirm[];
  /** How many companies, and how many postings, that is; postings is a share of all postings (null without postings). */
  readonly companies: number;
  readonly postings: number;
  readonly share: number | null;
  /** Firms and postings per reason, in rule order; reasons with none are left out. */
  readonly byReason: readonly { readonly reason: StaffingReason; readonly companies: number; readonly postings: number }[];
  /** Is this company left out? A company not given is not a staffing firm (it is not a company at all). */
  readonly isStaffing: (company: string | null) => boolean;
}

/**
 * Finds the staffing firms and job aggregators among the companies of
 * `rows` by {@link STAFFING_RULE}: a name rule, then the industry LinkedIn
 * gives any of the company's postings. Decided per company, so all of a
 * firm's postings go together. `isStaffing` is not JSON: the analysis JSON
 * keeps the list of names instead.
 */
export function detectStaffing(rows: readonly Job[]): Staffing {
  const perCompany = new Map<string, { postings: number; industry: boolean }>();
  for (const r of rows) {
    if (r.company === null) continue;
    const c = perCompany.get(r.company) ?? { postings: 0, industry: false };
    c.postings++;
    if (!c.industry && isStaffingIndustry(r.companyIndustry)) c.industry = true;
    perCompany.set(r.company, c);
  }
  const firms: StaffingFirm[] = [];
  for (const [name, c] of perCompany) {
    const reason = staffingByName(name) ?? (c.industry ? "industry" : null);
    if (reason !== null) firms.push({ name, postings: c.postings, reason });
  }
  firms.sort((a, b) => b.postings - a.postings || compareText(a.name, b.name));
  return staffingResult(firms, rows.length);
}

/**
 * The same result for a fixed list of names (the original review's
 * exclusion, {@link ORIGINAL_STAFFING_COMPANIES}), reason "known".
 */
export function staffingByList(rows: readonly Job[], names: readonly string[]): Staffing {
  const listed = new Set(names);
  const counts = new Map<string, number>();
  for (const r of rows) if (r.company !== null && listed.has(r.company)) counts.set(r.company, (counts.get(r.company) ?? 0) + 1);
  const firms = [...counts].map(([name, postings]) => ({ name, postings, reason: "known" as const }))
    .sort((a, b) => b.postings - a.postings || compareText(a.name, b.name));
  return { ...staffingResult(firms, rows.length), isStaffing: (company) => company !== null && listed.has(company) };
}

function staffingResult(firms: readonly StaffingFirm[], rows: number): Staffing {
  const names = new Set(firms.map((f) => f.name));
  const postings = firms.reduce((n, f) => n + f.postings, 0);
  const byReason = (Object.keys(STAFFING_RULE) as StaffingReason[]).flatMap((reason) => {
    const of = firms.filter((f) => f.reason === reason);
    return of.length === 0 ? [] : [{ reason, companies: of.length, postings: of.reduce((n, f) => n + f.postings, 0) }];
  });
  return {
    rule: STAFFING_RULE, firms, companies: firms.length, postings, share: rows === 0 ? null : postings / rows, byReason,
    isStaffing: (company) => company !== null && names.has(company),
  };
}

/** The JSON-able part of {@link Staffing} (what precompute writes). */
export function staffingSummary(s: Staffing): Omit<Staffing, "isStaffing"> {
  const { isStaffing: _isStaffing, ...rest } = s;
  return rest;
}
