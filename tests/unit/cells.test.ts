import { describe, expect, it } from "vitest";
import { isMissing, parseAmount, parseBoolean } from "../../src/ingest/cells.ts";
import { MISSING_TOKENS } from "../../src/ingest/columns.ts";

// The definitions these functions had before they matched around spaces instead of trimming:
// the new ones must agree with them on every cell.
const trimmedAmount = (text: string) => {
  const t = text.trim();
  return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(t) ? Number(t) : Number.NaN;
};
const trimmedBoolean = (text: string) => {
  const t = text.trim().toLowerCase();
  return t === "true" ? true : t === "false" ? false : undefined;
};

const SPACES = [" ", "\t", "\n", "\r", "\u00a0", "\u2028", "\u3000", "\ufeff", "\u200b"];
const CORES = ["true", "True", "TRUE", "tRuE", "false", "FALSE", "truee", "t rue", "ſalse", "0", "1", "-1", "90000.0", "1e5", "1E-3", ".5",
  "5.", "+7", "--1", "1.2.3", "1,000", "$5", "Infinity", "NaN", "0x10", "", "1 2", "١٢٣"];

describe("parseAmount and parseBoolean", () => {
  it("agree with trim() followed by the whole-cell test, whatever spaces surround the cell", () => {
    let checked = 0;
    for (const core of CORES) {
      for (const before of ["", ...SPACES]) {
        for (const after of ["", ...SPACES, "  \n "]) {
          const cell = before + core + after;
          expect(parseAmount(cell), JSON.stringify(cell)).toStrictEqual(trimmedAmount(cell));
          expect(parseBoolean(cell), JSON.stringify(cell)).toBe(trimmedBoolean(cell));
          checked++;
        }
      }
    }
    expect(checked).toBe(CORES.length * (SPACES.length + 1) * (SPACES.length + 2));
    expect(parseAmount(" 90000.0 ")).toBe(90000);
    expect(parseBoolean("\tTrue\n")).toBe(true);
    expect(parseBoolean("False")).toBe(false);
  });

  it("read cells of tens of megabytes (a description is the first cell of its column's counts)", () => {
    const big = "x".repeat(50_000_000);
    const spaces = " ".repeat(20_000_000);
    expect(parseBoolean(big)).toBeUndefined();
    expect(parseAmount(big)).toBeNaN();
    expect(parseAmount(`${spaces}12${spaces}x`)).toBeNaN();
    expect(parseAmount(`${spaces}12${spaces}`)).toBe(12);
    expect(parseBoolean(`${spaces}true${spaces}`)).toBe(true);
  });
});

describe("isMissing", () => {
  it("is true for exactly pandas' missing-value tokens", () => {
    for (const token of MISSING_TOKENS) {
      expect(isMissing(token), token).toBe(true);
      expect(isMissing(` ${token}`), token).toBe(false);
    }
    expect(isMissing("0")).toBe(false);
    expect(isMissing("x".repeat(5000))).toBe(false);
    // Cells that start like a token but are not one, and a first character beyond ASCII.
    for (const cell of ["Nano", "NaN ", "nul", "N/A/B", "-1", "#", "<NA", "Ñ", "\u00A0"]) expect(isMissing(cell), cell).toBe(false);
  });
});
