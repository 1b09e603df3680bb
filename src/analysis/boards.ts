/** Readers' names of the boards JobSpy scrapes, by its `site` value. */
export const BOARD_NAMES: Readonly<Record<string, string>> = {
  linkedin: "LinkedIn", indeed: "Indeed", glassdoor: "Glassdoor", zip_recruiter: "ZipRecruiter",
  google: "Google Jobs", naukri: "Naukri", bayt: "Bayt",
};

/** A board's name for readers ("ZipRecruiter" for `zip_recruiter`); an unknown `site` value as written. */
export function boardName(site: string): string {
  return BOARD_NAMES[site] ?? site;
}
