import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { compareCodePoints, compareText } from "../../src/lib/compareText.ts";
import { PROJECT_ROOT } from "../../src/pipeline/dataSources.ts";

// Names whose order differs between locales: Swedish sorts å, ä, ö after z; Danish sorts
// "aa" after z; Turkish has a dotless ı.
const NAMES = ["Zeta", "Ängelholm", "Aalborg", "Örebro", "Oslo", "Ab", "ab", "Istanbul", "ıspir", "Åre", "Vaxjo", "Wien"];

/** `compareText` and `localeCompare` run in a child process with the given locale environment. */
function sortUnder(locale: string, how: "compareText" | "localeCompare"): string[] {
  const code = how === "compareText"
    ? `import { compareText } from "./src/lib/compareText.ts"; console.log(JSON.stringify(${JSON.stringify(NAMES)}.sort(compareText)));`
    : `console.log(JSON.stringify(${JSON.stringify(NAMES)}.sort((a, b) => a.localeCompare(b))));`;
  const r = spawnSync(process.execPath, ["--experimental-strip-types", "--input-type=module", "-e", code],
    { cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, LANG: locale, LC_ALL: locale } });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as string[];
}

describe("compareText", () => {
  it("gives the same order under en_US, sv_SE, da_DK and tr_TR, where localeCompare does not", () => {
    const locales = ["en_US.UTF-8", "sv_SE.UTF-8", "da_DK.UTF-8", "tr_TR.UTF-8"];
    const orders = locales.map((l) => sortUnder(l, "compareText"));
    for (const order of orders) expect(order).toEqual(orders[0]);
    // The fault this replaces: the machine's locale changes localeCompare's order.
    expect(sortUnder("sv_SE.UTF-8", "localeCompare")).not.toEqual(sortUnder("en_US.UTF-8", "localeCompare"));
  });

  it("orders as English readers expect: accents next to their letter, lower case first", () => {
    expect(["Zeta", "Örebro", "Oslo", "Ängelholm", "Aalborg"].sort(compareText)).toEqual(["Aalborg", "Ängelholm", "Örebro", "Oslo", "Zeta"]);
    expect(["B", "a", "A", "b"].sort(compareText)).toEqual(["a", "A", "b", "B"]);
  });

  it("is total: strings the collator calls equal still get a fixed order", () => {
    const composed = "\u00e9"; // é as one code point
    const decomposed = "e\u0301"; // e + combining acute
    expect(compareText(composed, decomposed)).not.toBe(0);
    expect(compareText(composed, decomposed)).toBe(-compareText(decomposed, composed));
    expect(compareText("x", "x")).toBe(0);
  });
});

describe("charts drawn under different locales", () => {
  /** The treemap and word cloud of tied names, rendered in a child process under `locale`. */
  function renderUnder(locale: string): string {
    const names = JSON.stringify(NAMES);
    const code = `
      import { chartRows, renderChartToString } from "./src/charts/renderChart.ts";
      const names = ${names};
      const draw = (kind, id) => {
        const spec = { kind, options: { label: "name", value: "value" } };
        return renderChartToString(spec, chartRows(spec, names.map((name) => ({ name, value: 5 }))), { id });
      };
      process.stdout.write(draw("treemap", "t"));
      process.stdout.write(draw("word-cloud", "c"));`;
    const r = spawnSync(process.execPath, ["--experimental-strip-types", "--input-type=module", "-e", code],
      { cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, LANG: locale, LC_ALL: locale } });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  }

  it("are byte-identical under en_US and sv_SE (ties ordered by the fixed collator)", () => {
    const en = renderUnder("en_US.UTF-8");
    expect(en).toContain("Ängelholm");
    expect(renderUnder("sv_SE.UTF-8")).toBe(en);
  });
});

describe("compareCodePoints", () => {
  it("orders by code point, so characters above U+FFFF follow U+E000–U+FFFF (UTF-16 order does not)", () => {
    const emoji = "\u{1F600}"; // a surrogate pair in UTF-16
    const privateUse = "\uE000";
    expect(emoji < privateUse).toBe(true); // code-unit order, the trap
    expect(compareCodePoints(emoji, privateUse)).toBe(1);
    expect(compareCodePoints(privateUse, emoji)).toBe(-1);
    expect(["b", "a", "B", "ab", "a"].sort(compareCodePoints)).toEqual(["B", "a", "a", "ab", "b"]);
    expect(compareCodePoints("\u{1F600}", "\u{1F601}")).toBe(-1);
  });
});
