/**
 * A dataset as a sentence names it, from its profile alone: "30 postings from Indeed in the
 * United Kingdom", "1,200 postings from 3 boards, mostly in the United States". Used where a
 * dataset has no metadata title (the post's data line, the about page), so that nothing is
 * said that the rows do not say.
 */
import type { DatasetProfile } from "../analysis/datasetProfile.ts";
import { formatNumber } from "../lib/formatNumber.ts";

/** Countries whose English name takes "the" in running text. */
export const COUNTRIES_WITH_THE: ReadonlySet<string> = new Set(["US", "GB", "NL", "AE", "PH", "DO", "BS", "GM", "CD", "CF", "KY", "MV", "MH", "SB", "VA", "VI", "VG", "TC", "FO", "FK", "CK", "MP", "KM"]);

/** A country's name as it reads after "in": "the Netherlands", "Canada". */
export function countryInText(c: { readonly country: string; readonly name: string }): string {
  return `${COUNTRIES_WITH_THE.has(c.country) ? "the " : ""}${c.name}`;
}

/** "30 postings from Indeed in the United Kingdom" (board and country only when the profile has them). */
export function datasetPhrase(p: Pick<DatasetProfile, "rows" | "onlyBoard" | "boards" | "onlyCountry" | "mainCountry">): string {
  const rows = `${formatNumber(p.rows)} ${p.rows === 1 ? "posting" : "postings"}`;
  const board = p.onlyBoard ? ` from ${p.onlyBoard.name}` : p.boards.length > 1 ? ` from ${p.boards.length} boards` : "";
  const country = p.onlyCountry ? ` in ${countryInText(p.onlyCountry)}` : p.mainCountry ? `, most of them in ${countryInText(p.mainCountry)}` : "";
  return `${rows}${board}${country}`;
}
