-- DuckDB computing a comparable set of aggregates to `npm run numbers` (issue 13): row count, counts by
-- area, median yearly pay by area, top-N companies and titles, non-null counts per column, three skill
-- regular expressions over the descriptions, and job-level counts. The yardstick of `npm run bench`'s
-- DuckDB column; scripts/duckdb-numbers.ts runs it.
--
-- The runner defines the view `jobs_source` (and `ds_source` when there are data scientists): every
-- column as text (all_varchar; the pipeline's missing tokens are NULL), with `area` from the merged
-- CSV or from the folder's areas.csv. Each statement below runs in order; the ones marked
-- `-- result: <name>` are printed under that name.

-- First pass, streaming over the file(s): the row count, one non-null count per column, and how many
-- descriptions name each of three skills (src/ingest/text/vocabulary.ts's patterns; RE2 has no
-- look-ahead, so Java, /\bJava\b(?!\s*[Ss]cript)/ there, is left out). Rows without an id are
-- dropped, as pandas and the pipeline count them.
-- result: columns
SELECT
  count(*)::INTEGER AS rows,
  count(COLUMNS(*))::INTEGER,
  count_if(regexp_matches(description, '\bPython\b', 'i'))::INTEGER AS skill_python,
  count_if(regexp_matches(description, '\bSQL\b'))::INTEGER AS skill_sql,
  count_if(regexp_matches(description, '\bAWS\b|\bAmazon Web Services\b'))::INTEGER AS skill_aws
FROM jobs_source
WHERE id IS NOT NULL;

-- Second pass: only the columns the grouped figures below read, held in memory (all 35 columns as
-- text took twice the memory and a third more time at a million rows).
CREATE TABLE jobs AS
SELECT trim(area) AS area, title, company, job_level, interval, min_amount, max_amount, currency
FROM jobs_source
WHERE id IS NOT NULL;

-- result: area_counts
SELECT area, count(*)::INTEGER AS postings FROM jobs GROUP BY area ORDER BY postings DESC, area;

-- result: median_by_area
-- Yearly pay as src/ingest/yearlyPay.ts normalises it: a missing bound takes the other's value, USD
-- only (a missing currency counts as USD), the lower bound at least 0 and at most the upper.
WITH factor(interval, per_year) AS (
  VALUES ('yearly', 1), ('monthly', 12), ('weekly', 48), ('daily', 240), ('hourly', 1920)
),
pay AS (
  SELECT
    area,
    lower(trim(interval)) AS interval,
    coalesce(try_cast(min_amount AS DOUBLE), try_cast(max_amount AS DOUBLE)) AS low,
    coalesce(try_cast(max_amount AS DOUBLE), try_cast(min_amount AS DOUBLE)) AS high,
    coalesce(upper(trim(currency)), 'USD') AS currency
  FROM jobs
)
SELECT
  area,
  count(*)::INTEGER AS salaried_postings,
  median(low * per_year) AS median_min,
  median(high * per_year) AS median_max
FROM pay JOIN factor USING (interval)
WHERE low >= 0 AND low <= high AND currency = 'USD'
GROUP BY area
ORDER BY area;

-- result: top_companies
SELECT trim(company) AS company, count(*)::INTEGER AS postings
FROM jobs WHERE company IS NOT NULL
GROUP BY 1 ORDER BY postings DESC, company LIMIT 25;

-- result: top_titles
SELECT trim(title) AS title, count(*)::INTEGER AS postings
FROM jobs WHERE title IS NOT NULL
GROUP BY 1 ORDER BY postings DESC, title LIMIT 25;

-- result: job_levels
SELECT coalesce(lower(trim(job_level)), 'not stated') AS job_level, count(*)::INTEGER AS postings
FROM jobs GROUP BY 1 ORDER BY postings DESC, job_level;

-- result: data_scientist_job_levels
-- Runs only when the runner defined ds_source (--ds).
SELECT coalesce(lower(trim(job_level)), 'not stated') AS job_level, count(*)::INTEGER AS postings
FROM ds_source WHERE id IS NOT NULL GROUP BY 1 ORDER BY postings DESC, job_level;
