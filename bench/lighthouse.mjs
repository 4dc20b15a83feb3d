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
