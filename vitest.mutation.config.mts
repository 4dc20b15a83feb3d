// The unit tests as `npm run mutation` runs them: without the tests that drive
// a child process (the data checker's CLI, the build, the release script, the step after the build) or ESLint, since no
// mutant is active in a child process and they only slow every run down.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.mts";

export default mergeConfig(
  base,
  defineConfig({
    // Left out by name: the one test of the step after the build that runs it as a child
    // process, and the one that evaluates lib/dataset again inside a test (vi.resetModules), which
    // makes every module-level mutant of the dataset layer "covered" by a test that checks only
    // that the dataset is read once (295 such survivors on 2026-12-04).
    test: { testNamePattern: /^(?!.*(fails the build step itself|reads the dataset once per build worker))/, exclude: ["tests/check-data-cli.test.ts", "tests/build-refuses-bad-data.test.ts", "tests/release-script.test.ts", "tests/eslint-boundaries.test.ts", "**/node_modules/**"] },
  }),
);
