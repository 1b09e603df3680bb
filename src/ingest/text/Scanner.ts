import { caseless } from "./caseless.ts";

/** Receives one match of a {@link Scanner}: the index of its pattern, and where it is in the text. */
export type OnMatch = (rule: number, start: number, end: number) => void;

/**
 * Finds every match of many patterns in one pass over a text: the patterns
 * are joined into one regular expression, so the text is read once instead
 * of once per pattern. After a match the search resumes one character
 * later, not at its end, so a match never hides another that starts inside
 * it ("distributed systems design" gives both terms). Which pattern matched
 * is told from the matched text alone (remembered per spelling), so a text
 * that two patterns can match is reported for the first of them only.
 *
 * Three things keep it fast and right. Alternatives that start with `\b`
 * are grouped behind a single `\b`, so positions inside words are rejected
 * once rather than once per pattern. The joined expression has no
 * capturing groups: with one per pattern, every match built an array of
 * them, which made match-dense texts several times slower. And a pattern's
 * `i` flag is kept by spelling its letters in both cases ({@link caseless}),
 * not with an `(?i:...)` group: V8 (Node 24) mishandles such a group that
 * starts with `\b` when another alternative starts with `\.`, and then
 * misses "Javascript" and "docker".
 */
export class Scanner {
  readonly #regex: RegExp;
  /** Each pattern alone, anchored to a whole matched text, to tell which one matched. */
  readonly #whole: readonly RegExp[];
  readonly #ruleOf = new Map<string, number>();

  constructor(patterns: readonly RegExp[]) {
    const bounded: string[] = [];
    const others: string[] = [];
    this.#whole = patterns.map((p, rule) => {
      if (/[^i]/.test(p.flags)) throw new Error(`pattern ${rule} (${p.source}): only the i flag is supported, got "${p.flags}"`);
      if (new RegExp(`${p.source}|`).exec("")!.length > 1) throw new Error(`pattern ${rule} (${p.source}) has a capturing group`);
      // The matched text alone must tell the pattern: a positive lookaround would need the text around it.
      if (/\(\?<?=/.test(p.source)) throw new Error(`pattern ${rule} (${p.source}) has a positive lookaround`);
      const source = p.flags === "i" ? caseless(p.source) : p.source;
      for (const alternative of topLevelAlternatives(source)) {
        if (alternative.startsWith("\\b")) bounded.push(alternative.slice(2));
        else others.push(alternative);
      }
      return new RegExp(`^(?:${source})$`);
    });
    const parts = bounded.length > 0 ? [`\\b(?:${bounded.join("|")})`, ...others] : others;
    this.#regex = new RegExp(parts.join("|"), "g");
  }

  /** Calls `onMatch` for each match, left to right. */
  scan(text: string, onMatch: OnMatch): void {
    const regex = this.#regex;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      const start = m.index;
      onMatch(this.#rule(m[0]), start, start + m[0].length);
      regex.lastIndex = start + 1;
    }
  }

  #rule(matched: string): number {
    let rule = this.#ruleOf.get(matched);
    if (rule === undefined) {
      // Lookarounds see nothing beyond the matched text here; none of the patterns needs more to say yes.
      rule = this.#whole.findIndex((p) => p.test(matched));
      // A bound on the memo: spellings are few, but a hostile input could make up many.
      if (this.#ruleOf.size < 10_000) this.#ruleOf.set(matched, rule);
    }
    return rule;
  }
}

/** Splits a pattern source at its top-level `|` (not inside a group, a class or after a backslash). */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}
