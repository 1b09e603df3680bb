import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireBuildLock } from "../../src/pipeline/buildLock.ts";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import { freshnessProblems } from "../../src/pipeline/freshness.ts";
import { jobspyCsv, posting, tempFiles } from "../support/jobspyCsv.ts";
import { builtRows, COMMANDS, commandEnv, run, scratchProject, start } from "../support/scratchProject.ts";

// Faults around precompute and the build, each in a scratch copy of the project: a
// folder left incomplete or edited, a precompute killed while it runs, a build told to
// use other data than the last precompute read, and two builds in one folder at once.
// In every case the build either publishes the data it was asked for or fails, saying why.

let dir = "";
let other = "";
const made: string[] = [];
const generated = (...parts: string[]) => path.join(dir, "src", "generated", ...parts);
const sourcesRows = () => (JSON.parse(readFileSync(generated("sources.json"), "utf8")) as { datasets: { backend: { rows: number } } }).datasets.backend.rows;
const outDir = (name: string) => path.join(dir, `dist-${name}`);
/** Every file under `root`, relative. */
const listFiles = (root: string) => readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
const bundled = () => JSON.parse(readFileSync(generated("sources.json"), "utf8")) as { bundledSample: boolean; datasets: Record<string, { bundledSample: boolean; source: string | null }> };

beforeAll(() => {
  dir = scratchProject("integrity-");
  made.push(dir);
  // Another dataset: seven postings, so a page built from it is told apart from the sample's,
  // by companies with one posting each whose order differs between locales (sv_SE sorts
  // å, ä, ö after z; da_DK "aa").
  const companies = ["Zeta Systems", "Ängelholm Data", "Örebro Tech", "Aalto Works", "Oslo Labs", "Vaxjo AB", "Wien GmbH"];
  other = path.join(tempFiles({ "jobs.csv": jobspyCsv(companies.map((company, i) => posting({ id: `o-${i}`, location: "Austin, TX", company }))) }), "jobs.csv");
  made.push(path.dirname(other));
});
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

describe("an incomplete or edited src/generated", () => {
  it("astro build names what is wrong, recomputes, and publishes the right data", () => {
    expect(run(dir, COMMANDS.precompute).status).toBe(0);
    // What an interrupted old-style precompute left: no manifest, no sources.json, one analysis gone.
    rmSync(generated("manifest.json"));
    rmSync(generated("sources.json"));
    rmSync(generated("analyses", "countByArea.json"));
    const r = run(dir, [...COMMANDS.astroBuild, "--outDir", outDir("repaired")]);
    expect(r.status, r.output_).toBe(0);
    expect(r.output_).toMatch(/src\/generated does not match this build: src\/generated: it has no manifest\.json: precompute did not finish/);
    // The about page knows it is the sample again (it said "scraped data" when sources.json was missing).
    expect(readFileSync(path.join(outDir("repaired"), "about", "index.html"), "utf8")).toContain("This build uses a synthetic sample");
    expect(builtRows(outDir("repaired"))).toBe(3060);

    // An edited file is found by its digest.
    writeFileSync(generated("analyses", "countByArea.json"), "[]\n");
    expect(run(dir, COMMANDS.precompute).output_).toMatch(/precompute: recomputing, src\/generated\/analyses\/countByArea\.json was changed after precompute wrote it/);
  }, 300_000);

  it("a precompute killed at any moment leaves either the previous folder or the new one, whole", async () => {
    const [sample, small] = [commandEnv(), commandEnv({ JOBS_DATA: other })];
    // Kill points spread over a whole run, timed on this machine now.
    const t0 = performance.now();
    expect(run(dir, [...COMMANDS.precompute, "--force"]).status).toBe(0);
    const whole = performance.now() - t0;
    let state = "new";
    for (const delay of [0.5, 0.8, 0.9, 0.97, 1.04].map((f) => Math.round(f * whole))) {
      if (state !== "previous") expect(run(dir, COMMANDS.precompute, { JOBS_DATA: other }).status).toBe(0);
      const job = start(dir, [...COMMANDS.precompute, "--force"]);
      await new Promise((r) => setTimeout(r, delay));
      job.child.kill("SIGKILL");
      await job.done;
      // Never a mix: the folder matches one whole computation (or, killed between the two
      // renames, is absent and the next build recomputes).
      const [asBefore, asAfter] = [await freshnessProblems(dir, small), await freshnessProblems(dir, sample)];
      state = asBefore.length === 0 ? "previous" : asAfter.length === 0 ? "new" : existsSync(generated()) ? asBefore.join("; ") : "absent";
      expect(["previous", "new", "absent"], `killed after ${delay} ms`).toContain(state);
    }
    // What an interrupted run left beside the folder is cleared by the next one.
    expect(run(dir, [...COMMANDS.precompute, "--force"], { JOBS_DATA: other }).status).toBe(0);
    expect(readdirSync(path.join(dir, "src")).filter((f) => f.startsWith(".generated"))).toEqual([]);
  }, 300_000);
});

