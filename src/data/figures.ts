import type { FigureFile } from "../charts/defineFigure.ts";

// Precompute's figure files (src/pipeline/figureFiles.ts), bundled at build; the dev server reloads when they change.
const files = import.meta.glob<FigureFile>("../generated/figures/*.json", { eager: true, import: "default" });

/** A declared figure as precompute wrote it; undefined when its analysis was not computed (dataset not configured). */
export function figureFile(id: string): FigureFile | undefined {
  return files[`../generated/figures/${id}.json`];
}
