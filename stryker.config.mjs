// Mutation testing over lib/: `npm run mutation` (slow, so not part of `npm test`).
// One worker, because the machine running it is usually shared; raise it with --concurrency.
// Static mutants (in module-level constants: schemas, column lists, messages)
// are left out: each needs the whole suite re-run, which takes ~2 hours for
// ~1,400 of them on 2 cores. `MUTATE_STATIC=1 npm run mutation` includes them
// (Stryker's --ignoreStatic is a bare flag: the command line cannot turn it off).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.mts" },
  mutate: ["lib/**/*.{ts,tsx}"],
  coverageAnalysis: "perTest",
  ignoreStatic: process.env.MUTATE_STATIC !== "1",
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  incremental: true,
  incrementalFile: "reports/mutation/incremental.json",
  ignorePatterns: [".next", ".next-*", ".stryker-tmp*", "bench/.floor", "bench/.growth", "test-results", "playwright-report", "reports"],
  thresholds: { high: 90, low: 85, break: null },
  cleanTempDir: "always",
};

export default config;
