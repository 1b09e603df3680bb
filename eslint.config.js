// Lint for the TypeScript sources and the .astro components (types are checked separately
// by `astro check`). eslint-plugin-astro parses .astro files (frontmatter and template
// expressions, with typescript-eslint for the TypeScript in them) and adds its recommended
// rules, such as no unsafe set:html and no unused CSS selectors that would hide mistakes.
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

const unusedVars = ["error", { varsIgnorePattern: "^_", argsIgnorePattern: "^_", ignoreRestSiblings: true }];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".astro/", "src/generated/", ".bench/", "test-results/", ".scratch/", "**/*.mdx"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ["**/*.ts", "**/*.mjs", "**/*.js", "**/*.astro"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", document: "readonly", window: "readonly" } },
    rules: {
      // "_name" marks a binding kept on purpose (e.g. one left out of a rest object).
      "@typescript-eslint/no-unused-vars": unusedVars,
      // Output must not depend on the build machine's locale: order text with src/lib/compareText.ts.
      "no-restricted-syntax": ["error", {
        selector: "CallExpression[callee.property.name='localeCompare']",
        message: "localeCompare follows the machine's locale; use compareText or compareCodePoints from src/lib/compareText.ts",
      }],
    },
  },
);
