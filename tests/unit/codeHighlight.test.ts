import { createHighlighter } from "shiki";
import { describe, expect, it } from "vitest";
import { CODE_THEMES, CODE_TRANSFORMERS } from "../../src/site/codeThemes.ts";

// Shiki stops tokenizing a line once it has taken longer than a time limit (500 ms by
// default) and leaves the rest of the line plain: on a loaded machine two builds of the
// same page then differed. A 1 ms limit and a long line make a slow machine on demand.
describe("code highlighting", () => {
  it("tokenizes every line whole whatever time limit is asked for, so output never depends on load", async () => {
    const highlighter = await createHighlighter({ langs: ["ts"], themes: Object.values(CODE_THEMES) });
    const code = `const numbers = [${Array.from({ length: 20_000 }, (_, i) => i).join(", ")}]; export const name = "end";\nconst after = 1;\n`;
    const options = { lang: "ts", themes: CODE_THEMES, defaultColor: false as const };
    const whole = highlighter.codeToHtml(code, { ...options, tokenizeTimeLimit: 0 });
    const hurried = highlighter.codeToHtml(code, { ...options, tokenizeTimeLimit: 1 });
    // The fault: with a limit the line is cut short and coloured differently.
    expect(hurried).not.toBe(whole);
    expect(highlighter.codeToHtml(code, { ...options, tokenizeTimeLimit: 1, transformers: CODE_TRANSFORMERS })).toBe(whole);
    highlighter.dispose();
  });
});
