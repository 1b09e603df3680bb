import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";
import { jobspyCsv, posting, tempFiles } from "../support/jobspyCsv.ts";

/** A scratch copy of the project (node_modules linked) that the test may edit while the dev server runs. */
function scratchProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dev-"));
  for (const entry of ["src", "content", "data", "scripts", "public", "astro.config.mjs", "package.json", "tsconfig.json"]) {
    cpSync(path.join(PROJECT_ROOT, entry), path.join(dir, entry), { recursive: true, filter: (src) => !src.includes(`${path.sep}generated`) });
  }
  symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

const freePort = () => new Promise<number>((resolve) => {
  const server = createServer().listen(0, "127.0.0.1", () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  });
});

/** The author's own scrape, outside data/ (JOBS_DATA): four postings, then five. */
const rows = [
  posting({ id: "1", location: "Austin, TX", job_level: "entry level", interval: "yearly", min_amount: 100000, max_amount: 120000, currency: "USD" }),
  posting({ id: "2", location: "Austin, TX", job_level: "mid-senior level", is_remote: true }),
  posting({ id: "3", location: "Denver, CO", job_level: "mid-senior level" }),
  posting({ id: "4", location: "Denver, CO", job_level: "associate" }),
  posting({ id: "5", location: "Seattle, WA", job_level: "mid-senior level" }),
];
const scrape = path.join(tempFiles({ "jobs.csv": jobspyCsv(rows.slice(0, 4)) }), "jobs.csv");

const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "FORCE_COLOR"].includes(k) && !k.startsWith("VITEST"))), NO_COLOR: "1", ASTRO_TELEMETRY_DISABLED: "1", JOBS_DATA: scrape };

/** Polls `check` every half second until it returns a value or `ms` pass. */
async function until<T>(what: string, ms: number, check: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe("npm run dev picks up a new analysis, changed data and a failing analysis without a restart", () => {
  let dir = "";
  let server: ChildProcess | undefined;
  let log = "";
  let url = "";
  const page = async (p: string) => {
    const r = await fetch(url + p);
    return { status: r.status, html: await r.text() };
  };

  beforeAll(async () => {
    dir = scratchProject();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const node = process.execPath;
    // What `npm run dev` runs: precompute (predev), then astro dev.
    await new Promise<void>((resolve, reject) => {
      const pre = spawn(node, ["--experimental-strip-types", "scripts/precompute.ts"], { cwd: dir, env, stdio: "ignore" });
      pre.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`precompute exited ${code}`))));
    });
    server = spawn(node, [path.join(dir, "node_modules", "astro", "bin", "astro.mjs"), "dev", "--port", String(port), "--host", "127.0.0.1"], { cwd: dir, env });
    server.stdout!.on("data", (d) => (log += d));
    server.stderr!.on("data", (d) => (log += d));
    await until("the dev server", 120_000, async () => ((await page("/posts/part-1/")).status === 200 ? true : undefined));
  }, 200_000);

  afterAll(() => {
    if (server?.pid) process.kill(server.pid);
  });

  it("registers an analysis, uses it in a post, and the page renders its number", async () => {
    writeFileSync(path.join(dir, "src", "analysis", "postingCount.ts"),
      `import type { Job } from "../ingest/Job.ts";\n\n/** Postings in the dataset. */\nexport function postingCount(rows: readonly Job[]): { total: number } {\n  return { total: rows.length };\n}\n`);
    const registry = path.join(dir, "src", "analysis", "registry.ts");
    writeFileSync(registry, readFileSync(registry, "utf8")
      .replace('import { topCompanies } from "./topCompanies.ts";', 'import { topCompanies } from "./topCompanies.ts";\nimport { postingCount } from "./postingCount.ts";')
      .replace("export const analyses = {", 'export const analyses = {\n  postingCount: spec("backend", "postingCount.ts", (d) => postingCount(d.rows)),'));
    await until("precompute to write postingCount.json", 60_000, async () => (readFileSync(path.join(dir, "src", "generated", "analyses", "postingCount.json"), "utf8") ? true : undefined));
    const post = path.join(dir, "content", "posts", "part-1.mdx");
    writeFileSync(post, `${readFileSync(post, "utf8")}\nAll told, <Stat of="postingCount" path="total" /> postings.\n`);
    const expected = JSON.parse(readFileSync(path.join(dir, "src", "generated", "analyses", "postingCount.json"), "utf8")).total as number;
    const html = await until("the page to show the new number", 60_000, async () => {
      const r = await page("/posts/part-1/");
      return r.status === 200 && r.html.includes('data-of="postingCount"') ? r.html : undefined;
    });
    expect(expected).toBe(4);
    expect(html).toMatch(new RegExp(`<data class="stat" value="${expected}" data-of="postingCount" data-path="total"`));
    expect(log).not.toMatch(/unknown analysis "postingCount"/);
  }, 150_000);

  it("re-runs precompute when the JOBS_DATA file outside data/ changes", async () => {
    writeFileSync(scrape, jobspyCsv(rows));
    await until("the page to show five postings", 60_000, async () => {
      const r = await page("/posts/part-1/");
      return r.html.includes('<data class="stat" value="5" data-of="postingCount" data-path="total"') ? true : undefined;
    });
  }, 90_000);

  it("an analysis that throws is named with its file and line in the terminal", async () => {
    const file = path.join(dir, "src", "analysis", "postingCount.ts");
    writeFileSync(file, readFileSync(file, "utf8").replace("return { total: rows.length };", "const none = null as unknown as { length: number };\n  return { total: none.length };"));
    const line = readFileSync(file, "utf8").split("\n").findIndex((l) => l.includes("none.length")) + 1;
    const message = await until("precompute to report the failure", 60_000, async () => /precompute failed:[\s\S]*$/.exec(log)?.[0]);
    const named = new RegExp(`analysis "postingCount" failed at src/analysis/postingCount\\.ts:${line}:\\d+: TypeError`);
    expect(message).toMatch(named);
    // A page that loads now gets the same message in the error overlay (Vite's HMR socket).
    const ws = new WebSocket(`${url.replace("http", "ws")}/`, "vite-hmr");
    const overlay = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no overlay message")), 20_000);
      ws.addEventListener("message", (event) => {
        const m = JSON.parse(String(event.data)) as { type: string; err?: { message: string } };
        if (m.type === "error" && m.err) {
          clearTimeout(timer);
          // The overlay's payload is HTML-escaped.
          resolve(m.err.message.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"));
        }
      });
    });
    ws.close();
    expect(overlay).toMatch(named);
  }, 90_000);
});
