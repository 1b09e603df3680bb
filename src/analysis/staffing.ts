/**
 * Staffing firms and job aggregators that re-post other employers' jobs. The
 * original review left them out of the industry, remote-by-area and word-cloud
 * figures, because their "industry" and location say little about the job.
 */
export const STAFFING_COMPANIES: readonly string[] = ["Jobs via Dice", "ExecutivePlacements.com", "Motion Recruitment"];

/** Is this company one of {@link STAFFING_COMPANIES}? A company not given is not. */
export function isStaffing(company: string | null, excluded: readonly string[] = STAFFING_COMPANIES): boolean {
  return company !== null && excluded.includes(company);
}
