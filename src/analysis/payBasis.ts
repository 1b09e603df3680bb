import { median } from "d3-array";
import type { Job, Pay } from "../ingest/Job.ts";
import { toYearly } from "../ingest/yearlyPay.ts";
import { compareText } from "../lib/compareText.ts";
import type { ExchangeRates } from "../metadata/DatasetMetadata.ts";
import { shareOf } from "./coverage.ts";
import type { LabelValue } from "../lib/LabelValue.ts";

/**
 * Boards that list jobs of one country or region outside the US (Naukri:
 * India; Bayt: the Gulf). Pay labelled USD there is doubtful.
 */
export const NON_US_BOARDS: readonly string[] = ["naukri", "bayt"];

/** Postings whose pay is in one currency, with its yearly medians in that currency. */
export interface CurrencyPay {
  readonly currency: string;
  readonly count: number;
  /** count / postings with pay in any stated currency. */
  readonly share: number;
  /** Median yearly lower and upper bound, in this currency (hourly ×1,920 etc., see yearlyPay.ts). */
  readonly medianYearlyMin: number;
  readonly medianYearlyMax: number;
}

/** Pay that is not in the figures: another currency without a rate, or no currency at all (`currency` null). */
export interface PayLeftOut {
  readonly currency: string | null;
  readonly count: number;
}

/**
 * Which currency the pay figures are in, and what that leaves out. No
 * figure mixes currencies: pay in the basis currency is used as stated; pay
 * in another currency is converted only with a rate the author configured
 * (dataset metadata `exchangeRates`), and otherwise counted in `others`.
 */
export interface PayCurrencies {
  /** Postings with usable pay, in any currency or none. */
  readonly salaried: number;
  /** Postings per currency (as stated, or the metadata's `currencyWhenMissing`), most first (ties alphabetical). */
  readonly currencies: readonly CurrencyPay[];
  /** Postings whose pay states no currency (and the metadata names none for them): always left out. */
  readonly currencyNotGiven: number;
  /** The currency most salaried postings state; null when none states one. */
  readonly dominant: string | null;
  /** The dominant currency's share of the postings that state one; null without any. */
  readonly dominantShare: number | null;
  /** The currency every pay figure is in: the exchange rates' base when configured, else the dominant currency; null without pay. */
  readonly currency: string | null;
  /** Postings whose pay is in the basis (in `currency`, converted, or assumed). */
  readonly inBasis: number;
  /** Postings converted with the author's rates, per currency. */
  readonly converted: readonly (LabelValue<"currency", "count"> & { readonly rate: number })[];
  /** The rates' day and source when some pay was converted; null otherwise. */
  readonly rates: { readonly base: string; readonly date: string; readonly source: string | null } | null;
  /** Postings stating no currency that count as `currencyWhenMissing` (metadata); 0 without it. */
  readonly assumed: number;
  /** Pay left out of the figures, most first (no currency last). */
  readonly others: readonly PayLeftOut[];
  /** Postings left out, in all. */
  readonly leftOut: number;
  /**
   * Pay labelled USD on a board of another country ({@link NON_US_BOARDS})
   * or in a place outside the US: kept as labelled, but reported, most first.
   */
  readonly doubtfulUsd: readonly { readonly board: string | null; readonly country: string | null; readonly count: number }[];
  readonly doubtfulUsdCount: number;
}

/** What the author's metadata says about currencies. */
export interface PayOptions {
  readonly exchangeRates?: ExchangeRates | undefined;
  readonly currencyWhenMissing?: string | undefined;
  /** Force the basis currency (the reference numbers' US dollars); default: the rates' base, else the dominant currency. */
  readonly basis?: string | undefined;
  /** The ISO country of a posting's place, when known (for doubtful USD). */
  readonly countryOf?: ((job: Job) => string | null) | undefined;
}

/** The pay analyses' view of a dataset: which currency, and the rows with pay outside it set to none. */
export interface PayView {
  readonly currencies: PayCurrencies;
  /**
   * Every row, in order, with its pay in `currencies.currency` (converted
   * when a rate says so) or null when its pay is left out: the input of the
   * salary analyses, so file order and row counts stay as they are.
   */
  readonly rows: readonly Job[];
  /** The rows as given (same order as `rows`), to tell "no pay" from "pay left out". */
  readonly source: readonly Job[];
}

