import { readFile } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../ingest/InputError.ts";
import { AnalysisFailure } from "./AnalysisFailure.ts";
import { printable, safeLine, safeLines } from "../lib/terminalText.ts";
import { acquireBuildLock, LockTimeout } from "./buildLock.ts";
import { PROJECT_ROOT } from "./dataSources.ts";
import { requestFromEnv } from "./freshness.ts";
import { formatReport } from "./formatReport.ts";
import { GENERATED_DIR, type PlacesFile, type QualityFile } from "./outputs.ts";
import { checkOutputs, describeComputation, differences, readManifest } from "./manifest.ts";
import { precompute } from "./precompute.ts";
import { WriteError } from "./writeGenerated.ts";

/** Where the command prints: the quality summary and progress to `out`, failures to `err`. */
export interface Console {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** What the entry script knows: the project files loaded so far (its code) and its own path. */
export interface CommandContext {
  readonly loadedModules: () => readonly string[];
  readonly argv?: readonly string[];
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly console?: Console;
  readonly root?: string;
}

/**
 * `npm run precompute`: under the build lock, computes every analysis into src/generated/
 * unless the manifest there shows the same data, code and settings (then it says it
 * skipped, and prints the stored quality summary). `--force` recomputes anyway. Returns
 * the exit code; messages never carry a stack for input or disk problems.
 */
export async function main(context: CommandContext): Promise<number> {
  const root = context.root ?? PROJECT_ROOT;
  const env = context.env ?? process.env;
  // Every line printed is escaped: messages carry names from the data (src/lib/terminalText.ts).
  const given = context.console ?? { out: (t: string) => console.log(t), err: (t: string) => console.error(t) };
  // out: summaries, whose lines formatReport escapes; err: one-line failures, escaped whole.
  const say = { out: (t: string) => given.out(safeLines(t)), err: (t: string) => given.err(safeLine(t)) };
  const force = (context.argv ?? process.argv.slice(2)).includes("--force");
  const started = performance.now();
  const outDir = path.join(root, GENERATED_DIR);
  const ownCode = () => context.loadedModules().filter((f) => isProjectFile(f, root));

  let lock;
  try {
    lock = await acquireBuildLock(root, "precompute", { env, log: say.err });
  } catch (error) {
    if (error instanceof LockTimeout) {
      say.err(`precompute failed: ${error.message}`);
      return 1;
    }
    throw error;
  }
  try {
    const request = requestFromEnv(env, root);
    const previous = await readManifest(outDir);
    const codeFiles = [...ownCode(), ...("manifest" in previous ? previous.manifest.code.map((c) => path.join(root, c.file)) : [])];
    const computation = await describeComputation({ ...request, codeFiles });
    if ("manifest" in previous && !force) {
      const changed = differences(previous.manifest, computation, root);
      const damaged = changed.length === 0 ? await checkOutputs(outDir, previous.manifest) : [];
      if (changed.length === 0 && damaged.length === 0) {
        await printStoredSummary(outDir, root, say.out);
        say.out(`precompute: skipped, data and code unchanged since the last run (${GENERATED_DIR}/manifest.json); --force recomputes`);
        return 0;
      }
      say.out(`precompute: recomputing, ${[...changed, ...damaged.map((d) => `${GENERATED_DIR}/${d}`)].slice(0, 3).map(printable).join("; ")}`);
    }
    const result = await precompute(request.sources, outDir, {
      today: request.settings["today"], projectRoot: root, log: say.out, shownDir: GENERATED_DIR,
      // The modules this run loaded, listed after it (in case the computation loaded more).
      computation: await describeComputation({ ...request, codeFiles: ownCode() }),
    });
    const rows = Object.values(result.datasets).reduce((n, d) => n + d.rows.length, 0);
    say.out(`precompute: ${rows} rows, ${result.files.length} JSON files in ${GENERATED_DIR} (${Math.round(performance.now() - started)} ms)`);
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof WriteError || error instanceof AnalysisFailure) {
      say.err(`precompute failed: ${error.message}${error instanceof WriteError ? `; the previous ${GENERATED_DIR} is unchanged` : ""}`);
      return 1;
    }
    throw error;
  } finally {
    lock.release();
  }
}

/** A project file whose content is code the output depends on (not a dependency: the lockfile stands for those). */
function isProjectFile(file: string, root: string): boolean {
  const rel = path.relative(root, file);
  return !rel.startsWith("..") && !path.isAbsolute(rel) && !rel.split(path.sep).includes("node_modules");
}

/** The quality summaries of the last run, from the files it wrote. */
async function printStoredSummary(outDir: string, root: string, out: (text: string) => void): Promise<void> {
  const places = JSON.parse(await readFile(path.join(outDir, "places.json"), "utf8")) as PlacesFile;
  const manifest = await readManifest(outDir);
  if (!("manifest" in manifest)) return;
  for (const { file } of manifest.manifest.outputs.filter((o) => o.file.startsWith("quality/"))) {
    const report = JSON.parse(await readFile(path.join(outDir, file), "utf8")) as QualityFile;
    out(formatReport(localReport(report, manifest.manifest.sources.datasets[report.dataset] ?? null, root), {
      unknownAreas: places.unknownAreas, ...(report.locations && { locations: report.locations }),
    }));
  }
}

/** A stored (publishable) report with its paths shown as on this machine again, from the manifest's source. */
function localReport(report: QualityFile, source: string | null, root: string): QualityFile {
  if (source === null) return report;
  const rel = path.relative(root, source);
  const shownSource = rel === "" || rel.startsWith("..") ? source : rel;
  const inFolder = (f: string) => (report.mode === "folder" ? path.join(shownSource, f) : shownSource);
  return {
    ...report,
    source: shownSource,
    files: report.files.map((f) => ({ ...f, file: inFolder(f.file) })),
    issues: report.issues.map((i) => ({ ...i, examples: i.examples.map((e) => ({ ...e, file: inFolder(e.file) })) })),
  };
}
