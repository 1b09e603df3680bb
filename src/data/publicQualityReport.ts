import type { QualityReport } from "../ingest/QualityReport.ts";

/**
 * A dataset's quality report as the site publishes it: the same counts and examples, but
 * with paths cut to the dataset's own folder ("jobs_AL.csv", source "backend"), so the
 * file does not reveal where the data sat on the machine that built the site.
 */
export function publicQualityReport<R extends QualityReport>(report: R): R {
  const source = report.source.replaceAll("\\", "/").replace(/\/+$/, "");
  const folder = `${source}/`;
  const local = (file: string) => {
    const f = file.replaceAll("\\", "/");
    return f.startsWith(folder) ? f.slice(folder.length) : (f.split("/").at(-1) ?? f);
  };
  return {
    ...report,
    source: source.split("/").at(-1) ?? source,
    files: report.files.map((f) => ({ ...f, file: local(f.file) })),
    issues: report.issues.map((issue) => ({ ...issue, examples: issue.examples.map((e) => ({ ...e, file: local(e.file) })) })),
    unlistedFiles: report.unlistedFiles.map(local),
  };
}
