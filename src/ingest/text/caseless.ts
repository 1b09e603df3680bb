/**
 * Rewrites the source of a case-insensitive pattern so that it matches the
 * same text without the `i` flag: every letter outside an escape becomes a
 * class of both cases (`Docker` → `[dD][oO][cC][kK][eE][rR]`, `[eé]` →
 * `[eEéÉ]`). Throws for what it cannot rewrite safely: escapes that spell
 * a code point or property (`\u`, `\x`, `\p`...), named groups, and letter
 * ranges in a class (`[a-z]`).
 */
export function caseless(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      if ("uxcpPk".includes(next)) throw new Error(`caseless: cannot rewrite the escape \\${next} in /${source}/`);
      out += c + next;
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
      else if (c === "-" && /\p{L}/u.test(source[i - 1] ?? "") && /\p{L}/u.test(source[i + 1] ?? "")) {
        throw new Error(`caseless: cannot rewrite the letter range in /${source}/`);
      }
      out += inClass ? bothCases(c) : c;
    } else if (c === "[") {
      inClass = true;
      out += c;
      if (source[i + 1] === "^") out += source[++i];
    } else if (c === "(" && source[i + 1] === "?") {
      // Group syntax, not text: (?: (?= (?! (?<= (?<!
      const syntax = /^\(\?(?::|=|!|<=|<!)/.exec(source.slice(i))?.[0];
      if (syntax === undefined) throw new Error(`caseless: unsupported group in /${source}/`);
      out += syntax;
      i += syntax.length - 1;
    } else {
      out += inClass ? c : letterClass(c);
    }
  }
  return out;
}

function bothCases(c: string): string {
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  if (lower === upper || lower.length !== 1 || upper.length !== 1) return c;
  return c === lower ? lower + upper : upper + lower;
}

function letterClass(c: string): string {
  const both = bothCases(c);
  return both.length === 2 ? `[${both}]` : c;
}
