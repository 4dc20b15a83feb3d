// The unit tests as `npm run mutation` runs them: without the tests that drive
// a child process (the data checker's CLI, the build, the release script) or ESLint, since no
// mutant is active in a child process and they only slow every run down.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.mts";

export default mergeConfig(
  base,
  defineConfig({
    test: { exclude: ["tests/check-data-cli.test.ts", "tests/build-refuses-bad-data.test.ts", "tests/release-script.test.ts", "tests/eslint-boundaries.test.ts", "**/node_modules/**"] },
  }),
);
