import type { QualityReport } from "../ingest/QualityReport.ts";

// What the site may say about where data came from. Precompute writes only these forms
// into src/generated/ (the quality reports, sources.json, the dataSource analysis), so no
// page, download or search index can reveal where the data sat on the machine that built
// the site. The terminal keeps the full paths; so does src/generated/manifest.json, which
// pages never read.

/** The name of a source as published: its file or folder name ("backend", "jobs.csv"), never a path. */
export function publishableName(source: string): string {
  const parts = source.replaceAll("\\", "/").replace(/\/+$/, "").split("/");
  return parts.at(-1) || "data";
}

/**
 * A dataset's quality report as the site publishes it: the same counts and examples, with
 * paths cut to the dataset's own folder ("jobs_AL.csv", source "backend").
 */
export function publishableReport<R extends QualityReport>(report: R): R {
  const source = report.source.replaceAll("\\", "/").replace(/\/+$/, "");
  const folder = `${source}/`;
  const local = (file: string) => {
    const f = file.replaceAll("\\", "/");
    return f.startsWith(folder) ? f.slice(folder.length) : publishableName(f);
  };
  return {
    ...report,
    source: publishableName(source),
    files: report.files.map((f) => ({ ...f, file: local(f.file) })),
    issues: report.issues.map((issue) => ({ ...issue, examples: issue.examples.map((e) => ({ ...e, file: local(e.file) })) })),
    unlistedFiles: report.unlistedFiles.map(local),
  };
}
