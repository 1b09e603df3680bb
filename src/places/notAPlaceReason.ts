import { foldName } from "./foldName.ts";

// Folded (see foldName). Each is a whole location string, or a leading part
// ("Remote, ON, CA"), that names no place: remote work, no location, or an
// area wider than one country. Translations as JobSpy's boards write them.
const REMOTE = [
  "remote", "fully remote", "remote first", "remote work", "work from home", "work from anywhere", "wfh", "home based", "homebased",
  "home office", "homeoffice", "telework", "telecommute", "virtual", "hybrid", "hybrid remote", "flexible", "anywhere",
  "werk van thuis", "thuiswerken", "vanuit huis", "op afstand", // nl
  "teletravail", "a distance", "en remoto", "remoto", "trabajo remoto", "teletrabajo", "a distancia", // fr, es
  "trabalho remoto", "home office brasil", "remoto brasil", "teletrabalho", // pt
  "mobiles arbeiten", "von zuhause", "fernarbeit", "heimarbeit", // de
  "lavoro da remoto", "smart working", "da remoto", // it
  "zdalnie", "praca zdalna", "distansarbete", "etatyo", "uzaktan", // pl, sv, tr
  "work from office",
];
const NOWHERE = ["unknown location", "unknown", "n a", "na", "none", "not specified", "not disclosed", "various", "various locations", "multiple locations", "multiple cities", "location", "onbekend", "nicht angegeben"];
const WIDER = ["worldwide", "global", "international", "europe", "emea", "apac", "latam", "americas", "north america", "south america", "asia", "africa", "middle east", "gcc", "european union", "eu", "oceania", "asia pacific"];

const REASONS = new Map<string, string>([
  ...REMOTE.map((w): [string, string] => [w, "remote or hybrid work, not a place"]),
  ...NOWHERE.map((w): [string, string] => [w, "no location given"]),
  ...WIDER.map((w): [string, string] => [w, "an area wider than one country"]),
]);

/**
 * Why `text` (a whole location string or one part of it) names no place, or
 * null when it may be one: "Remote", "Werk van thuis", "Télétravail",
 * "Home office", "Unknown location", "Worldwide". Case and accents are
 * ignored; "Remote (US)", "remote - hybrid" are read by their words.
 */
export function notAPlaceReason(text: string): string | null {
  const folded = foldName(text);
  if (folded === "") return "no location given";
  const direct = REASONS.get(folded);
  if (direct) return direct;
  // "100% remote", "Remote / Hybrid", "Hybrid remote in": every word is a remote word.
  const words = folded.split(" ").filter((w) => !/^\d+$/.test(w) && w !== "in" && w !== "or" && w !== "and" && w !== "e" && w !== "y" && w !== "of" && w !== "ou");
  if (words.length > 0 && words.every((w) => REMOTE_WORDS.has(w))) return "remote or hybrid work, not a place";
  return null;
}

const REMOTE_WORDS = new Set(["remote", "remotely", "hybrid", "wfh", "teletravail", "telework", "telecommute", "teleworking", "remoto", "thuiswerken",
  "homeoffice", "flexible", "virtual", "anywhere", "zdalnie", "fernarbeit", "teletrabajo", "teletrabalho", "distance", "distancia"]);
