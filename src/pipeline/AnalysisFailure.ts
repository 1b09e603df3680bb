import path from "node:path";

/**
 * An analysis threw while precompute ran it. The message names the analysis,
 * the place in its file where it failed (the first stack frame under
 * src/analysis/, the registered file preferred) and the original error, so
 * the terminal and the dev overlay say which analysis to fix, not a bare
 * TypeError.
 */
export class AnalysisFailure extends Error {
  override readonly name = "AnalysisFailure";
  readonly analysis: string;
  /** `src/analysis/<file>.ts:line:column`, or the registered file alone when the stack does not reach it. */
  readonly where: string;
  constructor(analysis: string, source: string, error: unknown, projectRoot: string) {
    const where = failurePlace(error, source, projectRoot);
    const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    super(`analysis "${analysis}" failed at ${where}: ${cause}`, { cause: error });
    this.analysis = analysis;
    this.where = where;
  }
}

/** The first frame of `error`'s stack in src/analysis/ (the registered `source` first), as a project-relative file:line:column. */
function failurePlace(error: unknown, source: string, projectRoot: string): string {
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  const frames = [...stack.matchAll(/(?:file:\/\/)?(\/[^\s():]+\.ts):(\d+):(\d+)/g)].map((m) => ({
    file: path.relative(projectRoot, m[1]!).split(path.sep).join("/"),
    line: m[2]!,
    column: m[3]!,
  }));
  const registered = `src/analysis/${source}`;
  const frame = frames.find((f) => f.file === registered) ?? frames.find((f) => f.file.startsWith("src/analysis/"));
  return frame ? `${frame.file}:${frame.line}:${frame.column}` : registered;
}
