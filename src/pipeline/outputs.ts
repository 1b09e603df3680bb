import type { AnalysisData, AnalysisName } from "../analysis/registry.ts";
import type { PlacesFile } from "../places/PlacesFile.ts";
import type { QualityReport } from "../ingest/QualityReport.ts";
import type { FigureId } from "../analysis/figures/index.ts";
import type { FigureFile } from "../charts/defineFigure.ts";
import type { FigureDownloadFile } from "../downloads/figureDownload.ts";

// The contract for everything precompute writes into src/generated/: one declared type
// per file, imported by the writer (src/pipeline/precompute.ts) and by the site's readers
// (src/data/*.ts), so a change to a file's shape fails type-checking on both sides.
// To add an output: declare its file and type here, then push one `output(file, data)`
// in precompute.ts. Nothing in these files may name the build machine's paths: the site
// publishes them (src/generated/manifest.json, which does, is read only by the build).

/** The folder precompute writes, relative to the project root. */
export const GENERATED_DIR = "src/generated";

export type { MapPlace, PlacesFile } from "../places/PlacesFile.ts";

/** `quality/<dataset>.json`: a dataset's quality report, its unplaced areas and how its locations were placed. */
export type QualityFile = QualityReport & {
  readonly unknownAreas: readonly string[];
  readonly locations?: PlacesFile["locations"][string];
};

/** Where one dataset came from, as the site may say it. */
export interface DatasetOrigin {
  /** A publishable name for the source: the file or folder name, never a path on the build machine. */
  readonly source: string | null;
  readonly rows: number;
  /** True when the data is byte for byte the bundled synthetic sample (by content, not by where it is). */
  readonly bundledSample: boolean;
}

/** `sources.json`: what this build's data is. */
export interface SourcesFile {
  /** True when every dataset this build has is the bundled synthetic sample. */
  readonly bundledSample: boolean;
  readonly datasets: Readonly<Record<string, DatasetOrigin>>;
}

/** One file and the SHA-256 of its bytes (hex). */
export interface FileDigest {
  readonly file: string;
  readonly sha256: string;
}

/**
 * `manifest.json`, written last: the folder is complete, and what it was computed from.
 * Private to the build (it names local paths); pages never import it.
 */
export interface Manifest {
  readonly version: 1;
  /** SHA-256 over everything below except `outputs`: equal keys mean an equal computation. */
  readonly key: string;
  readonly node: string;
  /** Options that change the output besides data and code (e.g. the reference date). */
  readonly settings: Readonly<Record<string, string>>;
  /** Each dataset's source (real path, or null when left out) and the other tables read (places' corrections, aliases). */
  readonly sources: { readonly datasets: Readonly<Record<string, string | null>>; readonly tables: Readonly<Record<string, string>> };
  /** Every input file read (real paths). */
  readonly inputs: readonly FileDigest[];
  /** Every project file the computation loaded (relative to the project root), and the lockfile for node_modules. */
  readonly code: readonly FileDigest[];
  /** Every file written, relative to src/generated/. */
  readonly outputs: readonly FileDigest[];
}

/** Files with a fixed name. */
export interface NamedFiles {
  /** Declared by the places stage (src/places/PlacesFile.ts). */
  "places.json": PlacesFile;
  "sources.json": SourcesFile;
}

/**
 * Every file precompute may write besides the manifest. The declared figures' files are
 * src/pipeline/figureFiles.ts's: `figures/<id>.json` (what `<Chart id>` draws) and its
 * downloads, the CSV as text (written as it is) and the JSON.
 */
export type GeneratedFile =
  | keyof NamedFiles
  | `analyses/${AnalysisName}.json`
  | `quality/${string}.json`
  | `figures/${FigureId}.json`
  | `downloads/${FigureId}.csv`
  | `downloads/${FigureId}.json`;

/** The type of a generated file's content, by its name. */
export type GeneratedData<F extends GeneratedFile> =
  F extends `analyses/${infer N extends AnalysisName}.json` ? AnalysisData<N>
    : F extends `quality/${string}.json` ? QualityFile
      : F extends `figures/${string}.json` ? FigureFile
        : F extends `downloads/${string}.csv` ? string
          : F extends `downloads/${string}.json` ? FigureDownloadFile
            : F extends keyof NamedFiles ? NamedFiles[F] : never;

/** One file precompute writes: its name under src/generated/ and its JSON content (a string is written as it is). */
export type Output = readonly [file: GeneratedFile, data: unknown];

/** An output, checked against the contract: `output("places.json", { places, unknownAreas })`. */
export function output<F extends GeneratedFile>(file: F, data: GeneratedData<F>): Output {
  return [file, data];
}

/** The manifest's file name inside src/generated/. */
export const MANIFEST_FILE = "manifest.json";