describe("stale data", () => {
  it("JOBS_DATA=X astro build after a precompute of other data publishes X, saying why it recomputed", () => {
    expect(run(dir, COMMANDS.precompute).status).toBe(0);
    // Run in en_US whatever this machine's locale, for the comparison with sv_SE below.
    expect(sourcesRows()).toBe(3060);
    const r = run(dir, [...COMMANDS.astroBuild, "--outDir", outDir("other")], { JOBS_DATA: other, LANG: "en_US.UTF-8", LC_ALL: "en_US.UTF-8" });
    expect(r.status, r.output_).toBe(0);
    expect(r.output_).toContain(`dataset "backend" was computed from data/backend, this build reads ${other}`);
    expect(builtRows(outDir("other"))).toBe(7);
    // Nothing published names the machine's path to the data, and Part III names it by its file name.
    const leaks = listFiles(outDir("other")).filter((f) => readFileSync(path.join(outDir("other"), f)).includes(path.dirname(other)));
    const generatedLeaks = listFiles(generated()).filter((f) => f !== "manifest.json" && readFileSync(generated(f)).includes(path.dirname(other)));
    expect({ leaks, generatedLeaks }).toEqual({ leaks: [], generatedLeaks: [] });
    const part3 = parseHTML(readFileSync(path.join(outDir("other"), "posts", "what-the-postings-ask-for", "index.html"), "utf8")).document;
    expect(part3.body.textContent?.replace(/\s+/g, " ")).toMatch(/This build reads 7 postings from jobs\.csv\./);
  }, 300_000);

  it("the same data builds the same bytes under LANG/LC_ALL=sv_SE as under en_US", () => {
    // dist-other is the test above's build (astro build in en_US); this one differs only in the locale.
    const r = run(dir, [...COMMANDS.astroBuild, "--outDir", outDir("other-sv")], { JOBS_DATA: other, LANG: "sv_SE.UTF-8", LC_ALL: "sv_SE.UTF-8" });
    expect(r.status, r.output_).toBe(0);
    const files = listFiles(outDir("other")).sort();
    expect(listFiles(outDir("other-sv")).sort()).toEqual(files);
    const differing = files.filter((f) => !readFileSync(path.join(outDir("other"), f)).equals(readFileSync(path.join(outDir("other-sv"), f))));
    expect(differing).toEqual([]);
  }, 600_000);

  it("precompute skips unchanged data and code, saying so, and recomputes when a data file or an analysis changes", () => {
    expect(run(dir, COMMANDS.precompute).status).toBe(0);
    const skipped = run(dir, COMMANDS.precompute);
    expect(skipped.stdout).toMatch(/precompute: skipped, data and code unchanged since the last run/);
    expect(skipped.stdout).toMatch(/backend: data\/backend \(folder, \d+ files\)/); // the stored summary is still printed
    appendFileSync(path.join(dir, "src", "analysis", "countByArea.ts"), "\n// changed\n");
    expect(run(dir, COMMANDS.precompute).stdout).toMatch(/precompute: recomputing, code file src\/analysis\/countByArea\.ts changed/);
    const csv = path.join(dir, "data", "backend", "jobs_AL.csv");
    const original = readFileSync(csv, "utf8");
    writeFileSync(csv, original.replace("Engineer", "Engineers"));
    expect(run(dir, COMMANDS.precompute).stdout).toMatch(/precompute: recomputing, data file data\/backend\/jobs_AL\.csv changed/);
    writeFileSync(csv, original);
    expect(run(dir, COMMANDS.precompute).stdout).toMatch(/precompute: recomputing, data file data\/backend\/jobs_AL\.csv changed/);
    expect(run(dir, [...COMMANDS.precompute, "--force"]).stdout).not.toMatch(/precompute: skipped/);
  }, 600_000);
});

describe("a dataset with no usable postings", () => {
  it.each(["header-only.csv", "all-rows-skipped.csv"])("%s stops precompute and the build with one message, not a crash in a chart", (name) => {
    const input = path.join(PROJECT_ROOT, "tests", "fixtures", "hostile", "cases", name);
    const r = run(dir, COMMANDS.precompute, { JOBS_DATA: input });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`${name.replace(".", "\\.")}: has no usable postings: (the file has a header and no rows|all 2 rows were skipped \\(2 × ragged-row\\)); there is nothing to publish for dataset "backend"`));
    const b = run(dir, [...COMMANDS.astroBuild, "--outDir", outDir("empty")], { JOBS_DATA: input });
    expect(b.status).not.toBe(0);
    expect(b.output_).toContain("has no usable postings");
    expect(b.output_).not.toMatch(/TypeError/);
    expect(existsSync(path.join(outDir("empty"), "index.html"))).toBe(false);
  }, 300_000);
});

