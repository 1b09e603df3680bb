import type { QualityReport } from "../ingest/QualityReport.ts";
import type { DatasetOrigin } from "../pipeline/outputs.ts";
import { publishableName } from "../pipeline/publishable.ts";

/** Where a dataset came from, so a post can say which data it was built from. */
export interface DataSource {
  /** A publishable name for the source (its file or folder name), never a path on the build machine. */
  readonly source: string;
  /** True when the data is the bundled synthetic sample, by content (src/sample/sampleDigest.ts), wherever it is. */
  readonly bundledSample: boolean;
  readonly rows: number;
}

/**
 * Describes a dataset's origin: from what precompute found (`origin`: the source's
 * publishable name and whether its content is the bundled sample), else from the
 * quality report alone (then it is never called the sample).
 */
export function dataSource(report: QualityReport, origin?: DatasetOrigin): DataSource {
  return {
    source: origin?.source ?? publishableName(report.source),
    bundledSample: origin?.bundledSample ?? false,
    rows: report.rowsKept,
  };
}
