/**
 * Staffing firms and job aggregators that re-post other employers' jobs. The
 * original review left them out of the industry, remote-by-area and word-cloud
 * figures, because their "industry" and location say little about the job.
 */
export const STAFFING_COMPANIES: readonly string[] = ["Jobs via Dice", "ExecutivePlacements.com", "Motion Recruitment"];

/** Is this company one of {@link STAFFING_COMPANIES}? */
export function isStaffing(company: string, excluded: readonly string[] = STAFFING_COMPANIES): boolean {
  return excluded.includes(company);
}
