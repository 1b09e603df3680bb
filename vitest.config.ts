import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/snapshot/**/*.test.ts", "tests/build/**/*.test.ts", "tests/e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser and build tests share one machine with 2 cores: run files one at a time there.
    fileParallelism: true,
    reporters: ["default", "./tests/support/summaryReporter.ts"],
  },
});
