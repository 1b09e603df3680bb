import { resolvePath } from "../../src/data/resolvePath.ts";

// What a reader meets in a page's prose, checked on its built HTML (parsed with linkedom; the
// prose does not change when scripts run). Each check returns the problems it found, described
// so that a failing test says where to look; an empty list means the page passed. Used by the
// phone test and by the fixture-matrix site build.

/** The part of a page that is prose: the article (a post, the about page) or the main element. */
function proseRoot(doc: Document): Element | null {
  return doc.querySelector("article") ?? doc.querySelector("main");
}

/** Elements whose paragraphs are not running prose (charts, navigation, tables, the post's header). */
const NOT_PROSE = "header, figure, nav, .toc, table, .chart, .search-results, .post-datasets, .chart-downloads, pre";

const squash = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

/**
 * Paragraphs that start or end mid-sentence: the first letter is lower case (unless the
 * paragraph opens with code), or the last character is not a sentence's end; and text that is in
 * no paragraph at all (MDX reads a paragraph made only of components as a block: its text then
 * sits straight in the page's grid, one cell per run).
 */
export function paragraphProblems(doc: Document): string[] {
  const problems: string[] = [];
  const root = proseRoot(doc);
  if (!root) return ["no article or main element"];
  for (const box of [root, ...root.querySelectorAll(".fold-body")]) {
    for (const node of box.childNodes) {
      const element = node.nodeType === 1 ? (node as Element) : null;
      const inline = node.nodeType === 3 || (element !== null && element.matches("span, data, a, em, strong, code, bdi, q"));
      const text = inline ? squash(node.textContent) : "";
      if (text !== "") problems.push(`text outside any paragraph: "${text.slice(0, 80)}"`);
    }
  }
  for (const p of root.querySelectorAll("p")) {
    if (p.closest(NOT_PROSE)) continue;
    const text = squash(p.textContent);
    if (text === "") {
      problems.push(`an empty paragraph after "${squash(p.previousElementSibling?.textContent).slice(-60)}"`);
      continue;
    }
    const first = [...p.childNodes].find((n) => squash(n.textContent) !== "");
    const opensWithCode = first !== undefined && first.nodeType === 1 && (first as Element).matches("code, kbd, samp");
    if (!opensWithCode && /^\p{Ll}/u.test(text)) problems.push(`starts mid-sentence: "${text.slice(0, 80)}"`);
    if (!/[.!?:…)”"’]$/.test(text)) problems.push(`ends mid-sentence: "…${text.slice(-80)}"`);
  }
  return problems;
}

/**
 * Statements with an empty or degenerate slot, as a reader would see them: a function word
 * before punctuation ("run from to ,", "are ."), empty brackets, a value written as NaN,
 * undefined, null or Infinity, "median $0", "only 0 of", a number followed by "(0)". The
 * build's own check (src/data/statement.ts) refuses these where values are bound; this one
 * reads the page as published.
 */
export function emptyStatementProblems(doc: Document): string[] {
  const problems: string[] = [];
  const root = proseRoot(doc);
  if (!root) return problems;
  const patterns: [RegExp, string][] = [
    [/\b(?:the|a|an|of|in|from|to|and|with|by|are|is|was|were|for|at|on|as)\s+[.,;:)]/i, "a word before punctuation with nothing between"],
    [/(?<![\w.])\(\s*\)|“\s*”|"\s*"/, "empty brackets or quotes"],
    [/\s[,.;:](?=\s|$)/, "punctuation after a gap"],
    [/\b(?:NaN|undefined|null|Infinity)\b/, "a value the data does not have"],
    [/median [^\d\s]{0,4}0\b(?![.,]\d)/i, "a median of 0"],
    [/\bonly 0\b|\(0\)/, "a zero stated as a finding"],
  ];
  for (const el of root.querySelectorAll("p, li, figcaption, summary, h2, h3")) {
    if (el.closest("pre, table, .chart, nav, .toc")) continue;
    const text = squash(el.textContent);
    for (const [pattern, what] of patterns) {
      const m = pattern.exec(text);
      if (m) problems.push(`${what}: "…${text.slice(Math.max(0, m.index - 50), m.index + 30)}…"`);
    }
  }
  for (const data of root.querySelectorAll("data.stat, .stat-name, .stat-date")) {
    if (squash(data.textContent) === "") problems.push(`an empty value: ${data.outerHTML.slice(0, 120)}`);
  }
  return problems;
}

/**
 * Every ranked list (RankedList, inline or as a list) that is not the top of its analysis's
 * list in rank order: the items shown must be, in order, the items a direct ranking of the whole
 * list gives (largest first, or smallest first when the list says data-rank="asc"; items with 0
 * or no number are never named), cut where the list says (data-from, data-top), and never
 * cut between two equal values (one of a tie named, the other not). A list in
 * another order says so (data-rank="none") and is skipped. `analyses` is what precompute wrote
 * for this build.
 */
