// Lighthouse 12.2.3 with its mobile defaults, on Debian's Chromium.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, chromiumPath } from "./lib.mjs";

export async function runLighthouse(origin, routes, categories = ["performance", "accessibility", "best-practices", "seo"]) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ["--headless=new", ...chromiumArgs] });
  const results = {};
  try {
    for (const route of routes) {
      const { lhr } = await lighthouse(origin + route, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories });
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

const median = (values) => {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
};

/**
 * Lighthouse `runs` times over every route; each score and timing is the median
 * of the runs. A run that failed (no scores) is not counted as a zero: the
 * route is measured again, up to `runs` more times, and the failures are reported.
 */
export async function runLighthouseMedian(origin, routes, runs = 3, categories) {
  const done = Object.fromEntries(routes.map((route) => [route, []]));
  const failed = Object.fromEntries(routes.map((route) => [route, []]));
  for (let attempt = 0; attempt < runs * 2; attempt++) {
    const pending = routes.filter((route) => done[route].length < runs);
    if (pending.length === 0) break;
    const results = await runLighthouse(origin, pending, categories);
    for (const route of pending) (results[route].error ? failed[route] : done[route]).push(results[route]);
  }
  return Object.fromEntries(
    routes.map((route) => {
      const each = done[route];
      const pick = (key) => median(each.map((r) => r[key]));
      return [
        route,
        {
          performance: pick("performance"),
          accessibility: pick("accessibility"),
          bestPractices: pick("bestPractices"),
          seo: pick("seo"),
          cls: pick("cls"),
          tbtMs: pick("tbtMs"),
          runs: each.map((r) => ({ performance: r.performance, tbtMs: Math.round(r.tbtMs ?? 0) })),
          failedRuns: failed[route].map((r) => r.error),
          failing: [...new Set(each.flatMap((r) => r.failing))],
        },
      ];
    }),
  );
}
