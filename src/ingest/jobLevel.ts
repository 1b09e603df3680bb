/**
 * LinkedIn's seniority levels, as the current JobSpy writes them (lower
 * case). Older JobSpy versions wrote the page's own casing ("Mid-Senior
 * level", "Entry level"), and spreadsheets re-typed them ("Entry Level").
 */
export const LINKEDIN_LEVELS = [
  "internship", "entry level", "associate", "mid-senior level", "director", "executive", "not applicable",
] as const;

/** Spellings seen for the same levels, after lower-casing and collapsing spaces. */
const ALIASES: Readonly<Record<string, (typeof LINKEDIN_LEVELS)[number]>> = {
  "entry-level": "entry level",
  "entry": "entry level",
  "mid senior level": "mid-senior level",
  "mid-senior": "mid-senior level",
  "mid senior": "mid-senior level",
  "not-applicable": "not applicable",
  "n/a level": "not applicable",
};

/** A job_level cell read: the label to group by, and whether it is one of LinkedIn's. */
export interface JobLevelReading {
  /** Lower case, spaces collapsed; one of {@link LINKEDIN_LEVELS} when known. */
  readonly level: string;
  readonly known: boolean;
}

/**
 * Normalises a job_level cell: any casing and spacing of a LinkedIn level
 * gives that level ("Mid-Senior level", "mid-senior level", "MID-SENIOR
 * LEVEL" → "mid-senior level"). Other labels (Bayt's "mid career", a typo)
 * are kept, lower-cased, and flagged unknown so the report can list them.
 */
export function readJobLevel(cell: string): JobLevelReading {
  const folded = cell.trim().replace(/\s+/g, " ").toLowerCase().replace(/\s*-\s*/g, "-");
  const level = (LINKEDIN_LEVELS as readonly string[]).includes(folded) ? folded : ALIASES[folded] ?? folded;
  return { level, known: (LINKEDIN_LEVELS as readonly string[]).includes(level) };
}