/** Decides the pay basis of a dataset and puts every row's pay in it or out of the figures. */
export function payView(rows: readonly Job[], options: PayOptions = {}): PayView {
  const { exchangeRates, currencyWhenMissing, countryOf } = options;
  // A row's currency: as stated, else the one the author's metadata says unlabelled pay is in.
  const currencyOf = (pay: Pay) => pay.currency ?? currencyWhenMissing ?? null;
  const byCurrency = new Map<string, Job[]>();
  let salaried = 0;
  let notGiven = 0;
  const doubtful = new Map<string, { board: string | null; country: string | null; count: number }>();
  for (const r of rows) {
    if (!r.pay) continue;
    salaried++;
    const c = currencyOf(r.pay);
    if (c === null) {
      notGiven++;
      continue;
    }
    let list = byCurrency.get(c);
    if (!list) byCurrency.set(c, (list = []));
    list.push(r);
    if (r.pay.currency === "USD") {
      const why = doubtfulUsd(r, countryOf);
      if (why !== null) {
        const key = `${why.board}\u0000${why.country}`;
        const d = doubtful.get(key) ?? { ...why, count: 0 };
        d.count++;
        doubtful.set(key, d);
      }
    }
  }
  const stated = salaried - notGiven;
  const currencies = [...byCurrency].map(([currency, jobs]) => ({
    currency, count: jobs.length, share: jobs.length / stated,
    medianYearlyMin: median(jobs, (j) => toYearly(j.pay!.min, j.pay!.interval))!,
    medianYearlyMax: median(jobs, (j) => toYearly(j.pay!.max, j.pay!.interval))!,
  })).sort((a, b) => b.count - a.count || compareText(a.currency, b.currency));
  const dominant = currencies[0]?.currency ?? null;
  const basis = options.basis ?? exchangeRates?.base ?? dominant;

  const rateOf = (currency: string): number | null =>
    currency === basis ? 1 : exchangeRates && exchangeRates.base === basis ? exchangeRates.rates[currency] ?? null : null;
  const converted = new Map<string, number>();
  const leftOut = new Map<string | null, number>();
  let assumed = 0;
  let inBasis = 0;
  const out = rows.map((r): Job => {
    if (!r.pay) return r;
    const currency = currencyOf(r.pay);
    const rate = currency === null ? null : rateOf(currency);
    if (currency === null || rate === null) {
      leftOut.set(currency, (leftOut.get(currency) ?? 0) + 1);
      return { ...r, pay: null };
    }
    inBasis++;
    if (r.pay.currency === null) assumed++;
    if (currency === basis) return r.pay.currency === basis ? r : { ...r, pay: { ...r.pay, currency } };
    converted.set(currency, (converted.get(currency) ?? 0) + 1);
    return { ...r, pay: { ...r.pay, min: r.pay.min * rate, max: r.pay.max * rate, currency: basis } };
  });
  const others = [...leftOut].map(([currency, count]) => ({ currency, count }))
    .sort((a, b) => (a.currency === null ? 1 : 0) - (b.currency === null ? 1 : 0) || b.count - a.count || compareText(a.currency ?? "", b.currency ?? ""));
  const convertedList = [...converted].map(([currency, count]) => ({ currency, count, rate: rateOf(currency)! }))
    .sort((a, b) => b.count - a.count || compareText(a.currency, b.currency));
  const doubtfulList = [...doubtful.values()].sort((a, b) => b.count - a.count || compareText(`${a.board}${a.country}`, `${b.board}${b.country}`));
  return {
    currencies: {
      salaried,
      currencies,
      currencyNotGiven: notGiven,
      dominant,
      dominantShare: currencies[0] ? shareOf(currencies[0].count, stated) : null,
      currency: basis,
      inBasis,
      converted: convertedList,
      rates: convertedList.length > 0 && exchangeRates ? { base: exchangeRates.base, date: exchangeRates.date, source: exchangeRates.source ?? null } : null,
      assumed,
      others,
      leftOut: salaried - inBasis,
      doubtfulUsd: doubtfulList,
      doubtfulUsdCount: doubtfulList.reduce((n, d) => n + d.count, 0),
    },
    rows: out,
    source: rows,
  };
}

/** Why USD pay on this row is doubtful (a non-US board, a place outside the US), or null when it is not. */
function doubtfulUsd(r: Job, countryOf: ((job: Job) => string | null) | undefined): { board: string | null; country: string | null } | null {
  const board = r.site !== null && NON_US_BOARDS.includes(r.site) ? r.site : null;
  const place = countryOf?.(r) ?? null;
  const country = place !== null && place !== "US" ? place : null;
  return board === null && country === null ? null : { board, country };
}
