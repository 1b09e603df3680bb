import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { InputError } from "../ingest/InputError.ts";
import { datasetMetadataSchema, type DatasetMetadata } from "./DatasetMetadata.ts";

/** The metadata file's name inside a data folder. */
export const METADATA_FILE = "dataset.json";

/**
 * Where a dataset's metadata file is, if it has one: for a folder,
 * `dataset.json` inside it; for a CSV `jobs.csv`, `jobs.dataset.json`
 * beside it. null when there is none (metadata is optional).
 */
export async function findDatasetMetadata(source: string): Promise<string | null> {
  const info = await stat(source).catch(() => null);
  if (info === null) return null;
  const candidate = info.isDirectory()
    ? path.join(source, METADATA_FILE)
    : path.join(path.dirname(source), `${path.basename(source).replace(/\.csv$/i, "")}.${METADATA_FILE}`);
  const found = await stat(candidate).catch(() => null);
  return found?.isFile() ? candidate : null;
}

/**
 * The environment variable that names a dataset's metadata file instead:
 * `JOBS_DATA` -> `JOBS_METADATA`, `DS_DATA` -> `DS_METADATA`. It lets tests
 * and authors describe data they cannot (or should not) write a file beside.
 */
export function metadataEnvOf(dataEnv: string): string {
  return `${dataEnv.replace(/_DATA$/, "")}_METADATA`;
}

/**
 * Reads and validates a dataset's metadata: the file `explicit` names when
 * given, else the one {@link findDatasetMetadata} finds beside `source`;
 * null when there is none. A file that is not JSON or breaks the schema
 * throws {@link InputError} naming the file, the line and the field.
 * `shown` turns paths into the form messages print.
 */
export async function readDatasetMetadata(
  source: string, { explicit, shown = (p) => p }: { explicit?: string | undefined; shown?: (file: string) => string } = {},
): Promise<DatasetMetadata | null> {
  const file = explicit ?? await findDatasetMetadata(source);
  if (file === null) return null;
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new InputError(shown(file), undefined, undefined, error.code === "ENOENT" ? "does not exist (named as the dataset's metadata file)"
      : error.code === "EACCES" ? "cannot be read: permission denied" : `cannot be read (${error.code ?? error.message})`);
  });
  return parseDatasetMetadata(text, shown(file));
}

/** Validates the text of a metadata file; errors name `file`, the line and the field. */
export function parseDatasetMetadata(text: string, file: string): DatasetMetadata {
  const body = text.replace(/^\uFEFF/, "");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message);
    const line = at ? lineAt(body, Number(at[1])) : undefined;
    throw new InputError(file, line, undefined, `is not valid JSON: ${(error as Error).message.replace(/^.*?: /, "")}`);
  }
  const result = datasetMetadataSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = fieldOf(issue);
  return fail(file, lineOfField(body, field), field.join(".") || undefined, messageOf(issue));
}

function fail(file: string, line: number | undefined, field: string | undefined, message: string): never {
  throw new InputError(file, line, field, message);
}

/** The path of the field an issue is about (an unknown key's own name, not its parent). */
function fieldOf(issue: z.core.$ZodIssue): string[] {
  const at = issue.path.map(String);
  return issue.code === "unrecognized_keys" ? [...at, issue.keys[0]!] : at;
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `is not a metadata field (the fields are: ${Object.keys(datasetMetadataSchema.shape).filter((k) => k !== "$schema").join(", ")}; see README, "Dataset metadata")`;
  if (issue.code === "invalid_key") return "is not an ISO 4217 currency code in capitals, e.g. CAD";
  if (issue.code === "invalid_type") {
    const received = /received (\w+)/.exec(issue.message)?.[1];
    return received === "undefined" ? "is missing" : `must be ${issue.expected === "array" ? "a list" : issue.expected === "object" ? "an object" : `a ${issue.expected}`}${received ? `, not ${received === "string" ? "text" : `a ${received}`}` : ""}`;
  }
  return issue.message;
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") line++;
  return line;
}

/** The line where a field's key is written, found by walking the keys of its path in order; undefined if not found. */
function lineOfField(text: string, field: readonly string[]): number | undefined {
  let from = 0;
  for (const key of field) {
    if (/^\d+$/.test(key)) continue;
    const at = text.indexOf(JSON.stringify(key), from);
    if (at === -1) return from === 0 ? undefined : lineAt(text, from);
    from = at;
  }
  return field.length === 0 ? undefined : lineAt(text, from);
}
