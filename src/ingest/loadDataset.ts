import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import Papa from "papaparse";
import { z } from "zod";
import type { Job } from "./Job.ts";
import { ColumnStats, type ColumnStat } from "./ColumnStats.ts";
import { InputError } from "./InputError.ts";
import { IssueLog, type FileReport, type QualityReport } from "./QualityReport.ts";
import { cellValue } from "./cells.ts";
import { JOBSPY_COLUMNS, MERGED_COLUMNS, OLDER_JOBSPY_COLUMNS, REQUIRED_COLUMNS } from "./columns.ts";
import { parseJob } from "./parseJob.ts";
import { readCsvRows } from "./readCsvRows.ts";

/** Area given to a row of a plain JobSpy CSV whose location is empty. */
export const UNKNOWN_LOCATION = "Unknown location";

/** The manifest of a folder of per-area files. */
export const MANIFEST = "areas.csv";

/** Everything the analyses and the site need from one dataset. */
export interface Dataset {
  readonly rows: Job[];
  /** Every merged-layout column, in order, with non-null counts and dtypes. */
  readonly columns: ColumnStat[];
  readonly report: QualityReport;
}

export interface LoadOptions {
  /** A name for messages and the report, e.g. "backend". */
  readonly dataset: string;
  /** Latest acceptable date_posted, YYYY-MM-DD (later ones are reported). */
  readonly today: string;
  /** Paths in messages are shown relative to this folder. */
  readonly cwd?: string;
}

const manifestRow = z.object({
  file: z.string().trim().min(1, "the file name is empty").refine((f) => !f.includes("/") && !f.includes("\\"),
    "must be a file name inside the folder, without a path"),
  area: z.string().trim().min(1, "the area is empty"),
});

/**
 * Reads a dataset in any of the three shapes JobSpy users have:
 * a merged CSV with an `area` column; a plain JobSpy CSV (area = location,
 * or {@link UNKNOWN_LOCATION}); or a folder of per-area files with an
 * `areas.csv` manifest (`file,area`), merged in manifest order. Rows come
 * out identical whichever shape the same postings arrive in.
 *
 * Throws {@link InputError} for input that cannot be read as a whole.
 */
export async function loadDataset(source: string, options: LoadOptions): Promise<Dataset> {
  const cwd = options.cwd ?? process.cwd();
  const shown = (p: string) => path.relative(cwd, p) || p;
  const info = await stat(source).catch(() => null);
  if (!info) throw new InputError(shown(source), undefined, undefined, "does not exist");

  const reader = new DatasetReader(options);
  if (info.isDirectory()) {
    const manifestPath = path.join(source, MANIFEST);
    const entries = await readManifest(manifestPath, shown(manifestPath));
    const listed = new Set(entries.map((e) => e.file));
    const present = (await readdir(source)).filter((f) => f.toLowerCase().endsWith(".csv") && f !== MANIFEST);
    for (const entry of entries) {
      if (!present.includes(entry.file)) {
        throw new InputError(shown(manifestPath), entry.line, "file",
          `names "${entry.file}", which is not in the folder`);
      }
    }
    for (const entry of entries) {
      await reader.readFile(path.join(source, entry.file), shown(path.join(source, entry.file)), { area: entry.area });
    }
    return reader.finish(shown(source), "folder",
      `each file's area is the one ${MANIFEST} gives it (the searched area, which can differ from the job's location)`,
      present.filter((f) => !listed.has(f)).sort());
  }

  const { mode } = await reader.readFile(source, shown(source), { area: null });
  return reader.finish(shown(source), mode, mode === "merged-csv"
    ? "the file's area column (the searched area); rows with an empty area take their location"
    : `the file has no area column, so each row's area is the place its location resolves to (src/places), or the location as written when it names no place ("${UNKNOWN_LOCATION}" when empty)`, []);
}

async function readManifest(file: string, shownFile: string) {
  const text = await readFile(file, "utf8").catch(() => {
    throw new InputError(shownFile, undefined, undefined,
      `is missing: a folder of per-area files needs a ${MANIFEST} manifest with the columns file,area`);
  });
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"), { skipEmptyLines: false });
  const rows = parsed.data;
  const header = rows[0]?.map((h) => h.trim()) ?? [];
  for (const column of ["file", "area"]) {
    if (!header.includes(column)) throw new InputError(shownFile, 1, column, "is missing from the manifest header");
  }
  const entries: { file: string; area: string; line: number }[] = [];
  let line = 1;
  for (const [i, cells] of rows.entries()) {
    const start = line;
    line += 1 + cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    if (i === 0 || (cells.length === 1 && cells[0] === "")) continue;
    const result = manifestRow.safeParse(Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ""])));
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new InputError(shownFile, start, String(issue?.path[0] ?? "file"), issue?.message ?? "is invalid");
    }
    if (entries.some((e) => e.file === result.data.file)) {
      throw new InputError(shownFile, start, "file", `lists "${result.data.file}" a second time`);
    }
    entries.push({ ...result.data, line: start });
  }
  if (entries.length === 0) throw new InputError(shownFile, 1, undefined, "lists no files");
  return entries;
}

