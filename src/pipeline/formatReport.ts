import type { QualityReport } from "../ingest/QualityReport.ts";

/** A readable summary of a quality report, for the terminal. */
export function formatReport(report: QualityReport, extra: { unknownAreas?: readonly string[] } = {}): string {
  const lines = [
    `${report.dataset}: ${report.source} (${report.mode}, ${report.files.length} file${report.files.length === 1 ? "" : "s"})`,
    `  ${report.rowsRead} rows read, ${report.rowsKept} kept, ${report.rowsSkipped} skipped`,
    `  area: ${report.areaSource}`,
  ];
  for (const issue of report.issues) {
    const first = issue.examples[0];
    const where = first ? ` (first: ${first.file}:${first.line}, column ${first.column})` : "";
    lines.push(`  ${issue.count} × ${issue.kind}: ${issue.about}; ${issue.action}${where}`);
  }
  for (const file of report.files) {
    if (file.unknownColumns.length > 0) {
      lines.push(`  ${file.file}: unknown columns not used: ${file.unknownColumns.join(", ")}`);
    }
    if (file.layout === "jobspy-28") lines.push(`  ${file.file}: older 28-column JobSpy layout (later columns counted as empty)`);
    if (file.blankLines > 0) lines.push(`  ${file.file}: ${file.blankLines} blank line(s) ignored`);
  }
  if (report.unlistedFiles.length > 0) {
    lines.push(`  not in areas.csv, so not read: ${report.unlistedFiles.join(", ")}`);
  }
  if (extra.unknownAreas && extra.unknownAreas.length > 0) {
    lines.push(`  areas missing from the gazetteer (listed, not mapped): ${extra.unknownAreas.join("; ")}`);
  }
  return lines.join("\n");
}
