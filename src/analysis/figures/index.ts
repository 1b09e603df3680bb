/**
 * Every declared figure, by id: the charts posts draw with `<Chart id="…" />`. Precompute
 * computes each one from its analysis and writes its rows and downloads
 * (src/pipeline/figureFiles.ts). To add one: a `defineFigure` in a file here (beside the
 * analyses it shows), then one line below.
 */
import type { FigureSpec } from "../../charts/defineFigure.ts";
import { mapCountByArea, mapEntryByArea, mapMidSeniorByArea, mapRemoteByArea, searches, treemap } from "./areas.ts";
import { pay, salaryStrip } from "./pay.ts";
import { cloud, columns, companies, industries, levels, remote } from "./postings.ts";

const list = [
  columns,
  mapCountByArea,
  searches,
  treemap,
  salaryStrip,
  pay,
  levels,
  mapEntryByArea,
  mapMidSeniorByArea,
  companies,
  cloud,
  industries,
  remote,
  mapRemoteByArea,
] as const;

/** A declared figure's id. */
export type FigureId = (typeof list)[number]["id"];

/** The declared figures by id. */
export const figures = Object.fromEntries(list.map((spec) => [spec.id, spec as unknown as FigureSpec])) as Readonly<Record<FigureId, FigureSpec>>;

/** Every declared figure's id, in the order above. */
export const figureIds = list.map((spec) => spec.id) as readonly FigureId[];
