"""The reference numbers computed with pandas, as an analyst would: the yardstick of `npm run bench`.

Usage: python3 scripts/pandas-numbers.py --jobs <csv|folder> [--ds <csv|folder>]

Prints the document (the keys of spec/reference-figures.json, plus the pipeline's own
`duplicates` and entry-to-mid-senior ratios) as JSON on stdout, and its own peak RSS
(`peak-rss-kb N`) and CPU time (`cpu-seconds S`, user + system) on stderr. The data are read the way the pipeline reads them: a
merged CSV with an `area` column, a plain JobSpy CSV (area = location, or "Unknown
location"), or a folder of per-area files merged in the order of its areas.csv with
`area` inserted after `location`. Plain `pd.read_csv` with its defaults: its missing
values are the pipeline's (src/ingest/columns.ts MISSING_TOKENS). Only well-formed
data is in scope: pandas does not report ragged rows, bad dates or bad amounts the
way the pipeline's quality report does, so the bench feeds it valid files only.
"""

import argparse
import json
import math
import os
import resource
import sys

import pandas as pd

# src/ingest/columns.ts MERGED_COLUMNS.
MERGED_COLUMNS = [
    "id", "site", "job_url", "job_url_direct", "title", "company", "location", "area",
    "date_posted", "job_type", "salary_source", "interval", "min_amount", "max_amount",
    "currency", "is_remote", "job_level", "job_function", "listing_type", "emails",
    "description", "company_industry", "company_url", "company_logo", "company_url_direct",
    "company_addresses", "company_num_employees", "company_revenue", "company_description",
    "skills", "experience_range", "company_rating", "company_reviews_count", "vacancy_count",
    "work_from_home_type",
]
# src/ingest/yearlyPay.ts YEARLY_FACTOR.
YEARLY = {"yearly": 1, "monthly": 12, "weekly": 48, "daily": 240, "hourly": 1920}
# src/analysis/staffing.ts, topCompanies.ts FAANG.
STAFFING = ["Jobs via Dice", "ExecutivePlacements.com", "Motion Recruitment"]
FAANG = ["Google", "Meta", "Amazon", "Netflix", "Apple"]
ENTRY, MID_SENIOR = "entry level", "mid-senior level"


def load(source):
    if os.path.isdir(source):
        manifest = pd.read_csv(os.path.join(source, "areas.csv"), dtype=str)
        frames = []
        for file, area in zip(manifest["file"], manifest["area"]):
            frame = pd.read_csv(os.path.join(source, file))
            frame.insert(list(frame.columns).index("location") + 1, "area", area.strip())
            frames.append(frame)
        df = pd.concat(frames, ignore_index=True)
    else:
        df = pd.read_csv(source)
        if "area" not in df.columns:
            df.insert(list(df.columns).index("location") + 1, "area", df["location"].str.strip().fillna("Unknown location"))
        else:
            df["area"] = df["area"].str.strip().fillna(df["location"].str.strip()).fillna("Unknown location")
    return df[df["id"].notna()]


def share4(x):
    """Math.round(x * 10000) / 10000, as the pipeline rounds shares."""
    return math.floor(x * 10_000 + 0.5) / 10_000


def counts(series):
    return {str(k): int(v) for k, v in series.value_counts().items()}


def pairs(series):
    return [[str(k), int(v)] for k, v in series.value_counts().items()]


def num(x):
    return int(x) if float(x).is_integer() else float(x)


def levels(df):
    level = df["job_level"].str.strip().str.lower().fillna("not stated")
    entry, mid = int((level == ENTRY).sum()), int((level == MID_SENIOR).sum())
    return level, {
        "counts": counts(level),
        "entry_share": share4(entry / len(df)) if len(df) else 0,
        "ratio": share4(entry / mid) if mid else None,
    }


