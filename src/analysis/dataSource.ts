import type { QualityReport } from "../ingest/QualityReport.ts";

/** Where a dataset came from, so a post can say which data it was built from. */
export interface DataSource {
  /** The path as given, relative to the project when inside it. */
  readonly source: string;
  /** True for the bundled synthetic sample in data/. */
  readonly bundledSample: boolean;
  readonly rows: number;
}

/** Describes a dataset's origin from its quality report. */
export function dataSource(report: QualityReport): DataSource {
  return { source: report.source, bundledSample: /^data[/\\]/.test(report.source), rows: report.rowsKept };
}
