import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/snapshot/**/*.test.ts", "tests/build/**/*.test.ts", "tests/e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // One test file at a time: the build tests run astro build, which keeps its
    // prerender chunks in the project's .astro folder, so two at once can collide
    // (and the machine has 2 cores).
    fileParallelism: false,
    reporters: ["default", "./tests/support/summaryReporter.ts"],
  },
});
