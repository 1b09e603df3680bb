import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { Job } from "./Job.ts";
import { ColumnStats, type ColumnStat, type SiteColumns } from "./ColumnStats.ts";
import { InputError } from "./InputError.ts";
import { inputKind, safeInputFile } from "./safeInputFile.ts";
import { IssueLog, type AsOf, type FileReport, type QualityReport } from "./QualityReport.ts";
import { cellValue, isMissingCell, parseDate } from "./cells.ts";
import { DATASET_COLUMNS, IDENTITY_COLUMNS, JOBSPY_COLUMNS, MERGED_COLUMNS, REQUIRED_COLUMNS } from "./columns.ts";
import { LINKEDIN_LEVELS } from "./jobLevel.ts";
import { ALL_JOBSPY_COLUMNS, HYPERLINK_URL_COLUMN, matchLayout, USER_COLUMNS } from "./layouts.ts";
import { COLUMN, jobDictionaries, parseJob, ROW_COLUMNS, type RowCells } from "./parseJob.ts";
import { hashText, readCsvCells, readCsvRows, type CsvCells } from "./readCsvRows.ts";
import type { ColumnCells } from "./ColumnStats.ts";
import type { CellDictionary } from "./cellDictionary.ts";
import { deriveAsOf } from "./asOf.ts";

/** The manifest of a folder of per-area files. */
export const MANIFEST = "areas.csv";

/** Everything the analyses and the site need from one dataset. */
export interface Dataset {
  readonly rows: Job[];
  /**
   * The column table: the merged layout's 35 columns in order, then any
   * other JobSpy or user column some file has, with non-null counts, dtypes
   * and how many rows' files have the column at all.
   */
  readonly columns: ColumnStat[];
  /** The same counts per board (the `site` column): which fields each board fills, and which its layout lacks. */
  readonly columnsBySite: SiteColumns[];
  readonly report: QualityReport;
  /**
   * The ids more than one row has (the reader checks every id for the
   * duplicate-id count anyway), so the duplicates analysis need not map every
   * id again. Absent on a dataset built another way.
   */
  readonly repeatedIds?: ReadonlySet<string>;
}

export interface LoadOptions {
  /** A name for messages and the report, e.g. "backend". */
  readonly dataset: string;
  /**
   * The dataset's reference day (YYYY-MM-DD), when something other than the
   * rows says it: the scrape date in the dataset's metadata, or a pin
   * (JOBS_TODAY). Without it the day is derived from the rows' dates (see
   * {@link deriveAsOf}). Dates after it are counted as future-date and ignored.
   */
  readonly asOf?: string | undefined;
  /** Where a pinned {@link asOf} comes from, for the report ("the dataset's metadata", "JOBS_TODAY"). */
  readonly asOfFrom?: string | undefined;
  /** The former name of {@link asOf}, still read. */
  readonly today?: string | undefined;
  /** Paths in messages are shown relative to this folder. */
  readonly cwd?: string | undefined;
  /**
   * false: descriptions are not read for skills, years and work mode (the
   * slowest part of ingest), and every row's features are NOT_EXTRACTED,
   * which throws when read. For callers that run no text analysis, such as
   * the numbers command. Default true.
   */
  readonly features?: boolean | undefined;
}

const manifestRow = z.object({
  file: z.string().trim().min(1, "the file name is empty").refine((f) => !f.includes("/") && !f.includes("\\"),
    "must be a file name inside the folder, without a path"),
  area: z.string().trim().min(1, "the area is empty"),
});

/**
 * Reads a dataset in any of the three shapes JobSpy users have:
 * a merged CSV with an `area` column; a plain JobSpy CSV (area = the
 * location as written, null when empty; src/places then normalises it); or a folder of
 * per-area files with an `areas.csv` manifest (`file,area`), merged in
 * manifest order. Rows come out identical whichever shape the same postings
 * arrive in. Files may be in any JobSpy layout (src/ingest/layouts.ts), in
 * any column order.
 *
 * Throws {@link InputError} for input that cannot be read as a whole.
 */