export function rankedListProblems(doc: Document, analyses: Readonly<Record<string, unknown>>): { problems: string[]; lists: number } {
  const problems: string[] = [];
  let lists = 0;
  for (const list of doc.querySelectorAll(".ranked-inline, .ranked-list")) {
    const rank = list.getAttribute("data-rank") ?? "";
    const items = [...list.querySelectorAll("data.stat")].map((d) => ({ value: Number(d.getAttribute("value")), path: d.getAttribute("data-path") ?? "" }));
    const text = squash(list.textContent).slice(0, 120);
    if (rank === "none" || items.length === 0) continue;
    if (rank !== "desc" && rank !== "asc") {
      problems.push(`a ranked list without data-rank: "${text}"`);
      continue;
    }
    lists++;
    const of = list.getAttribute("data-of") ?? "";
    const listPath = list.getAttribute("data-path") ?? "";
    const from = Number(list.getAttribute("data-from") ?? 0);
    const topAttr = list.getAttribute("data-top");
    const top = topAttr === null ? undefined : Number(topAttr);
    const field = /\.([^.[\]]+)$/.exec(items[0]!.path)?.[1];
    const whole = resolvePath(analyses[of], listPath);
    if (!field || !Array.isArray(whole)) {
      problems.push(`${of} ${listPath}: not a list in the analysis ("${text}")`);
      continue;
    }
    const values = whole.map((item) => (item as Record<string, unknown>)[field]).filter((v): v is number => typeof v === "number" && v !== 0);
    values.sort((a, b) => (rank === "asc" ? a - b : b - a));
    const expected = values.slice(from, top === undefined ? undefined : from + top);
    const shown = items.map((i) => i.value);
    if (JSON.stringify(shown) !== JSON.stringify(expected)) {
      problems.push(`${of} ${listPath} (${rank === "asc" ? "smallest" : "largest"} first): shows ${shown.join(", ")}, the ranking gives ${expected.join(", ")}: "${text}"`);
    }
    // A cut between two equal values names one of a tie and not the other.
    const end = top === undefined ? values.length : from + top;
    for (const cut of [from, end]) {
      if (cut > 0 && cut < values.length && values[cut - 1] === values[cut]) problems.push(`${of} ${listPath}: cut at ${cut} inside a tie at ${values[cut]}: "${text}"`);
    }
  }
  return { problems, lists };
}

/** A number as a chart writes it ("$171,900", "1,234", "42%"): its digits, sign and decimal point. */
const numberOf = (text: string) => Number(text.replace(/[^\d.-]/g, ""));

/**
 * The rankings charts print as lists, out of their order: a map's ranked list for phones
 * (.chart-map-ranks, "highest first", rings after the rest, each group highest first) and a
 * word cloud's ranked list (li[data-count], most first). Returns the problems and how many
 * such lists the page has.
 */
export function chartRankProblems(doc: Document): { problems: string[]; lists: number } {
  const problems: string[] = [];
  let lists = 0;
  const outOfOrder = (values: number[]) => values.findIndex((v, i) => i > 0 && v > values[i - 1]!);
  for (const ranks of doc.querySelectorAll(".chart-map-ranks")) {
    lists++;
    const title = squash(ranks.querySelector(".chart-map-ranks-title")?.textContent).slice(0, 60);
    const items = [...ranks.querySelectorAll("li")].map((li) => ({ ring: li.classList.contains("is-ring"), value: numberOf(squash(li.querySelector(".chart-map-ranks-value")?.textContent)), name: squash(li.querySelector(".chart-map-ranks-name")?.textContent) }));
    const firstRing = items.findIndex((i) => i.ring);
    if (firstRing !== -1 && items.slice(firstRing).some((i) => !i.ring)) problems.push(`"${title}": a solid value after the rings`);
    for (const group of [items.filter((i) => !i.ring), items.filter((i) => i.ring)]) {
      const at = outOfOrder(group.map((i) => i.value));
      if (at !== -1) problems.push(`"${title}": ${group[at]!.name} (${group[at]!.value}) after ${group[at - 1]!.name} (${group[at - 1]!.value})`);
    }
  }
  for (const list of doc.querySelectorAll("ol:has(> li[data-count]), ul:has(> li[data-count])")) {
    lists++;
    const items = [...list.querySelectorAll(":scope > li[data-count]")].map((li) => ({ name: squash(li.textContent).slice(0, 40), count: Number(li.getAttribute("data-count")) }));
    const at = outOfOrder(items.map((i) => i.count));
    if (at !== -1) problems.push(`ranked list under a chart: "${items[at]!.name}" (${items[at]!.count}) after "${items[at - 1]!.name}" (${items[at - 1]!.count})`);
  }
  return { problems, lists };
}

/**
 * Wording a reader trips over, in a page's prose text: a plural after exactly one ("1 give no
 * date", "Of the 1 postings", "has 1 postings"), a double negative ("none says nothing"), a
 * factor written twice ("multiplied by ×12"), a range whose ends are equal ("$60–$60"), a
 * percentage sign on a number the sentence calls percentage points, a capital after a semicolon
 * ("…; The data-scientist postings").
 */
export function wordingProblems(text: string): string[] {
  const problems: string[] = [];
  const checks: [RegExp, string][] = [
    [/(?<![\d.,])1 (?:postings|areas|places|searches|companies|give|rest|describe|say|mention)\b/, "a plural after one"],
    [/\b[Oo]f the 1 \w+s\b/, "a plural after one"],
    [/\bnone says nothing\b/, "a double negative"],
    [/multiplied by ×/, "a factor written twice"],
    [/(\p{Sc}[\d,.]+)–\1(?![\d,.])/u, "a range whose ends are equal"],
    [/percentage points[^.]*?\d%/, "a percentage sign on percentage points"],
    [/; The\b/, "a capital after a semicolon"],
    [/\bin (?:[^.]*?(?:; | and ))?(?:United States|United Kingdom|Netherlands|United Arab Emirates|Philippines)\b/, "a country that takes \"the\" without it"],
  ];
  for (const [re, what] of checks) {
    const m = re.exec(text);
    if (m) problems.push(`${what}: "…${text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 20)}…"`);
  }
  return problems;
}