/** Reads files one after another into one dataset. */
class DatasetReader {
  readonly #options: LoadOptions;
  readonly #rows: Job[] = [];
  readonly #stats = new ColumnStats(MERGED_COLUMNS);
  readonly #issues = new IssueLog();
  readonly #files: FileReport[] = [];
  readonly #seenIds = new Set<string>();
  readonly #strings = new Map<string, string>();
  readonly #intern = (text: string): string => {
    const known = this.#strings.get(text);
    if (known !== undefined) return known;
    const own = flatCopy(text);
    if (this.#strings.size < 200_000) this.#strings.set(own, own);
    return own;
  };
  readonly #jobTypeLists = new Map<string, readonly string[]>();
  readonly #jobTypes = (cell: string): readonly string[] => {
    let list = this.#jobTypeLists.get(cell);
    if (!list) {
      list = Object.freeze(cell.split(",").map((t) => t.trim()).filter(Boolean).map(this.#intern));
      if (this.#jobTypeLists.size < 1000) this.#jobTypeLists.set(this.#intern(cell), list);
    }
    return list;
  };
  #read = 0;
  #skipped = 0;

  constructor(options: LoadOptions) {
    this.#options = options;
  }

  async readFile(file: string, shownFile: string, { area }: { area: string | null }) {
    let header: string[] | null = null;
    let index = new Map<string, number>();
    let statIndex: number[] = [];
    let mode = "plain-csv" as "merged-csv" | "plain-csv";
    let kept = 0;
    let records = 0;
    const issues = this.#issues;

    const summary = await readCsvRows(file, ({ fields, line }) => {
      if (header === null) {
        header = fields.map((h) => h.trim());
        index = checkHeader(header, shownFile);
        mode = index.has("area") ? "merged-csv" : "plain-csv";
        statIndex = MERGED_COLUMNS.map((c) => (c === "area" && area === null && mode === "plain-csv") ? -2 : (index.get(c) ?? -1));
        return;
      }
      records++;
      this.#read++;
      if (fields.length !== header.length) {
        this.#skipped++;
        issues.add("ragged-row", { file: shownFile, line, column: header[Math.min(fields.length, header.length) - 1] ?? "",
          detail: `${fields.length} cells, header has ${header.length}` });
        return;
      }
      const get = (column: string) => {
        const i = index.get(column);
        return i === undefined ? null : cellValue(fields[i]);
      };
      let rowArea = area;
      if (rowArea === null) {
        const location = get("location")?.trim();
        if (mode === "merged-csv") {
          rowArea = get("area")?.trim() || null;
          if (rowArea === null) {
            issues.add("missing-area", { file: shownFile, line, column: "area", detail: location ?? "" });
          }
        }
        rowArea ??= location || UNKNOWN_LOCATION;
      }
      const job = parseJob(get, {
        file: shownFile, line, area: this.#intern(rowArea), issues, today: this.#options.today, intern: this.#intern, copy: flatCopy, jobTypes: this.#jobTypes,
      });
      if (!job) {
        this.#skipped++;
        return;
      }
      if (this.#seenIds.has(job.id)) {
        issues.add("duplicate-id", { file: shownFile, line, column: "id", detail: job.id });
      } else {
        this.#seenIds.add(job.id);
      }
      this.#stats.add((i) => {
        const at = statIndex[i]!;
        return at === -2 ? job.area : at === -1 ? (MERGED_COLUMNS[i] === "area" ? job.area : null) : cellValue(fields[at]);
      });
      this.#rows.push(job);
      kept++;
    }, shownFile);
    if (header === null) throw new InputError(shownFile, 1, undefined, "is empty: expected a JobSpy CSV header line");
    const names: string[] = header;
    const known = new Set(MERGED_COLUMNS);
    const layout = JOBSPY_COLUMNS.every((c) => names.includes(c)) ? "jobspy-34"
      : OLDER_JOBSPY_COLUMNS.every((c) => names.includes(c)) ? "jobspy-28" : "other";
    this.#files.push({
      file: shownFile, area, layout, records, rowsKept: kept, blankLines: summary.blankLines,
      unknownColumns: names.filter((h) => !known.has(h)),
      absentColumns: JOBSPY_COLUMNS.filter((c) => !names.includes(c)),
    });
    return { mode };
  }

  finish(source: string, mode: QualityReport["mode"], areaSource: string, unlistedFiles: string[]): Dataset {
    this.#strings.clear();
    return {
      rows: this.#rows,
      columns: this.#stats.result(),
      report: {
        dataset: this.#options.dataset, source, mode, areaSource,
        files: this.#files,
        rowsRead: this.#read, rowsKept: this.#rows.length, rowsSkipped: this.#skipped,
        issues: this.#issues.toJSON(),
        unlistedFiles,
      },
    };
  }
}

/**
 * A copy of `text` that does not share memory with it. The parser's cells are
 * substrings of a chunk of the file; keeping one would keep the whole chunk.
 */
function flatCopy(text: string): string {
  return (" " + text).slice(1);
}

/** Maps header names to cell indexes, refusing headers the pipeline cannot use. */
function checkHeader(header: readonly string[], file: string): Map<string, number> {
  const index = new Map<string, number>();
  for (const [i, name] of header.entries()) {
    if (index.has(name)) throw new InputError(file, 1, name, `appears twice in the header (cells ${index.get(name)! + 1} and ${i + 1})`);
    index.set(name, i);
  }
  const known = MERGED_COLUMNS.filter((c) => index.has(c));
  if (known.length === 0) {
    throw new InputError(file, 1, undefined,
      "does not look like a JobSpy CSV: its first line has none of the expected column names (id, title, company, ...)");
  }
  for (const column of REQUIRED_COLUMNS) {
    if (!index.has(column)) throw new InputError(file, 1, column, "is missing from the header: the analyses need it");
  }
  return index;
}
