// Lint for the TypeScript sources (types are checked separately by `astro check`).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".astro/", "src/generated/", ".bench/", "test-results/", ".scratch/", "**/*.astro", "**/*.mdx"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.mjs", "**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", document: "readonly", window: "readonly" } },
    rules: {
      // "_name" marks a binding kept on purpose (e.g. one left out of a rest object).
      "@typescript-eslint/no-unused-vars": ["error", { varsIgnorePattern: "^_", argsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // Output must not depend on the build machine's locale: order text with src/lib/compareText.ts.
      "no-restricted-syntax": ["error", {
        selector: "CallExpression[callee.property.name='localeCompare']",
        message: "localeCompare follows the machine's locale; use compareText or compareCodePoints from src/lib/compareText.ts",
      }],
    },
  },
);
