import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { formatNumber, type FormatName } from "../../src/lib/formatNumber.ts";
import { resolvePath } from "../../src/data/resolvePath.ts";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import { buildSite, readPage } from "../support/buildSite.ts";
import { wordingProblems } from "../support/proseChecks.ts";

let outDir = "";
beforeAll(() => {
  outDir = buildSite();
});

const json = (name: string) => JSON.parse(readFileSync(path.join(PROJECT_ROOT, "src", "generated", "analyses", `${name}.json`), "utf8"));
const page = (p: string) => parseHTML(readPage(outDir, p)).document;

describe.each(["/posts/part-1/", "/posts/part-2/", "/posts/what-the-postings-ask-for/"])("built post %s", (url) => {
  it("shows every number from the computed JSON, formatted as the prose says", () => {
    const doc = page(url);
    const stats = [...doc.querySelectorAll("data.stat")];
    expect(stats.length).toBeGreaterThan(20);
    for (const el of stats) {
      const of = el.getAttribute("data-of")!;
      const p = el.getAttribute("data-path")!;
      const expected = resolvePath(json(of), p);
      expect(Number(el.getAttribute("value")), `${of} ${p}`).toBe(expected);
      const scale = Number(el.getAttribute("data-scale") ?? "1");
      expect(el.textContent, `${of} ${p}`).toBe(formatNumber((expected as number) * scale, (el.getAttribute("data-format") ?? "int") as FormatName, { currency: el.getAttribute("data-currency") ?? undefined }));
    }
  });

  it("has no digits in its prose outside computed values, code, tables and charts", () => {
    const doc = page(url);
    const article = doc.querySelector("article") ?? doc.body;
    for (const sel of ["data", "pre", "code", "table", "svg", "figure", "time", ".post-meta", "nav", "h1", ".part-label", "script", "style"]) {
      for (const el of [...article.querySelectorAll(sel)]) el.remove();
    }
    const stray = (article.textContent ?? "").match(/[^\s]*\d[^\s]*/g) ?? [];
    expect(stray).toEqual([]);
  });

  it("reads as writing: no plural after one, double negative or capital after a semicolon", () => {
    // The default build (the real data and the data-scientist sample when ../shared is there)
    // printed "Data: …; The data-scientist postings (a comparison sample), 834 postings".
    const article = page(url).querySelector("article")!;
    for (const el of [...article.querySelectorAll("pre, code, table, svg, script, style")]) el.remove();
    expect(wordingProblems((article.textContent ?? "").replace(/\s+/g, " "))).toEqual([]);
  });

  it("has folds that are closed by default and have a summary", () => {
    const folds = [...page(url).querySelectorAll("details")];
    expect(folds.length).toBeGreaterThan(2);
    for (const d of folds) {
      expect(d.hasAttribute("open")).toBe(false);
      expect(d.querySelector("summary")?.textContent?.trim()).not.toBe("");
    }
  });

  it("shows highlighted analysis source in its code folds", () => {
    const code = [...page(url).querySelectorAll("details.fold-code pre")];
    expect(code.length).toBeGreaterThan(0);
    expect(code.some((pre) => /export function/.test(pre.textContent ?? ""))).toBe(true);
  });
});
