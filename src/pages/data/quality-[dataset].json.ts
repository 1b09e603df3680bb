/**
 * Each dataset's data-quality report, as precompute wrote it (src/generated/quality/), served
 * at /data/quality-<dataset>.json so posts and the about page can link it. Paths inside are
 * cut to the dataset's folder (precompute writes them so: src/pipeline/publishable.ts).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { availableQualityReports, qualityReport } from "../../data/analysis.ts";

export const getStaticPaths = (() => availableQualityReports().map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const report = qualityReport(params["dataset"] ?? "");
  if (report === undefined) return new Response("Not found", { status: 404 });
  return new Response(`${JSON.stringify(report, null, 1)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
