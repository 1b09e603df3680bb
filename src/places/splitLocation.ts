/** A location string cut into parts, with what was stripped off it. */
export interface LocationParts {
  /** The parts, most precise first: ["Toronto", "ON", "CA"], ["Dubai", "UAE"]. */
  readonly parts: readonly string[];
  /** Words removed because they describe the work, not the place ("Hybrid - ", "Remote in "). */
  readonly workMode: string | null;
}

// "Hybrid - Pune", "Remote in Toronto, ON", "Temporarily remote in Leeds".
const WORK_MODE_PREFIX = /^(?:(?:temporarily|fully|partially|partly)\s+)?(?:hybrid(?:\s+remote)?|remote|on-?site|in-?office|wfh|work from home)(?:\s*(?:[-–—:|/]|\bin\b)\s*)(?=\S)/i;

/**
 * Cuts a JobSpy `location` into parts. Separators: commas (LinkedIn,
 * Indeed, Google, Naukri), "·" and "•" (Bayt's "Dubai · UAE"), "|" and ";".
 * Parenthesised asides go ("Austin, TX (+2 others)", "Bengaluru(Whitefield)",
 * "Mumbai (All Areas)"), and so does a leading work mode ("Hybrid - Pune",
 * "Remote in Toronto, ON"), which is returned in `workMode`. Empty parts are
 * dropped; whitespace is collapsed.
 */
export function splitLocation(location: string): LocationParts {
  let text = location.replace(/\s+/g, " ").trim();
  let workMode: string | null = null;
  const prefix = WORK_MODE_PREFIX.exec(text);
  if (prefix) {
    workMode = prefix[0].replace(/[\s\-–—:|/]+$/, "").replace(/\s+in$/i, "").trim();
    text = text.slice(prefix[0].length);
  }
  // Asides, including one left unclosed at the end ("Bengaluru (Whitefield").
  text = text.replace(/\s*\([^()]*\)\s*/g, " ").replace(/\s*\([^()]*$/, "").replace(/\s*\+\s*\d+\s+(?:more|others?)\b.*$/i, "");
  const parts = text.split(/\s*[,·•|;]\s*/).map((p) => p.trim()).filter((p) => p !== "");
  return { parts, workMode };
}
