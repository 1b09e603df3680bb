import { existsSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { buildSite, readPage } from "../support/buildSite.ts";
import { jobspyCsv, posting, tempFiles } from "../support/jobspyCsv.ts";

describe("the posts build from other data", () => {
  it("a small plain JobSpy CSV (no area column, no hourly pay, no data-scientist set, an unknown place) builds both posts", () => {
    const rows = [
      posting({ id: "1", location: "Austin, TX", job_level: "entry level", interval: "yearly", min_amount: 100000, max_amount: 120000, currency: "USD" }),
      posting({ id: "2", location: "Austin, TX", job_level: "mid-senior level", is_remote: true }),
      posting({ id: "3", location: "Denver, CO", job_level: "mid-senior level", company: "<script>alert(1)</script>" }),
      posting({ id: "4", location: "Nowhere Town, ZZ", job_level: "associate" }),
    ];
    const dir = tempFiles({ "jobs.csv": jobspyCsv(rows) });
    const out = buildSite({ JOBS_DATA: path.join(dir, "jobs.csv") });
    for (const post of ["/posts/part-1/", "/posts/part-2/"]) {
      expect(existsSync(path.join(out, post, "index.html"))).toBe(true);
    }
    const part1 = parseHTML(readPage(out, "/posts/part-1/")).document;
    // The unknown place is named as unplaceable, not dropped.
    expect(part1.body.textContent).toContain("Nowhere Town, ZZ");
    // Findings whose rule does not hold on 4 rows in 3 places are left out (src/analysis/areaConcentration.ts, levelFindings.ts).
    const text1 = part1.body.textContent ?? "";
    expect(text1).not.toMatch(/limit per search|returned exactly|big hubs|mid-sized cities|The smallest search/);
    const text2 = parseHTML(readPage(out, "/posts/part-2/")).document.body.textContent ?? "";
    expect(text2).not.toMatch(/scraper.s limit|West Coast|at or above the middle/);
    // Untrusted text stays text.
    const html2 = readPage(out, "/posts/part-2/");
    expect(html2).not.toContain("<script>alert(1)</script>");
    // No script element, inline or not, carries the hostile text (its own or escaped).
    const scripts = [...parseHTML(html2).document.querySelectorAll("script")].map((s) => s.textContent ?? "");
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => s.includes("alert(1)"))).toEqual([]);
    // ... and the company is still shown, as text.
    expect(text2).toContain("<script>alert(1)</script>");
  });
});
