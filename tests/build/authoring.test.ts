import { execSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";

/** A scratch copy of the project (node_modules linked) where the tutorial may write files. */
function scratchProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "authoring-"));
  for (const entry of ["src", "content", "data", "scripts", "public", "astro.config.mjs", "package.json", "tsconfig.json"]) {
    cpSync(path.join(PROJECT_ROOT, entry), path.join(dir, entry), { recursive: true, filter: (src) => !src.includes(`${path.sep}generated`) });
  }
  symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

/** The environment for commands, without what vitest adds (BASE_URL and friends). */
const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "FORCE_COLOR"].includes(k) && !k.startsWith("VITEST"))), NO_COLOR: "1" };
/** Output as a reader sees it, without terminal colour codes (CI may force colour). */
const plain = (text: string) => text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), "");

/** Runs the tutorial in docs/authoring.md: every fence whose info string carries an instruction. */
function runTutorial(dir: string): string[] {
  const doc = readFileSync(path.join(PROJECT_ROOT, "docs", "authoring.md"), "utf8");
  const done: string[] = [];
  for (const [, lang, meta = "", body = ""] of doc.matchAll(/^```(\w+) ([^\n]+)\n([\s\S]*?)^```/gm)) {
    const [verb, ...rest] = meta.split(" ");
    const arg = rest.join(" ");
    if (lang === "sh" && verb === "run") {
      execSync(body.trim(), { cwd: dir, env, stdio: "pipe" });
    } else if (verb?.startsWith("file=")) {
      writeFileSync(path.join(dir, verb.slice(5)), body);
    } else if (verb?.startsWith("append-to=")) {
      const target = path.join(dir, verb.slice(10));
      writeFileSync(target, `${readFileSync(target, "utf8")}\n${body}`);
    } else if (verb?.startsWith("insert-into=")) {
      const target = path.join(dir, verb.slice(12));
      const anchor = arg.replace(/^after=/, "");
      const text = readFileSync(target, "utf8");
      const at = text.indexOf(anchor);
      if (at === -1) throw new Error(`tutorial: "${anchor}" not found in ${verb.slice(12)}`);
      const lineEnd = text.indexOf("\n", at) + 1;
      writeFileSync(target, text.slice(0, lineEnd) + body + text.slice(lineEnd));
    } else {
      continue;
    }
    done.push(`${lang} ${meta}`);
  }
  return done;
}

describe("docs/authoring.md, run step by step", () => {
  let dir = "";
  let steps: string[] = [];
  beforeAll(() => {
    dir = scratchProject();
    steps = runTutorial(dir);
  }, 300_000);

  it("scaffolds a post, adds an analysis with one registration line, builds, and the chart is in the output", () => {
    expect(steps.length).toBeGreaterThanOrEqual(6);
    const html = readFileSync(path.join(dir, "dist", "posts", "remote-work-by-level", "index.html"), "utf8");
    const doc = parseHTML(html).document;
    expect(doc.querySelector("figure#bars-remote-postings-by-level svg")).not.toBeNull();
    const json = JSON.parse(readFileSync(path.join(dir, "src", "generated", "analyses", "remoteByLevel.json"), "utf8"));
    const first = doc.querySelector('data.stat[data-of="remoteByLevel"][data-path="[0].remote"]');
    expect(Number(first?.getAttribute("value"))).toBe(json[0].remote);
    expect([...doc.querySelectorAll("details.fold-code")].some((d) => /export function remoteByLevel/.test(d.textContent ?? ""))).toBe(true);
  });

  const build = () => spawnSync("npx", ["astro", "build", "--outDir", path.join(dir, "dist-errors")], { cwd: dir, env, encoding: "utf8" });
  const post = () => path.join(dir, "content", "posts", "remote-work-by-level.mdx");

  it("a misspelt field fails with the post's file and line", () => {
    const good = readFileSync(post(), "utf8");
    const line = good.split("\n").findIndex((l) => l.includes('path="[0].remote"')) + 1;
    writeFileSync(post(), good.replace('path="[0].remote"', 'path="[0].remot"'));
    const r = build();
    writeFileSync(post(), good);
    expect(r.status).not.toBe(0);
    expect(plain(r.stdout + r.stderr)).toContain(`content/posts/remote-work-by-level.mdx:${line}:`);
    expect(plain(r.stdout + r.stderr)).toMatch(/has no "remot"; it has fields: level, remote, share/);
  }, 120_000);

  it("a bad frontmatter field and an unconfigured dataset say which and why", () => {
    const good = readFileSync(post(), "utf8");
    writeFileSync(post(), good.replace(/^part: \d+$/m, "part: 0").replace(/^datasets: .*$/m, 'datasets: ["frontend"]'));
    const r = build();
    writeFileSync(post(), good);
    expect(r.status).not.toBe(0);
    const out = plain(r.stdout + r.stderr);
    expect(out).toMatch(/remote-work-by-level/);
    expect(out).toMatch(/part: part starts at 1/);
    expect(out).toMatch(/dataset "frontend" is not configured \(configured: backend, data-scientist/);
  }, 120_000);

  it("a dataset whose data is missing names the path", () => {
    const r = spawnSync(process.execPath, ["--experimental-strip-types", "scripts/precompute.ts"], { cwd: dir, env: { ...env, DS_DATA: "data/no-such-folder" }, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/data\/no-such-folder: does not exist/);
    expect(existsSync(path.join(dir, "src", "generated", "analyses", "remoteByLevel.json"))).toBe(true);
  });
});