describe("the bundled sample is known by its content", () => {
  it("other data placed in data/ is not called the sample; the sample copied elsewhere still is", () => {
    const copy = path.join(dir, "..", `${path.basename(dir)}-sample-copy`);
    made.push(copy);
    cpSync(path.join(dir, "data"), copy, { recursive: true });
    expect(run(dir, COMMANDS.precompute, { JOBS_DATA: path.join(copy, "backend"), DS_DATA: path.join(copy, "data-scientist") }).status).toBe(0);
    expect(bundled().bundledSample).toBe(true);
    // Someone's scrape put where the sample was: same folder, other content.
    renameSync(path.join(dir, "data", "backend"), path.join(dir, "data", "backend-sample"));
    try {
      cpSync(path.dirname(other), path.join(dir, "data", "backend"), { recursive: true });
      writeFileSync(path.join(dir, "data", "backend", "areas.csv"), 'file,area\njobs.csv,"Austin, TX"\n');
      expect(run(dir, COMMANDS.precompute).status).toBe(0);
      expect(bundled().datasets["backend"]).toMatchObject({ source: "backend", bundledSample: false });
      expect(bundled().bundledSample).toBe(false);
      expect(JSON.parse(readFileSync(generated("analyses", "dataSource.json"), "utf8"))).toMatchObject({ bundledSample: false, rows: 7 });
    } finally {
      rmSync(path.join(dir, "data", "backend"), { recursive: true, force: true });
      renameSync(path.join(dir, "data", "backend-sample"), path.join(dir, "data", "backend"));
    }
  }, 300_000);
});

describe("two builds in one folder", () => {
  it("run at once with different data, each publishes its own data (one waits for the other)", async () => {
    const a = start(dir, [...COMMANDS.build, "--outDir", outDir("a")]);
    const b = start(dir, [...COMMANDS.build, "--outDir", outDir("b")], { JOBS_DATA: other });
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect(ra.status, ra.output).toBe(0);
    expect(rb.status, rb.output).toBe(0);
    expect(builtRows(outDir("a"))).toBeGreaterThan(1000);
    expect(builtRows(outDir("b"))).toBe(7);
    expect(ra.output + rb.output).toMatch(/waiting for another build in this folder \(PID \d+, npm run build\)/);
    expect(existsSync(path.join(dir, ".build-lock"))).toBe(false);
  }, 600_000);

  it("a precompute waits while another build holds the lock, and leaves src/generated alone until then", async () => {
    expect(run(dir, COMMANDS.precompute).status).toBe(0);
    const before = sourcesRows();
    const lock = await acquireBuildLock(dir, "a test holding the lock");
    const job = start(dir, COMMANDS.precompute, { JOBS_DATA: other });
    const waiting = /waiting for another build in this folder \(PID \d+, a test holding the lock\)/;
    for (let waited = 0; !waiting.test(job.output()) && waited < 120_000; waited += 250) await new Promise((r) => setTimeout(r, 250));
    expect(job.output()).toMatch(waiting);
    await new Promise((r) => setTimeout(r, 1000));
    expect(sourcesRows()).toBe(before);
    lock.release();
    expect((await job.done).status).toBe(0);
    expect(sourcesRows()).toBe(7);
  }, 300_000);
});

describe("a script that reached a page at build time", () => {
  it("fails npm run build at its CSP step, naming the page and the script (it used to be hashed into the policy)", () => {
    // A page that lets markup through unescaped, as a data-bound set:html would.
    const page = path.join(dir, "src", "pages", "injected.astro");
    writeFileSync(page, `---\nconst markup = "<p>Acme</p><script>window.pwned = 1</script>";\n---\n<html lang="en"><head><meta charset="utf-8" /><title>x</title></head><body><Fragment set:html={markup} /></body></html>\n`);
    try {
      const r = run(dir, [...COMMANDS.build, "--outDir", outDir("injected")], { JOBS_DATA: other });
      expect(r.status, r.output_).toBe(1);
      expect(r.stderr).toContain("injected/index.html: <script>window.pwned = 1</script>: an inline script that is not one of the project's own");
      expect(r.stderr).toMatch(/build failed at csp; .* is not a finished site/);
      // Only the injected page is named: the site's own pages pass.
      expect(r.stderr).not.toMatch(/^(index|about\/index|posts\/[^:]+)\.html:/m);
    } finally {
      rmSync(page, { force: true });
    }
  }, 600_000);
});
