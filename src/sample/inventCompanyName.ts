import type { Random } from "./random.ts";

// Coined first parts (two syllables glued together) and industry-flavoured
// second parts: thousands of combinations, none taken from the data.
const HEADS = ["Al", "Bel", "Cor", "Dun", "El", "Fen", "Gal", "Har", "Iver", "Jun", "Kes", "Lor", "Mar", "Nor",
  "Oak", "Pel", "Quin", "Ros", "Sten", "Tal", "Ul", "Ver", "Wes", "Yar", "Zel", "Bram", "Cal", "Dal", "Ash", "Birch"];
const TAILS = ["brook", "crest", "field", "gate", "haven", "line", "mont", "point", "ridge", "stone", "vale", "wick",
  "wood", "ton", "ford", "mere", "by", "holt", "shaw", "well"];
const KINDS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/staffing|recruit/i, ["Staffing", "Talent", "Recruiting", "Search Group", "Workforce"]],
  [/bank|financ|insur|account|invest|capital/i, ["Financial", "Capital", "Bancorp", "Mutual", "Insurance", "Trust"]],
  [/health|hospital|medical|pharma|biotech/i, ["Health", "Medical", "Care", "Biosciences", "Therapeutics"]],
  [/defense|aviation|aerospace|space/i, ["Aerospace", "Dynamics", "Defense Systems", "Avionics"]],
  [/manufactur|automotive|motor|machinery|semiconductor/i, ["Industries", "Manufacturing", "Motors", "Devices"]],
  [/retail|wholesale|consumer|food/i, ["Supply", "Outfitters", "Markets", "Brands"]],
  [/education|e-learning|university/i, ["Learning", "Academy", "Education"]],
  [/consult|professional/i, ["Consulting", "Advisors", "Partners", "Solutions"]],
  [/software|internet|information|computer|data|it services|telecom|technology/i,
    ["Software", "Systems", "Labs", "Technologies", "Digital", "Cloud", "Networks", "Data"]],
];
const GENERIC = ["Group", "Solutions", "Company", "Services", "Holdings", "Works"];
const FORMS = ["", "", "", ", Inc.", " LLC", " Inc"];

/**
 * An invented company name suited to an industry, e.g. "Norbrook Financial"
 * or "Kesvale Labs, Inc.". Never returns a name in `taken`; adds the result
 * to it. Gives up (throws) only if thousands of draws all collide.
 */
export function inventCompanyName(industry: string, taken: Set<string>, random: Random): string {
  const kinds = KINDS.find(([pattern]) => pattern.test(industry))?.[1] ?? GENERIC;
  for (let attempt = 0; attempt < 5000; attempt++) {
    const kind = random.chance(0.8) ? random.pick(kinds) : random.pick(GENERIC);
    const name = `${random.pick(HEADS)}${random.pick(TAILS)} ${kind}${random.pick(FORMS)}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  throw new Error("ran out of invented company names");
}
