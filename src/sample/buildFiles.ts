import { JOBSPY_COLUMNS } from "../ingest/columns.ts";
import type { DatasetTarget } from "./Calibration.ts";
import { composePosting, type PostingText } from "./composePosting.ts";
import type { Draft } from "./Draft.ts";
import type { Random } from "./random.ts";
import { writeCsv, type CsvCell } from "./writeCsv.ts";

const DIRECT_HOSTS = ["jobs.example.com", "careers.example.org", "apply.example.net", "boards.example.com"];
const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/**
 * Turns finished drafts into the dataset's files: `areas.csv` (the
 * manifest, `file,area`) and one JobSpy CSV per area, keyed by file name.
 * Each posting gets an invented LinkedIn-style id (`li-49…`, a range the
 * real scrape does not use) and text; a posting shared by several areas
 * repeats in each of their files with the same id and text. Rows in a file
 * run newest first, empty dates last, as JobSpy returns them.
 */
export function buildFiles(drafts: readonly Draft[], target: DatasetTarget, random: Random): Map<string, string> {
  const ids = new Set<number>();
  const texts = new Map<Draft, { id: number; text: PostingText; direct: string }>();
  for (const d of drafts) {
    let id: number;
    do id = 4_900_000_000 + random.int(100_000_000); while (ids.has(id));
    ids.add(id);
    const text = composePosting(d, target.family, random);
    const direct = `https://${random.pick(DIRECT_HOSTS)}/${slug(d.company?.name ?? "")}/${100000 + random.int(900000)}?source=LinkedIn`;
    texts.set(d, { id, text, direct });
  }

  const files = new Map<string, string>();
  files.set("areas.csv", ["file,area", ...target.manifest.map((m) => `${minimalQuote(m.file)},${minimalQuote(m.area)}`)].join("\n") + "\n");
  target.manifest.forEach((entry, a) => {
    const rows: { date: string; key: number; cells: CsvCell[] }[] = [];
    for (const d of drafts) {
      const r = d.areas.indexOf(a);
      if (r === -1) continue;
      const { id, text, direct } = texts.get(d) as { id: number; text: PostingText; direct: string };
      const company = d.company?.name ?? "";
      const date = d.dates[r] ?? "";
      const place = d.places[r] ?? "";
      const cells: Record<string, CsvCell> = {
        id: `li-${id}`,
        site: "linkedin",
        job_url: `https://www.linkedin.com/jobs/view/${id}`,
        // A posting found by several searches carries a different tracking hash in each.
        job_url_direct: d.directUrl ? `${direct}&urlHash=${hash(random)}` : null,
        title: text.title,
        company,
        location: place || null,
        date_posted: date || null,
        job_type: d.jobType,
        salary_source: d.pay ? "description" : null,
        interval: d.pay?.interval ?? null,
        min_amount: d.pay?.min ?? null,
        max_amount: d.pay?.max ?? null,
        currency: d.pay ? "USD" : null,
        is_remote: d.remote,
        job_level: d.level,
        job_function: d.jobFunction || null,
        emails: text.emails.length > 0 ? text.emails.join(", ") : null,
        description: text.description,
        company_industry: d.industry,
        company_url: `https://www.linkedin.com/company/${slug(company)}`,
        company_logo: `https://media.example.com/company-logos/${slug(company)}-100x100.png`,
      };
      rows.push({ date, key: random.next(), cells: JOBSPY_COLUMNS.map((c) => cells[c] ?? null) });
    }
    rows.sort((x, y) => (x.date === y.date ? x.key - y.key : x.date === "" ? 1 : y.date === "" ? -1 : x.date < y.date ? 1 : -1));
    files.set(entry.file, writeCsv(JOBSPY_COLUMNS, rows.map((r) => r.cells)));
  });
  return files;
}

/** A URL slug: "Scribd, Inc." → "scribd-inc". */
function slug(name: string): string {
  return name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "company";
}

function hash(random: Random): string {
  return Array.from({ length: 4 }, () => random.pick([...ALPHANUMERIC])).join("");
}

/** pandas' default (minimal) quoting, as the manifest uses: quote only what needs it. */
function minimalQuote(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