def figures(df, ds):
    interval = df["interval"].str.strip().str.lower()
    low = pd.to_numeric(df["min_amount"], errors="coerce")
    high = pd.to_numeric(df["max_amount"], errors="coerce")
    low, high = low.fillna(high), high.fillna(low)
    currency = df["currency"].str.strip().str.upper().fillna("USD")
    paid = interval.isin(YEARLY.keys()) & low.notna() & (low >= 0) & (low <= high) & (currency == "USD")
    pay = pd.DataFrame({"area": df["area"][paid], "interval": interval[paid], "min": low[paid], "max": high[paid]})
    factor = pay["interval"].map(YEARLY)
    pay["ymin"], pay["ymax"] = pay["min"] * factor, pay["max"] * factor
    medians = pay.groupby("area").agg(n=("ymin", "size"), lo=("ymin", "median"), hi=("ymax", "median"))
    hourly = pay[pay["interval"] == "hourly"]

    level, lv = levels(df)
    company = df["company"].str.strip()
    staffing = company.isin(STAFFING)
    remote = df["is_remote"].astype(str).str.strip().str.lower()
    areas = df["area"].unique()
    ids = df["id"].astype(str).value_counts()
    doc = {
        "jobs": {
            "rows": len(df),
            "columns": MERGED_COLUMNS,
            "non_null": {c: int(df[c].notna().sum()) if c in df.columns else 0 for c in MERGED_COLUMNS},
        },
        "area_counts": counts(df["area"]),
        "salary": {
            "rows_with_salary": len(pay),
            "interval_counts": counts(pay["interval"]),
            "hourly_ranges_in_file_order": [[num(a), num(b)] for a, b in zip(hourly["min"], hourly["max"])],
            "lower_bound_range_yearly": [num(pay["ymin"].min()), num(pay["ymin"].max())] if len(pay) else None,
            "upper_bound_range_yearly": [num(pay["ymax"].min()), num(pay["ymax"].max())] if len(pay) else None,
            "median_by_area": {str(a): {"salaried_postings": int(r.n), "median_min": num(r.lo), "median_max": num(r.hi)}
                               for a, r in medians.iterrows()},
            "areas_without_salary": sorted(str(a) for a in areas if a not in medians.index),
        },
        "job_level": {
            "backend_counts": lv["counts"],
            "backend_entry_level_share": lv["entry_share"],
            "backend_entry_to_mid_senior_ratio": lv["ratio"],
            "entry_by_area": counts(df["area"][level == ENTRY]),
            "mid_senior_by_area": counts(df["area"][level == MID_SENIOR]),
        },
        "companies": {
            "top25": pairs(company.dropna())[:25],
            "faang": {name: int((company == name).sum()) for name in FAANG},
        },
        "industries_top7_after_exclusion": pairs(df["company_industry"][~staffing].str.strip().dropna())[:7],
        "remote": {
            "all_jobs": {"false": int((remote == "false").sum()), "true": int((remote == "true").sum())},
            "by_area_after_exclusion": counts(df["area"][(remote == "true") & ~staffing]),
        },
        "data_scientist": None,
        "duplicates": {"rows": len(df), "distinct_ids": len(ids), "repeated_ids": int((ids > 1).sum())},
    }
    if ds is not None:
        _, d = levels(ds)
        doc["data_scientist"] = {"rows": len(ds), "entry_level_share": d["entry_share"],
                                 "entry_to_mid_senior_ratio": d["ratio"], "counts": d["counts"]}
    return doc


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", required=True)
    parser.add_argument("--ds")
    args = parser.parse_args()
    df = load(args.jobs)
    ds = load(args.ds) if args.ds else None
    json.dump(figures(df, ds), sys.stdout, indent=1)
    sys.stdout.write("\n")
    sys.stdout.flush()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"peak-rss-kb {usage.ru_maxrss}", file=sys.stderr)
    print(f"cpu-seconds {usage.ru_utime + usage.ru_stime:.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()
