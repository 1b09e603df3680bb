// Leading and trailing words that qualify a city without changing which one it is.
const LEADING = /^(?:greater|downtown|midtown|uptown|central|inner|metro|north|south|east|west|city of|centro de|centre of|center of) /;
const TRAILING = / (?:area|metropolitan area|metro area|metro|metroplex|bay area|region|city centre|city center|centrum|centre|center|downtown|urban area|and surrounding areas?)$/;
// A name is never cut to end on one of these ("San Jose Xyz" is not "San").
const PREFIX_WORDS = new Set(["new", "san", "santa", "santo", "sao", "st", "port", "fort", "el", "la", "le", "los", "las", "les", "de", "del", "da", "do", "den", "mount", "lake", "north", "south", "east", "west", "upper", "lower", "great", "little", "old", "bad", "bay", "cape", "glen", "palm", "rio", "the"]);

/**
 * Spelling variants of a folded city name, most literal first: as written;
 * with " city" ("new york" → "new york city"); without qualifiers
 * ("greater seattle area" → "seattle", "midtown toronto" → "toronto"); and
 * its leading words ("amsterdam zuidoost" → "amsterdam", "hyderabad
 * secunderabad" → "hyderabad"), never cut after "new", "san", "st"...
 */
export function nameVariants(folded: string): string[] {
  const out = [folded, `${folded} city`];
  let core = folded;
  for (let i = 0; i < 3; i++) core = core.replace(LEADING, "").replace(TRAILING, "");
  if (core !== folded && core !== "") out.push(core, `${core} city`);
  // "Amsterdam Zuidoost", "Hyderabad/Secunderabad", "Dallas-Fort Worth": the leading words.
  const words = core.split(" ");
  for (let k = words.length - 1; k >= 1; k--) {
    const prefix = words.slice(0, k);
    if (prefix.join(" ").length >= 4 && !PREFIX_WORDS.has(prefix[prefix.length - 1]!)) out.push(prefix.join(" "));
  }
  return [...new Set(out)].filter((v) => v !== "" && v !== "city");
}

