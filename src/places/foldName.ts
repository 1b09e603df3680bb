/**
 * The key two spellings of one name share: lower case, accents dropped
 * ("São Paulo" = "Sao Paulo", "Zürich" = "Zurich"), punctuation and hyphens
 * as spaces ("Washington, D.C." = "Washington DC"), "Saint"/"St." as "st"
 * ("St Louis" = "St. Louis" = "Saint Louis"), "Ft." as "fort", and runs of
 * spaces collapsed. Used for every lookup, so the gazetteer and the data are
 * compared on the same footing.
 */
export function foldName(name: string): string {
  let text = name.toLowerCase();
  // Most names are plain words: skip the slow steps (this runs on 170,000 gazetteer names per precompute).
  if (!/^[a-z]+(?: [a-z]+)*$/.test(text)) {
    if (/[\u00c0-\u024f\u1e00-\u1eff]/.test(text)) {
      text = text.normalize("NFKD").replace(/\p{M}/gu, "").replace(/ß/g, "ss").replace(/æ/g, "ae").replace(/ø/g, "o").replace(/[łŀ]/g, "l").replace(/ı/g, "i").replace(/đ/g, "d");
    }
    // "D.C." → "dc": dots after single letters join them before punctuation becomes space.
    text = text.replace(/\b([a-z])\.(?=[a-z]\b)/g, "$1").replace(/\b([a-z])\.(?=\s|,|$)/g, "$1");
    text = text.replace(/['’`]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }
  if (text.includes("st") || text.includes("ft") || text.includes("saint")) text = text.replace(/\b(?:saint|st)\b/g, "st").replace(/\bft\b/g, "fort");
  return text;
}
