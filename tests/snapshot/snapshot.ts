import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { expect } from "vitest";

const OUTPUT = path.join(path.dirname(fileURLToPath(import.meta.url)), "__output__");

/**
 * Normalises rendered chart markup for a snapshot: numbers with decimals rounded to one
 * decimal, ids renumbered in order of appearance (references follow), one tag per line so
 * a diff shows what moved.
 */
export function normalise(html: string): string {
  const ids = new Map<string, string>();
  for (const [, id] of html.matchAll(/\sid="([^"]+)"/g)) if (id && !ids.has(id)) ids.set(id, `id-${ids.size}`);
  let out = html.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
  out = out.replace(/(\s(?:id|aria-labelledby|aria-describedby|href|for)=")([^"]*)"/g, (_, attribute: string, value: string) => {
    const renamed = value
      .split(" ")
      .map((token) => (token.startsWith("#") ? `#${ids.get(token.slice(1)) ?? token.slice(1)}` : (ids.get(token) ?? token)))
      .join(" ");
    return `${attribute}${renamed}"`;
  });
  return out.replace(/></g, ">\n<") + "\n";
}

/**
 * Compares markup with `__output__/<name>.html`. The file is written when missing (review
 * and commit it); on a difference `<name>-changed.html` is written beside it and the test
 * fails, so the two files can be diffed or opened in a browser.
 */
export function expectSnapshot(name: string, html: string): void {
  mkdirSync(OUTPUT, { recursive: true });
  const expectedFile = path.join(OUTPUT, `${name}.html`);
  const changedFile = path.join(OUTPUT, `${name}-changed.html`);
  const actual = normalise(html);
  if (!existsSync(expectedFile)) {
    writeFileSync(expectedFile, actual);
    return;
  }
  const expected = readFileSync(expectedFile, "utf8");
  if (actual === expected) return;
  writeFileSync(changedFile, actual);
  expect.fail(`${name}: output differs from ${path.relative(process.cwd(), expectedFile)}; see ${path.basename(changedFile)}`);
}

/** Parses markup into a fresh linkedom document, to query what a browser would see. */
export function parse(html: string): Document {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}

/** A label that would run script or template code if it were ever treated as markup. */
export const HOSTILE = `<script>alert(1)</script> {x} & "q" &lt;`;

/**
 * Asserts that `html` keeps {@link HOSTILE} as inert text: no script element after parsing,
 * and the exact characters come back as text.
 */
export function expectInert(html: string, containerText: (document: Document) => string): void {
  expect(html).not.toContain("<script");
  const document = parse(html);
  expect(document.querySelector("script")).toBeNull();
  expect(containerText(document)).toContain(HOSTILE);
}
