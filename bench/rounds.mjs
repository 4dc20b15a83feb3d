// Repeated measurement in rounds, shared by the Lighthouse part of the bench.
// Pure: the measuring itself is passed in, so the rules below are tested
// (tests/bench-rounds.test.ts) without a browser.

const median = (values) => {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
};

/**
 * Measures every target `runs` times in rounds: `measureRound(names)` measures
 * each named target once and returns `{ [name]: result }`. A result with an
 * `error` is not counted: that target is measured again in a later round, up to
 * `runs` extra rounds in all, and its errors are kept. Returns, per target, the
 * counted results and the errors.
 */
export async function measureInRounds(names, runs, measureRound) {
  const done = Object.fromEntries(names.map((name) => [name, []]));
  const failed = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < runs * 2; round++) {
    const pending = names.filter((name) => done[name].length < runs);
    if (pending.length === 0) break;
    const results = await measureRound(pending);
    for (const name of pending) (results[name].error ? failed[name] : done[name]).push(results[name]);
  }
  return Object.fromEntries(names.map((name) => [name, { done: done[name], failed: failed[name] }]));
}

/** The median of each key over the counted results (nulls left out). */
export function medianOf(results, key) {
  return median(results.map((r) => r[key]));
}
