import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
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
 * Compares markup, normalised, with `__output__/<name>.html` through vitest's
 * `toMatchFileSnapshot`, so vitest's rules apply: in CI (`CI=true`) a missing or changed
 * snapshot fails; on a developer's machine a missing one is written (review and commit
 * it) and a changed one fails until `vitest -u` accepts it. On a difference the new markup
 * is also written to `<name>-changed.html` beside it, to diff or open in a browser.
 */
export async function expectSnapshot(name: string, html: string): Promise<void> {
  const expectedFile = path.join(OUTPUT, `${name}.html`);
  const changedFile = path.join(OUTPUT, `${name}-changed.html`);
  const actual = normalise(html);
  const shown = path.relative(process.cwd(), expectedFile);
  const message = existsSync(expectedFile)
    ? `${name}: output differs from ${shown}; see ${path.basename(changedFile)}`
    : `${name}: ${shown} is missing (run vitest outside CI to write it, review it and commit it); the output is in ${path.basename(changedFile)}`;
  rmSync(changedFile, { force: true });
  try {
    await expect(actual, message).toMatchFileSnapshot(expectedFile);
  } catch (error) {
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(changedFile, actual);
    throw error;
  }
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
