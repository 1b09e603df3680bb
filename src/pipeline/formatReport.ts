import type { QualityReport } from "../ingest/QualityReport.ts";
import { CURRENT_LAYOUT } from "../ingest/layouts.ts";
import { printable } from "../lib/terminalText.ts";
import type { PlacementSummary } from "../places/PlacesFile.ts";

/**
 * A readable summary of a quality report, for the terminal. Names from the data (files,
 * columns, areas, levels, locations) are escaped line by line (src/lib/terminalText.ts):
 * a control character or newline in them can neither move the cursor nor add a line.
 */
export function formatReport(report: QualityReport, extra: { unknownAreas?: readonly string[]; locations?: PlacementSummary } = {}): string {
  const lines = [
    `${report.dataset}: ${report.source} (${report.mode}, ${report.files.length} file${report.files.length === 1 ? "" : "s"})`,
    `  ${report.rowsRead} rows read, ${report.rowsKept} kept, ${report.rowsSkipped} skipped`,
    `  area: ${report.areaSource}`,
    `  as of: ${report.asOf.date ?? "no date"} (${report.asOf.rule})`,
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
    if (file.layout !== CURRENT_LAYOUT) lines.push(`  ${file.file}: ${file.layoutDescription} (columns it lacks are "not in this layout")`);
    if (file.derivedIds > 0) lines.push(`  ${file.file}: ${file.derivedIds} id(s) derived from job_url`);
    if (file.blankLines > 0) lines.push(`  ${file.file}: ${file.blankLines} blank line(s) ignored`);
  }
  if (report.unknownLevels.length > 0) {
    lines.push(`  job levels that are not LinkedIn's: ${report.unknownLevels.map((l) => `${l.level} (${l.count})`).join(", ")}`);
  }
  if (report.unlistedFiles.length > 0) {
    lines.push(`  not in areas.csv, so not read: ${report.unlistedFiles.join(", ")}`);
  }
  if (extra.unknownAreas && extra.unknownAreas.length > 0) {
    lines.push(`  areas missing from the gazetteer (listed, not mapped): ${extra.unknownAreas.join("; ")}`);
  }
  const places = extra.locations;
  if (places && places.cityLevel.rows > 0) {
    const share = Math.round((1000 * places.cityLevel.placed) / places.cityLevel.rows) / 10;
    lines.push(`  locations: ${places.cityLevel.placed} of ${places.cityLevel.rows} rows naming a city placed at city level (${share} %); ${places.notAPlace.rows} name no place`);
    const missed = [...places.unplaced, ...places.partlyPlaced];
    if (missed.length > 0) lines.push(`  not placed at city level: ${missed.slice(0, 8).map((m) => `${m.location} (${m.rows})`).join("; ")}${missed.length > 8 ? `; ${missed.length - 8} more` : ""}`);
    if (places.ambiguous.length > 0) lines.push(`  ambiguous, one reading taken: ${places.ambiguous.slice(0, 5).map((m) => `${m.location} (${m.rows})`).join("; ")}${places.ambiguous.length > 5 ? `; ${places.ambiguous.length - 5} more` : ""}`);
  }
  return lines.map(printable).join("\n");
}
