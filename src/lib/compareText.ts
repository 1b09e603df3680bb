// The project's only text orderings. `a.localeCompare(b)` without a locale follows the
// build machine's LANG/LC_ALL (in sv_SE "ä" sorts after "z", in da_DK "aa" does), so the
// same data gave different treemaps and word clouds on different machines. Use these.

/**
 * One fixed collator: English rules whatever the machine's locale, case and accents
 * significant (`"a" < "A" < "á"`), digits compared as text (`"10" < "9"`), so the order
 * is the same on every build machine with the same Node (ICU data is pinned with it).
 */
const collator = new Intl.Collator("en", { usage: "sort", sensitivity: "variant", numeric: false, caseFirst: "false" });

/**
 * Orders names for people (companies, areas, words): the fixed English collator,
 * then code points for strings it calls equal (e.g. different Unicode normal forms),
 * so the order is total and never depends on input order.
 */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || compareCodePoints(a, b);
}

/**
 * Orders identifiers (ids, file names, hashes, keys) by Unicode code point: no locale
 * data at all, so it matches across Node versions too. Unlike `a < b`, which compares
 * UTF-16 code units, characters outside the Basic Multilingual Plane (emoji, U+10000
 * and up) sort after U+E000–U+FFFF, as in UTF-8 byte order.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Two different code units: a surrogate (U+D800–U+DFFF) stands for a code point
    // above U+FFFF, so it ranks above every other code unit.
    const rx = x >= 0xd800 && x <= 0xdfff ? x + 0x10000 : x;
    const ry = y >= 0xd800 && y <= 0xdfff ? y + 0x10000 : y;
    return rx < ry ? -1 : 1;
  }
  return a.length - b.length === 0 ? 0 : a.length < b.length ? -1 : 1;
}