export async function loadDataset(source: string, options: LoadOptions): Promise<Dataset> {
  const cwd = options.cwd ?? process.cwd();
  const shown = (p: string) => path.relative(cwd, p) || p;
  // Refuses what cannot be read (no permission, a FIFO, a link out of the folder) before opening it: safeInputFile.ts.
  const kind = await inputKind(source, shown(source));

  const reader = new DatasetReader(options);
  if (kind === "folder") {
    const manifestPath = path.join(source, MANIFEST);
    await safeInputFile(manifestPath, shown(manifestPath), { folder: source,
      missing: `is missing: a folder of per-area files needs a ${MANIFEST} manifest with the columns file,area` });
    const entries = await readManifest(manifestPath, shown(manifestPath));
    const listed = new Set(entries.map((e) => e.file));
    const present = (await readdir(source)).filter((f) => f.toLowerCase().endsWith(".csv") && f !== MANIFEST);
    for (const entry of entries) {
      if (!present.includes(entry.file)) {
        throw new InputError(shown(manifestPath), entry.line, "file",
          `names "${entry.file}", which is not in the folder`);
      }
    }
    for (const entry of entries) await safeInputFile(path.join(source, entry.file), shown(path.join(source, entry.file)), { folder: source });
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
    : "the file has no area column, so each row's area is the place its location resolves to (src/places), or the location as written when it names no known place (none when the location is empty or names no place)", []);
}

/**
 * Reads areas.csv with the CSV reader the data files use, so a quote never
 * closed, text that is not UTF-8 (a Latin-1 "Montréal") or a ragged line is
 * fatal at its real line, never merged into the next entry or published as
 * "Montr\uFFFDal".
 */
async function readManifest(file: string, shownFile: string) {
  const info = await stat(file).catch(() => null);
  if (!info) {
    throw new InputError(shownFile, undefined, undefined,
      `is missing: a folder of per-area files needs a ${MANIFEST} manifest with the columns file,area`);
  }
  const entries: { file: string; area: string; line: number }[] = [];
  let header: string[] | null = null;
  await readCsvRows(file, ({ fields, line }) => {
    if (header === null) {
      header = fields.map((h) => h.trim());
      for (const column of ["file", "area"]) {
        if (!header.includes(column)) throw new InputError(shownFile, line, column, "is missing from the manifest header");
      }
      return;
    }
    const names: string[] = header;
    if (fields.length !== names.length) {
      throw new InputError(shownFile, line, names[Math.min(fields.length, names.length) - 1],
        `has ${fields.length} cells where the header has ${names.length}`);
    }
    const cells = Object.fromEntries(names.map((h, j) => [h, fields[j] ?? ""]));
    for (const column of ["file", "area"]) {
      if (/[\n\r]/.test(cells[column] ?? "")) {
        throw new InputError(shownFile, line, column,
          "runs over several lines: a quote is probably never closed, so the next entry would be merged into this one");
      }
    }
    const result = manifestRow.safeParse(cells);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new InputError(shownFile, line, String(issue?.path[0] ?? "file"), issue?.message ?? "is invalid");
    }
    if (entries.some((e) => e.file === result.data.file)) {
      throw new InputError(shownFile, line, "file", `lists "${result.data.file}" a second time`);
    }
    entries.push({ ...result.data, line });
  }, shownFile);
  if (header === null) throw new InputError(shownFile, 1, undefined, "is empty: expected the header file,area");
  if (entries.length === 0) throw new InputError(shownFile, 1, undefined, "lists no files");
  return entries;
}

/** Every column name JobSpy or a user's script writes. */
const KNOWN_COLUMNS: ReadonlySet<string> = new Set<string>([...ALL_JOBSPY_COLUMNS, ...USER_COLUMNS]);

/** How one header row maps cells to columns. */
interface Layout {
  readonly header: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Cell index of each {@link ROW_COLUMNS} entry (what parseJob reads), -1 when absent. */
  readonly rowIndex: Int32Array;
  /** Cell index of job_url_hyper when the header has it and no job_url; else -1. */
  readonly hyperlink: number;
  /** Cell index of each DATASET_COLUMNS entry: -1 absent, -2 the row's area. */
  readonly statIndex: readonly number[];
  /** Indexes of the DATASET_COLUMNS entries the file has. */
  readonly present: Int32Array;
  readonly layout: string;
  readonly description: string;
  readonly userColumns: readonly string[];
}

/** Reads files one after another into one dataset. */
class DatasetReader {
  readonly #options: LoadOptions;
  readonly #rows: Job[] = [];
  readonly #stats = new ColumnStats(DATASET_COLUMNS);
  readonly #issues = new IssueLog();
  readonly #files: FileReport[] = [];
  readonly #ids = new IdIndex(this.#rows);
  readonly #repeatedIds = new Set<string>();
  readonly #dictionaries = jobDictionaries();
  #read = 0;
  #skipped = 0;

  constructor(options: LoadOptions) {
    this.#options = options;
  }

