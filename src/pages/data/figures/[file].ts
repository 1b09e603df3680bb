/**
 * Every declared figure's downloads, `data/figures/<id>.csv` and `.json`: the files
 * precompute wrote (src/pipeline/figureFiles.ts), from the same rows the chart and its
 * table show. Copied as they are.
 */
import type { APIRoute, GetStaticPaths } from "astro";

const downloads = import.meta.glob<string>("../../../generated/downloads/*.{csv,json}", { eager: true, query: "?raw", import: "default" });
const TYPES = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8" } as const;

export const getStaticPaths = (() =>
  Object.entries(downloads).map(([path, body]) => ({ params: { file: path.replace(/^.*\//, "") }, props: { body } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ params, props }) =>
  new Response(props.body, { headers: { "content-type": TYPES[params.file?.endsWith(".csv") ? "csv" : "json"] } });
