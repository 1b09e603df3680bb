import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import { buildSite } from "../support/buildSite.ts";

// Issue 10 item 12: a company name with an unterminated U+202E (RIGHT-TO-LEFT OVERRIDE)
// must not mirror the site's own text after it. The LinkedIn fixture's top company is
// renamed "Northwind<U+202E> Systems" and the site built from it; every place the name is
// printed must isolate it: <bdi> in HTML (prose, lists, tables), FSI … PDI in plain text
// (SVG <text>, <title> tooltips, attributes).

const RLO = "\u202E";
const FSI = "\u2068";
const PDI = "\u2069";
const FIXTURE = path.join(PROJECT_ROOT, "tests", "fixtures", "jobspy", "linkedin-us.csv");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? htmlFiles(file) : name.endsWith(".html") ? [file] : [];
  });
}

/** Is this occurrence of U+202E inside FSI … PDI within the same string? */
function isolatedIn(text: string, at: number): boolean {
  const open = text.lastIndexOf(FSI, at);
  const close = text.indexOf(PDI, at);
  return open !== -1 && close !== -1 && text.lastIndexOf(PDI, at) < open;
}

describe("a company name with an unterminated U+202E, built into the site", () => {
  const found = { bdi: 0, svgText: 0, svgTitle: 0, attribute: 0 };
  const leaks: string[] = [];

  beforeAll(() => {
    const csv = readFileSync(FIXTURE, "utf8");
    expect(csv).toContain('"Northwind Systems"');
    const dir = mkdtempSync(path.join(tmpdir(), "bidi-"));
    const input = path.join(dir, "jobs.csv");
    writeFileSync(input, csv.replaceAll('"Northwind Systems"', `"Northwind${RLO} Systems"`));
    const out = buildSite({ JOBS_DATA: input });
    for (const file of htmlFiles(out)) {
      const doc = parseHTML(readFileSync(file, "utf8")).document;
      const where = path.relative(out, file);
      const walker = doc.createTreeWalker(doc.documentElement, 4 /* text */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.nodeValue ?? "";
        const parent = node.parentElement;
        if (!text.includes(RLO) || !parent || ["script", "style"].includes(parent.localName)) continue;
        for (let at = text.indexOf(RLO); at !== -1; at = text.indexOf(RLO, at + 1)) {
          if (parent.closest("bdi")) found.bdi++;
          else if (isolatedIn(text, at) && parent.closest("svg")) found[parent.localName === "title" ? "svgTitle" : "svgText"]++;
          else if (!isolatedIn(text, at)) leaks.push(`${where}: <${parent.localName}> "${text.slice(0, 80)}"`);
        }
      }
      for (const element of doc.querySelectorAll("*")) {
        for (const attribute of Array.from(element.attributes)) {
          const value = attribute.value;
          for (let at = value.indexOf(RLO); at !== -1; at = value.indexOf(RLO, at + 1)) {
            if (isolatedIn(value, at)) found.attribute++;
            else leaks.push(`${where}: <${element.localName} ${attribute.name}="${value.slice(0, 80)}">`);
          }
        }
      }
    }
  }, 600_000);

  it("isolates it everywhere it is printed: no occurrence outside <bdi> or FSI … PDI", () => {
    expect(leaks).toEqual([]);
  });

  it("prints it in prose or tables (<bdi>), SVG text, SVG tooltips and the island's attributes", () => {
    expect(found.bdi).toBeGreaterThan(0);
    expect(found.svgText).toBeGreaterThan(0);
    expect(found.svgTitle).toBeGreaterThan(0);
    expect(found.attribute).toBeGreaterThan(0);
  });
});
