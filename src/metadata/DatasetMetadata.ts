import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "is not a calendar date");
const currencyCode = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 currency code in capitals, e.g. USD");
const text = z.string().trim().min(1, "is empty");

/**
 * Exchange rates the author chose, to put pay in other currencies into one:
 * `rates.CAD = 0.71` means one Canadian dollar is 0.71 of `base`. Without
 * this, no amount is ever converted (pay figures stay per currency).
 */
export const exchangeRatesSchema = z.strictObject({
  base: currencyCode,
  /** The day the rates are from. */
  date: isoDate,
  /** Where they come from (a URL or a name), shown beside converted figures. */
  source: text.optional(),
  rates: z.record(currencyCode, z.number().positive("must be a positive number (units of base per unit of this currency)"))
    .refine((r) => Object.keys(r).length > 0, "lists no rates"),
});

/**
 * Facts about a dataset that are not in its rows, kept in an optional JSON
 * file next to the data (see readDatasetMetadata.ts for where). Every field
 * is optional: the site states what the file gives and never invents the
 * rest. Unknown fields are refused, so a misspelt one is not silently
 * ignored.
 */
export const datasetMetadataSchema = z.strictObject({
  /** Editors' schema hint; ignored. */
  $schema: z.string().optional(),
  /** What the dataset is, in a few words: "US backend-engineering postings on LinkedIn". */
  title: text.optional(),
  /** A sentence or two about it. */
  description: text.optional(),
  /** Where the data was published or obtained. */
  source: z.strictObject({
    /** The publisher's or page's name: "Kaggle: tianyimasf/backend-engineer-jobs-us". */
    name: text.optional(),
    url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  }).optional(),
  /** True when the postings are invented (the bundled sample): the site then says so everywhere it describes the data. */
  synthetic: z.boolean().optional(),
  /** The days the scrape ran, first and last (the same day twice for a one-day scrape). */
  scraped: z.strictObject({ from: isoDate, to: isoDate })
    .refine((s) => s.from <= s.to, { message: "from is after to", path: ["to"] }).optional(),
  /** The search term(s) the scraper was given, when the rows do not say (no search_term column). */
  searchTerms: z.array(text).min(1, "is empty").optional(),
  /** The currency of pay that rows state without one; without it, such pay is counted but left out of the pay figures. */
  currencyWhenMissing: currencyCode.optional(),
  exchangeRates: exchangeRatesSchema.optional(),
  /** Anything else a reader should know, one sentence each. */
  notes: z.array(text).optional(),
});

/** A dataset's metadata file, validated. */
export type DatasetMetadata = z.infer<typeof datasetMetadataSchema>;

/** The exchange rates of a metadata file. */
export type ExchangeRates = z.infer<typeof exchangeRatesSchema>;
