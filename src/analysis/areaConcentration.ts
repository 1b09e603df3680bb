import type { Job } from "../ingest/Job.ts";
import { countByArea, type AreaCount } from "./countByArea.ts";

export interface AreaConcentration {
  readonly total: number;
  readonly areas: number;
  /** The largest count any area reached: JobSpy stops a search at its result cap. */
  readonly cap: number;
  /** Areas that reached the cap (likely cut off there). */
  readonly atCap: readonly AreaCount[];
  /** Their postings together, and as a share of all postings. */
  readonly atCapPostings: number;
  readonly atCapShare: number;
  /** The big hubs: areas within 10% of the cap (the cap, less a few duplicates or a thin day). */
  readonly hubs: readonly AreaCount[];
  readonly hubsPostings: number;
  readonly hubsShare: number;
  /** Areas from half the cap up to the hubs: the notable mid-sized searches. */
  readonly midSized: readonly AreaCount[];
  /** The smallest search. */
  readonly smallest: AreaCount | null;
  /** Median postings per area. */
  readonly medianPerArea: number;
}

/** How postings concentrate in the searched areas, and which searches hit the scraper's cap. */
export function areaConcentration(rows: readonly Job[]): AreaConcentration {
  const counts = countByArea(rows);
  const cap = counts[0]?.count ?? 0;
  const atCap = counts.filter((c) => c.count === cap);
  const atCapPostings = atCap.reduce((n, c) => n + c.count, 0);
  const hubs = counts.filter((c) => c.count >= cap * 0.9);
  const hubsPostings = hubs.reduce((n, c) => n + c.count, 0);
  const sorted = counts.map((c) => c.count).sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return {
    total: rows.length,
    areas: counts.length,
    cap,
    atCap,
    atCapPostings,
    atCapShare: rows.length === 0 ? 0 : atCapPostings / rows.length,
    hubs,
    hubsPostings,
    hubsShare: rows.length === 0 ? 0 : hubsPostings / rows.length,
    midSized: counts.filter((c) => c.count < cap * 0.9 && c.count >= cap / 2),
    smallest: counts.at(-1) ?? null,
    medianPerArea: sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2,
  };
}