  async readFile(file: string, shownFile: string, { area }: { area: string | null }) {
    let current: Layout | null = null;
    const layouts: Layout[] = [];
    let mode = "plain-csv" as "merged-csv" | "plain-csv";
    let kept = 0;
    let records = 0;
    let derivedIds = 0;
    let repeatedHeaders = 0;
    const issues = this.#issues;

    const dictionaries = this.#dictionaries;
    const row = new RowView();
    const summary = await readCsvCells(file, (cells) => {
      const line = cells.line;
      if (current === null) {
        current = readHeader(cells.fields(), shownFile, line, area !== null);
        layouts.push(current);
        mode = current.index.has("area") ? "merged-csv" : "plain-csv";
        return;
      }
      const layout: Layout = current;
      records++;
      this.#read++;
      const repeat = headerRow(cells, layout.header);
      if (repeat !== "no") {
        this.#skipped++;
        repeatedHeaders++;
        issues.add("repeated-header", { file: shownFile, line, column: layout.header[0] ?? "",
          detail: repeat === "same" ? "the file's header again" : `a header with ${cells.count} columns: the rows after it are read by it` });
        if (repeat === "other") {
          current = readHeader(cells.fields(), shownFile, line, area !== null);
          if (mode === "merged-csv" && !current.index.has("area")) {
            throw new InputError(shownFile, line, "area", "is missing from this second header, but the file's first header has it");
          }
          layouts.push(current);
        }
        return;
      }
      if (cells.count !== layout.header.length) {
        this.#skipped++;
        issues.add("ragged-row", { file: shownFile, line, column: layout.header[Math.min(cells.count, layout.header.length) - 1] ?? "",
          detail: `${cells.count} cells, header has ${layout.header.length}` });
        return;
      }
      row.cells = cells;
      row.layout = layout;
      let rowArea = area;
      if (rowArea === null) {
        // A merged CSV's location is read for the area only when its area cell is empty.
        rowArea = mode === "merged-csv" ? row.read(COLUMN.area, dictionaries.area) : null;
        if (rowArea === null) {
          rowArea = row.read(COLUMN.location, dictionaries.areaFromLocation);
          if (mode === "merged-csv") issues.add("missing-area", { file: shownFile, line, column: "area", detail: rowArea ?? "" });
        }
      }
      const before = issues.count("derived-id");
      const job = parseJob(row, {
        file: shownFile, line, area: rowArea, issues, dictionaries,
        features: this.#options.features !== false,
      });
      if (!job) {
        this.#skipped++;
        return;
      }
      derivedIds += issues.count("derived-id") - before;
      if (!this.#ids.add(job.id)) {
        issues.add("duplicate-id", { file: shownFile, line, column: "id", detail: job.id });
        this.#repeatedIds.add(job.id);
      }
      row.area = job.area;
      this.#stats.add(row, layout.present, job.site);
      this.#rows.push(job);
      kept++;
    }, shownFile);
    if (current === null) throw new InputError(shownFile, 1, undefined, "is empty: expected a JobSpy CSV header line");
    const first: Layout = layouts[0]!;
    const distinct = layouts.filter((l, i) => layouts.findIndex((m) => m.layout === l.layout) === i);
    const allColumns = [...new Set(layouts.flatMap((l) => l.header))];
    this.#files.push({
      file: shownFile, area,
      layout: distinct.map((l) => l.layout).join(","),
      layoutDescription: distinct.map((l) => l.description).join("; then, after a second header, "),
      columns: first.header,
      userColumns: [...new Set(layouts.flatMap((l) => l.userColumns))],
      derivedIds, repeatedHeaders,
      records, rowsKept: kept, blankLines: summary.blankLines,
      unknownColumns: allColumns.filter((h) => !KNOWN_COLUMNS.has(h)),
      absentColumns: JOBSPY_COLUMNS.filter((c) => !layouts.some((l) => l.index.has(c))),
    });
    return { mode };
  }

  finish(source: string, mode: QualityReport["mode"], areaSource: string, unlistedFiles: string[]): Dataset {
    this.#ids.clear();
    const rows = this.#rows;
    const asOf = this.#asOf();
    if (asOf.date !== null) {
      for (const row of rows) {
        if (row.datePosted !== null && row.datePosted > asOf.date) {
          this.#issues.add("future-date", { file: row.file, line: row.line, column: "date_posted", detail: row.datePosted });
          (row as { datePosted: string | null }).datePosted = null;
        }
      }
    }
    const unknownLevels = new Map<string, number>();
    for (const row of rows) {
      if (row.jobLevel !== null && !(LINKEDIN_LEVELS as readonly string[]).includes(row.jobLevel)) {
        unknownLevels.set(row.jobLevel, (unknownLevels.get(row.jobLevel) ?? 0) + 1);
      }
    }
    const stats = this.#stats.result();
    const keep = stats.map((c, i) => i < MERGED_COLUMNS.length || c.inLayout > 0);
    return {
      rows,
      repeatedIds: this.#repeatedIds,
      columns: stats.filter((_, i) => keep[i]),
      columnsBySite: this.#stats.bySite().map((s) => ({ ...s, columns: s.columns.filter((_, i) => keep[i]) })),
      report: {
        dataset: this.#options.dataset, source, mode, areaSource,
        files: this.#files,
        asOf,
        rowsRead: this.#read, rowsKept: rows.length, rowsSkipped: this.#skipped,
        issues: this.#issues.toJSON(),
        unknownLevels: [...unknownLevels].map(([level, count]) => ({ level, count }))
          .sort((a, b) => b.count - a.count || (a.level < b.level ? -1 : a.level > b.level ? 1 : 0)),
        unlistedFiles,
      },
    };
  }

  #asOf(): AsOf {
    const pinned = this.#options.asOf ?? this.#options.today;
    if (pinned !== undefined) {
      const date = parseDate(pinned);
      if (date === null || date.form !== "iso") {
        throw new InputError(this.#options.asOfFrom ?? "the as-of date", undefined, undefined,
          `is "${pinned}", not a date written YYYY-MM-DD`);
      }
      return { date: date.iso, source: "pinned",
        rule: `given by ${this.#options.asOfFrom ?? "the caller"}; dates after it are counted as future-date and ignored` };
    }
    const counts = new Map<string, number>();
    for (const row of this.#rows) if (row.datePosted !== null) counts.set(row.datePosted, (counts.get(row.datePosted) ?? 0) + 1);
    return deriveAsOf(counts);
  }
}

