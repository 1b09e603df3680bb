import type { QualityReport } from "../ingest/QualityReport.ts";
import type { DatasetOrigin } from "../pipeline/outputs.ts";
import { publishableName } from "../pipeline/publishable.ts";

/**
 * Describes a dataset's origin: from what precompute found (`origin`: the source's
 * publishable name and whether its content is the bundled sample), else from the
 * quality report alone (then it is never called the sample). The source is always named
 * here: a publishable name (its file or folder name), never a path on the build machine.
 */
export function dataSource(report: QualityReport, origin?: DatasetOrigin): DatasetOrigin & { readonly source: string } {
  return {
    source: origin?.source ?? publishableName(report.source),
    bundledSample: origin?.bundledSample ?? false,
    rows: report.rowsKept,
  };
}
