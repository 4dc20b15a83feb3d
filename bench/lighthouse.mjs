// Lighthouse 12.2.3 with its mobile defaults, on Debian's Chromium.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, chromiumPath } from "./lib.mjs";
import { measureInRounds, medianOf } from "./rounds.mjs";

/** One Lighthouse run of each target (`{ name: url }`), in one Chromium. */
export async function runLighthouse(targets, categories = ["performance", "accessibility", "best-practices", "seo"]) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ["--headless=new", ...chromiumArgs] });
  const results = {};
  try {
    for (const [route, url] of Object.entries(targets)) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories });
      const score = (id) => (typeof lhr.categories[id]?.score === "number" ? Math.round(lhr.categories[id].score * 100) : null);
      results[route] = {
        // A run Lighthouse could not finish (a protocol timeout, no paint seen) has no scores.
        error: lhr.runtimeError?.code ?? (categories.some((id) => score(id) === null) ? "NO_SCORE" : null),
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? null,
        tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? null,
        failing: Object.values(lhr.categories).flatMap((category) =>
          category.auditRefs
            .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id].score < 1)
            .map((ref) => `${category.id}:${ref.id}`),
        ),
      };
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

/**
 * Lighthouse `runs` times over every target (`{ name: url }`), in rounds: each
 * round measures every target once, so the floor and the site's pages see the
 * same state of a shared machine. Each score and timing is the median of the
 * runs. A run that failed (no scores) is not counted as a zero: the target is
 * measured again (bench/rounds.mjs) and the failures are reported.
 */
export async function runLighthouseMedian(targets, runs = 3, categories) {
  const measured = await measureInRounds(Object.keys(targets), runs, (names) =>
    runLighthouse(Object.fromEntries(names.map((name) => [name, targets[name]])), categories),
  );
  return Object.fromEntries(
    Object.entries(measured).map(([name, { done, failed }]) => {
      const pick = (key) => medianOf(done, key);
      return [
        name,
        {
          performance: pick("performance"),
          accessibility: pick("accessibility"),
          bestPractices: pick("bestPractices"),
          seo: pick("seo"),
          cls: pick("cls"),
          tbtMs: pick("tbtMs"),
          runs: done.map((r) => ({ performance: r.performance, tbtMs: Math.round(r.tbtMs ?? 0) })),
          failedRuns: failed.map((r) => r.error),
          failing: [...new Set(done.flatMap((r) => r.failing))],
        },
      ];
    }),
  );
}