/**
 * The ids of the rows read so far, to tell a repeated one: an open-addressing
 * table of row numbers and hashes (typed arrays, outside the JS heap) over
 * the rows' own id strings. A `Set` of a million ids held some 30 MB of hash table in
 * the heap, whose pointers to new ids every scavenge had to visit.
 */
class IdIndex {
  readonly #rows: readonly Job[];
  /** Row number + 1 of each id's first row; 0 for an empty slot. At most half full. */
  #slots = new Int32Array(1 << 12);
  /** The hash of each slot's id: growing and probing need not read the rows. */
  #hashes = new Int32Array(1 << 12);
  #size = 0;

  constructor(rows: readonly Job[]) {
    this.#rows = rows;
  }

  /** Records `id` as the id of the next row (rows.length); false when an earlier row has it. */
  add(id: string): boolean {
    if ((this.#size + 1) * 2 > this.#slots.length) this.#grow();
    const slots = this.#slots;
    const hashes = this.#hashes;
    const mask = slots.length - 1;
    const hash = hashText(id, 0, id.length);
    let k = hash & mask;
    for (let at = slots[k]!; at !== 0; at = slots[k]!) {
      if (hashes[k] === hash && this.#rows[at - 1]!.id === id) return false;
      k = (k + 1) & mask;
    }
    slots[k] = this.#rows.length + 1;
    hashes[k] = hash;
    this.#size++;
    return true;
  }

  clear(): void {
    this.#slots = new Int32Array(0);
    this.#hashes = new Int32Array(0);
  }

  #grow(): void {
    const slots = new Int32Array(this.#slots.length * 2);
    const hashes = new Int32Array(slots.length);
    const mask = slots.length - 1;
    for (let j = 0; j < this.#slots.length; j++) {
      const at = this.#slots[j]!;
      if (at === 0) continue;
      let k = this.#hashes[j]! & mask;
      while (slots[k] !== 0) k = (k + 1) & mask;
      slots[k] = at;
      hashes[k] = this.#hashes[j]!;
    }
    this.#slots = slots;
    this.#hashes = hashes;
  }
}

/**
 * Reads a header: every name trimmed, no name twice, the required columns
 * all there (one message lists every one missing). `inFolder`: the manifest
 * gives the area, so an `area` column is read as any other.
 */
function readHeader(fields: readonly string[], file: string, line: number, inFolder: boolean): Layout {
  const header = fields.map((h) => h.trim());
  const index = new Map<string, number>();
  for (const [i, name] of header.entries()) {
    if (index.has(name)) throw new InputError(file, line, name, `appears twice in the header (cells ${index.get(name)! + 1} and ${i + 1})`);
    index.set(name, i);
  }
  if (!header.some((h) => KNOWN_COLUMNS.has(h))) {
    throw new InputError(file, line, undefined,
      "does not look like a JobSpy CSV: its first line has none of JobSpy's column names (id, job_url, title, company, location, ...)");
  }
  const missing: string[] = REQUIRED_COLUMNS.filter((c) => !index.has(c));
  const identity = IDENTITY_COLUMNS.some((c) => index.has(c));
  if (missing.length === 1 && identity) {
    throw new InputError(file, line, missing[0], "is missing from the header: every JobSpy layout has it, and the analyses need it");
  }
  if (missing.length > 0 || !identity) {
    const names = [...missing.map((c) => `"${c}"`), ...(identity ? [] : ['"id" or "job_url"'])];
    throw new InputError(file, line, undefined,
      `the header is missing ${names.length} required column${names.length === 1 ? "" : "s"}: ${joinAnd(names)}. ` +
      "Every JobSpy layout has title, company, location and an id or job_url; any other column may be absent");
  }
  const statIndex = DATASET_COLUMNS.map((c) => (c === "area" && !inFolder && !index.has("area")) || (c === "area" && inFolder)
    ? -2
    : c === "job_url" && !index.has("job_url") ? index.get(HYPERLINK_URL_COLUMN) ?? -1 : index.get(c) ?? -1);
  const present = Int32Array.from(statIndex.flatMap((at, i) => (at === -1 ? [] : [i])));
  const rowIndex = Int32Array.from(ROW_COLUMNS, (c) => index.get(c) ?? -1);
  const hyperlink = index.has("job_url") ? -1 : index.get(HYPERLINK_URL_COLUMN) ?? -1;
  const match = matchLayout(header);
  return { header, index, rowIndex, hyperlink, statIndex, present, ...match, layout: match.layout, description: match.description };
}

/**
 * Is this record a header row (two exports concatenated)? "same" when it
 * repeats the current header; "other" when every cell is a column name
 * JobSpy or a user's script writes and the required ones are there (a
 * header of another layout); "no" otherwise. A posting never has all its
 * cells equal to column names.
 */
function headerRow(cells: CsvCells, header: readonly string[]): "same" | "other" | "no" {
  // Cheap first test, as every record passes here: a header's first cell is a column name.
  const first = cells.cell(0).trim();
  if (first !== header[0] && !KNOWN_COLUMNS.has(first)) return "no";
  const names = cells.fields().map((f) => f.trim());
  if (names.length === header.length && names.every((c, i) => c === header[i])) return "same";
  if (names.length >= REQUIRED_COLUMNS.length && names.every((c) => KNOWN_COLUMNS.has(c)) && REQUIRED_COLUMNS.every((c) => names.includes(c))) {
    return "other";
  }
  return "no";
}

/**
 * The record being read, through its layout: the cells parseJob reads (by
 * the layout's {@link Layout.rowIndex}) and the dataset columns the column
 * counts test (by {@link Layout.statIndex}), each found without a lookup by name.
 * One object, pointed at each record in turn.
 */
class RowView implements RowCells, ColumnCells {
  cells!: CsvCells;
  layout!: Layout;
  /** The row's area, once decided (the `area` dataset column when the manifest or the location gives it). */
  area: string | null = null;

  get(column: number): string | null {
    const at = this.layout.rowIndex[column]!;
    if (at < 0) {
      const hyperlink = this.layout.hyperlink;
      return column === COLUMN.job_url && hyperlink >= 0 ? hyperlinkUrl(this.#value(hyperlink)) : null;
    }
    if (column === COLUMN.description) {
      // Read only by extractFeatures, which removes every backslash: undoing pandas' doubled ones
      // first would copy each description once more (a 300 MB cell, 300 MB more).
      return isMissingCell(this.cells, at) ? null : this.cells.cell(at);
    }
    return this.#value(at);
  }

  read<T>(column: number, dictionary: CellDictionary<T>): T {
    return dictionary.of(this.cells, this.layout.rowIndex[column]!);
  }

  // The column counts read the raw cell: unescaping changes neither whether a cell is missing nor its dtype,
  // and would scan every description.
  isMissing(column: number): boolean {
    const at = this.layout.statIndex[column]!;
    return at === -2 ? this.area === null : isMissingCell(this.cells, at);
  }

  text(column: number): string {
    const at = this.layout.statIndex[column]!;
    return at === -2 ? this.area! : this.cells.cell(at);
  }

  #value(at: number): string | null {
    return isMissingCell(this.cells, at) ? null : cellValue(this.cells.cell(at));
  }
}

/** The URL inside JobSpy's `hyperlinks=True` cell, `<a href="URL">URL</a>`; the cell itself otherwise. */
function hyperlinkUrl(cell: string | null): string | null {
  if (cell === null) return null;
  return /^<a href="([^"]*)">/.exec(cell.trim())?.[1] ?? cell;
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
