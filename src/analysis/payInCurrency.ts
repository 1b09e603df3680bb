import type { Job } from "../ingest/Job.ts";

/**
 * The rows with pay in other currencies set to "no pay", for analyses that
 * compute figures in one currency. A row whose pay states no currency counts
 * as `currency` (the original data's convention: JobSpy's LinkedIn rows are
 * USD). Rows keep their place, so file order and row counts are unchanged.
 */
export function payInCurrency(rows: readonly Job[], currency: string): Job[] {
  return rows.map((r) => (r.pay && r.pay.currency !== null && r.pay.currency !== currency ? { ...r, pay: null } : r));
}
