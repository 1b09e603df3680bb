import type { Dataset } from "../ingest/loadDataset.ts";
import { countByArea } from "../analysis/countByArea.ts";
import { duplicates } from "../analysis/duplicates.ts";
import { industries } from "../analysis/industries.ts";
import { ENTRY_LEVEL, jobLevels, MID_SENIOR_LEVEL } from "../analysis/jobLevels.ts";
import { levelByArea } from "../analysis/levelByArea.ts";
import { remoteByArea } from "../analysis/remoteByArea.ts";
import { remoteShare } from "../analysis/remoteShare.ts";
import { salaryByArea } from "../analysis/salaryByArea.ts";
import { salarySummary } from "../analysis/salarySummary.ts";
import { topCompanies } from "../analysis/topCompanies.ts";
import { payView } from "../analysis/payBasis.ts";
import { FAANG } from "../analysis/topCompanies.ts";
import { ORIGINAL_STAFFING_COMPANIES, staffingByList } from "../analysis/staffing.ts";
import type { LabelValue } from "../lib/LabelValue.ts";

/** Rounds a share to 4 decimals, the convention of the reference numbers. */
export const share4 = (x: number): number => Math.round(x * 10_000) / 10_000;

const pairs = (list: readonly LabelValue<"name", "count">[]) => list.map((c) => [c.name, c.count] as [string, number]);
const byArea = (list: readonly LabelValue<"area", "count">[]) => Object.fromEntries(list.map((a) => [a.area, a.count]));

/**
 * The reference numbers: the keys and shapes of the project's reference
 * figures (spec/reference-figures.json), computed from the datasets, plus a
 * few keys of its own (duplicates, data_scientist.entry_to_mid_senior_ratio).
 * It follows the reference's conventions, not the site's: money is in US
 * dollars (pay in other currencies is left out, never converted; pay that
 * states no currency counts as USD, as in the original pandas code), and the
 * "after exclusion" figures leave out the original review's three staffing
 * names, not the site's wider staffing rule (src/analysis/staffing.ts).
 * Objects keyed by name are written with `Object.fromEntries`, so a hostile
 * name such as `__proto__` stays an ordinary key.
 */
export function referenceNumbers(jobs: Dataset, ds: Dataset | null) {
  // The reference's pandas computation ignores the currency column: pay stated without one counts as USD.
  const usd = payView(jobs.rows, { basis: "USD", currencyWhenMissing: "USD" });
  const salary = salarySummary(usd);
  const medians = salaryByArea(usd);
  const levels = jobLevels(jobs.rows);
  const companies = topCompanies(jobs.rows, 25);
  const faang = new Map(companies.faang.map((c) => [c.name, c.count]));
  const original = staffingByList(jobs.rows, ORIGINAL_STAFFING_COMPANIES).isStaffing;
  const dup = duplicates(jobs.rows, jobs.repeatedIds);
  const remote = remoteShare(jobs.rows);
  const dsLevels = ds ? jobLevels(ds.rows) : null;
  return {
    jobs: {
      rows: jobs.rows.length,
      columns: jobs.columns.map((c) => c.column),
      non_null: Object.fromEntries(jobs.columns.map((c) => [c.column, c.nonNull])),
    },
    area_counts: byArea(countByArea(jobs.rows)),
    salary: {
      rows_with_salary: salary.rowsWithSalary,
      interval_counts: Object.fromEntries(salary.intervalCounts.map((c) => [c.interval, c.count])),
      hourly_ranges_in_file_order: salary.hourlyRanges.map(([a, b]) => [a, b]),
      lower_bound_range_yearly: salary.lowerBoundRange,
      upper_bound_range_yearly: salary.upperBoundRange,
      median_by_area: Object.fromEntries(medians.areas.map((a) => [a.area, {
        salaried_postings: a.salariedPostings, median_min: a.medianMin, median_max: a.medianMax,
      }])),
      areas_without_salary: medians.withoutSalary,
    },
    job_level: {
      backend_counts: Object.fromEntries(levels.counts.map((c) => [c.level, c.count])),
      backend_entry_level_share: levels.entryShare === null ? null : share4(levels.entryShare),
      backend_entry_to_mid_senior_ratio: levels.entryToMidSeniorRatio === null ? null : share4(levels.entryToMidSeniorRatio),
      entry_by_area: byArea(levelByArea(jobs.rows, ENTRY_LEVEL).areas),
      mid_senior_by_area: byArea(levelByArea(jobs.rows, MID_SENIOR_LEVEL).areas),
    },
    companies: {
      top25: pairs(companies.top),
      faang: Object.fromEntries(FAANG.map((name) => [name, faang.get(name) ?? 0])),
    },
    industries_top7_after_exclusion: pairs(industries(jobs.rows, 7, original).top),
    remote: {
      all_jobs: { false: remote.onSite, true: remote.remote },
      by_area_after_exclusion: byArea(remoteByArea(jobs.rows, original).areas),
    },
    data_scientist: ds && dsLevels ? {
      rows: ds.rows.length,
      entry_level_share: dsLevels.entryShare === null ? null : share4(dsLevels.entryShare),
      entry_to_mid_senior_ratio: dsLevels.entryToMidSeniorRatio === null ? null : share4(dsLevels.entryToMidSeniorRatio),
      counts: Object.fromEntries(dsLevels.counts.map((c) => [c.level, c.count])),
    } : null,
    duplicates: { rows: dup.rows, distinct_ids: dup.distinctIds, repeated_ids: dup.repeatedIds },
  };
}

export type ReferenceNumbers = ReturnType<typeof referenceNumbers>;
