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
      const score = (id) => (lhr.categories[id] ? Math.round(lhr.categories[id].score * 100) : null);
      results[route] = {
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

/** Lighthouse `runs` times over every route; each score and timing is the median of the runs. */
export async function runLighthouseMedian(origin, routes, runs = 3, categories) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await runLighthouse(origin, routes, categories));
  return Object.fromEntries(
    routes.map((route) => {
      const each = all.map((r) => r[route]);
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
          failing: [...new Set(each.flatMap((r) => r.failing))],
        },
      ];
    }),
  );
}
