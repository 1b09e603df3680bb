/**
 * A fatal problem with an input file: the pipeline stops and prints this one
 * message, which names the file, the line in the file (1-based, counting
 * every physical line, quoted newlines included) and, when known, the column.
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: string | undefined;

  constructor(file: string, line: number | undefined, column: string | undefined, problem: string) {
    const where = [file, line === undefined ? "" : `line ${line}`, column === undefined ? "" : `column "${column}"`]
      .filter(Boolean)
      .join(", ");
    super(`${where}: ${problem}`);
    this.name = "InputError";
    this.file = file;
    this.line = line;
    this.column = column;
  }
}
