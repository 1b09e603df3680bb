import type { Draft } from "./Draft.ts";
import { escapeMarkdown } from "./escapeMarkdown.ts";
import type { Random } from "./random.ts";
import {
  BENEFITS, CLOSERS, DUTIES, EMAIL_NAMES, EMAIL_SENTENCES, HEADINGS, HOW_WE_WORK, INTERVIEW_STEPS, INTROS, JUNIOR_NOTES,
  PAY_SENTENCES, PRODUCTS, QUALIFICATIONS, ROLE, STACK_SENTENCES, TEAMS, TERM_STYLE, TITLES, WORK_MODE, YEARS_PHRASES,
} from "./templates.ts";

/** The text of one synthetic posting. */
export interface PostingText {
  readonly title: string;
  /** JobSpy-style Markdown (escaped as JobSpy escapes it). */
  readonly description: string;
  /** Addresses the description contains, as JobSpy lists them in `emails`. */
  readonly emails: readonly string[];
}

const EMAIL_DOMAINS = ["example.com", "example.org", "example.net"];

/**
 * Writes a posting's title and Markdown description from the templates:
 * intro, role, duties, qualifications with the chosen years and skill terms,
 * pay when the posting states it, benefits, e-mail addresses and a closing
 * line. Everything variable comes from the draft, so the wording matches the
 * structured columns (a remote flag gets remote wording, a salaried row its
 * pay range).
 */
export function composePosting(d: Draft, family: "backend" | "dataScientist", random: Random): PostingText {
  const company = d.company?.name ?? "";
  const titles = TITLES[family][d.level] ?? TITLES[family]["not applicable"] ?? ["Engineer"];
  // Earlier titles in a list are the common ones: weight them like a long-tailed ranking.
  const title = titles[random.weighted(titles.map((_, i) => i), (i) => 1 / (i + 1))] as string;
  const place = d.places.find((p) => p !== "") ?? "our main office";
  const products = PRODUCTS.find(([pattern]) => pattern !== "default" && pattern.test(d.industry))?.[1]
    ?? PRODUCTS.find(([pattern]) => pattern === "default")?.[1] ?? ["platform"];
  const fill = (template: string) => template
    .replaceAll("{company}", company).replaceAll("{title}", title).replaceAll("{place}", place)
    .replaceAll("{team}", random.pick(TEAMS[family])).replaceAll("{product}", random.pick(products))
    .replaceAll("{industry}", d.industry.toLowerCase());

  const blocks: string[] = [];
  const heading = (options: readonly string[]) => `**${escapeMarkdown(fill(random.pick(options)))}**`;
  const paragraph = (text: string) => escapeMarkdown(text);
  const bullets = (items: readonly string[]) => items.map((i) => `* ${escapeMarkdown(i)}`).join("\n");

  const recruiter = d.company?.staffing || /staffing|recruit/i.test(d.industry);
  const kind = recruiter ? INTROS.staffing : d.company?.named ? INTROS.named : INTROS.invented;
  blocks.push(heading(HEADINGS.about), paragraph(fill(random.pick(kind))));

  const mode = d.workModes.length > 0 ? random.pick(WORK_MODE[[...d.workModes].sort(byMode).join("+")] ?? []) : "";
  blocks.push(heading(HEADINGS.role), paragraph([fill(random.pick(ROLE[family])), fill(mode)].filter(Boolean).join(" ")));
  if (random.chance(0.35)) blocks.push(paragraph(random.pick(HOW_WE_WORK)));
  blocks.push(heading(HEADINGS.duties), bullets(sample(DUTIES[family], 3 + random.int(5), random)));

  const quals: string[] = [];
  if (d.years !== null) {
    const phrase = random.pick(YEARS_PHRASES).replace("{n}", String(d.years)).replace("{m}", String(d.years + 2));
    quals.push(family === "dataScientist" ? phrase.replace("backend or software development", "data science or analytics") : phrase);
  }
  quals.push(...sample(QUALIFICATIONS[family], 2 + random.int(2), random));
  const stack = stackSentences(d.terms, random);
  // Split the skills between "what you bring" and "nice to have", as real postings do.
  const bonusCount = stack.length > 2 ? random.int(2) + 1 : 0;
  quals.push(...stack.slice(0, stack.length - bonusCount));
  blocks.push(heading(HEADINGS.qualifications), bullets(quals));
  if (bonusCount > 0) blocks.push(heading(HEADINGS.bonus), bullets(stack.slice(stack.length - bonusCount)));
  if (d.level === "entry level" || d.level === "internship") blocks.push(paragraph(random.pick(JUNIOR_NOTES)));

  if (d.pay) {
    const unit = d.pay.interval === "hourly" ? "an hour" : "a year";
    const sentence = random.pick(PAY_SENTENCES).replace("{min}", dollars(d.pay.min)).replace("{max}", dollars(d.pay.max))
      .replaceAll("{unit}", unit);
    blocks.push(heading(HEADINGS.pay), paragraph(sentence));
  }
  blocks.push(heading(HEADINGS.benefits), bullets(sample(BENEFITS, 2 + random.int(5), random)));
  if (random.chance(0.2)) {
    const steps = INTERVIEW_STEPS.slice(random.int(2), 3 + random.int(4));
    blocks.push(`**${escapeMarkdown("Our interview process")}**`, bullets(steps));
  }

  const emails = Array.from({ length: d.emailCount }, () =>
    `${random.pick(EMAIL_NAMES)}@${random.pick(EMAIL_DOMAINS)}`).filter((e, i, all) => all.indexOf(e) === i);
  while (emails.length < d.emailCount) emails.push(`${random.pick(EMAIL_NAMES)}${emails.length}x@example.com`);
  // Addresses go in unescaped: they hold no character JobSpy escapes.
  if (emails.length > 0) blocks.push(escapeMarkdown(random.pick(EMAIL_SENTENCES)).replace("{emails}", emails.join(", ")));
  blocks.push(paragraph(fill(random.pick(CLOSERS))));

  // JobSpy's Markdown keeps the HTML's loose spacing: vary the gaps a little.
  const description = blocks.map((b, i) => (i === 0 ? b : (random.chance(0.3) ? " \n\n\n" : "\n\n") + b)).join("");
  return { title, description, emails };
}

const MODE_ORDER = ["remote", "hybrid", "onSite"];
function byMode(a: string, b: string): number {
  return MODE_ORDER.indexOf(a) - MODE_ORDER.indexOf(b);
}

/** One sentence per category of chosen terms, e.g. "Fluency in Java, Kotlin and SQL". */
function stackSentences(terms: readonly string[], random: Random): string[] {
  const byCategory = new Map<string, string[]>();
  for (const term of terms) {
    const style = TERM_STYLE[term];
    const category = style?.category ?? "tools";
    byCategory.set(category, [...(byCategory.get(category) ?? []), style?.text ?? term]);
  }
  return [...byCategory].map(([category, list]) =>
    random.pick(STACK_SENTENCES[category] ?? ["Experience with {terms}"]).replace("{terms}", listOf(random.shuffle(list))));
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function sample<T>(items: readonly T[], n: number, random: Random): T[] {
  return random.shuffle([...items]).slice(0, Math.min(n, items.length));
}

/** "$90,000", "$40", "$42.50": thousands separated, cents only when there are some. */
function dollars(amount: number): string {
  const [whole = "0", cents] = amount.toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return `$${grouped}${cents === "00" ? "" : `.${cents}`}`;
}
