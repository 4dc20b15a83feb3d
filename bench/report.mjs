// Budgets and the printed table for the benchmark results.
import { kB } from "./lib.mjs";

const ratio = (a, b) => (b ? Math.round((a / b) * 100) / 100 : null);

export function checkBudgets(results, routes) {
  const budgets = [];
  const add = (name, measured, limit, ok) => budgets.push({ name, measured, limit, ok });
  const floor = results.floorJs?.bytes;
  for (const [route, { bytes }] of Object.entries(results.jsWeight)) {
    const limit = routes.charts.includes(route) ? 1.8 : 1.1;
    add(`JS ${route} ÷ floor`, ratio(bytes, floor), `≤ ${limit}`, ratio(bytes, floor) <= limit);
  }
  for (const [route, lh] of Object.entries(results.lighthouse)) {
    add(`Lighthouse ${route} a11y/bp/seo`, `${lh.accessibility}/${lh.bestPractices}/${lh.seo}`, "100/100/100", lh.accessibility === 100 && lh.bestPractices === 100 && lh.seo === 100);
    add(`Lighthouse ${route} performance`, lh.performance, "≥ 98", lh.performance >= 98);
    add(`Lighthouse ${route} CLS`, lh.cls, "= 0", lh.cls === 0);
    add(`Lighthouse ${route} TBT ms`, Math.round(lh.tbtMs), "< 100", lh.tbtMs < 100);
  }
  const floorRps = results.floorLoad?.requestsPerSecond;
  for (const [route, load] of Object.entries(results.load)) {
    add(`Load ${route} errors + non-2xx`, load.errors + load.non2xx, "= 0", load.errors + load.non2xx === 0);
    add(`Load ${route} rps ÷ floor`, ratio(load.requestsPerSecond, floorRps), "≥ 0.5", ratio(load.requestsPerSecond, floorRps) >= 0.5);
  }
  const base = results.growth.find((g) => g.factor === 1);
  for (const g of results.growth.filter((x) => x.factor > 1 && x.homeHtmlGzipBytes)) {
    add(`Home HTML at ${g.factor}× ÷ 1×`, ratio(g.homeHtmlGzipBytes, base?.homeHtmlGzipBytes), "≤ 3", ratio(g.homeHtmlGzipBytes, base?.homeHtmlGzipBytes) <= 3);
  }
  return budgets;
}

function table(headers, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

export function formatReport(results) {
  const floor = results.floorJs?.bytes;
  const parts = [`Run ${results.date.slice(0, 16).replace("T", " ")} UTC on ${results.machine}${results.quick ? " (quick mode: tiny scale, no budgets)" : ""}.`];
  parts.push(
    table(
      ["Route", "JS gzip kB", "÷ floor", "Perf", "A11y", "BP", "SEO", "CLS", "TBT ms"],
      Object.entries(results.jsWeight).map(([route, js]) => {
        const lh = results.lighthouse[route] ?? {};
        return [route, kB(js.bytes), ratio(js.bytes, floor) ?? "–", lh.performance ?? "–", lh.accessibility ?? "–", lh.bestPractices ?? "–", lh.seo ?? "–", lh.cls ?? "–", lh.tbtMs === undefined || lh.tbtMs === null ? "–" : Math.round(lh.tbtMs)];
      }),
    ),
  );
  if (floor) {
    const lh = results.floorLighthouse;
    parts.push(`Floor (bare Next.js page): ${kB(floor)} kB of gzipped JS${lh ? `; Lighthouse performance ${lh.performance}, TBT ${Math.round(lh.tbtMs)} ms` : ""}.`);
  }
  const loadRows = Object.entries(results.load).map(([route, l]) => [route, l.requestsPerSecond, ratio(l.requestsPerSecond, results.floorLoad?.requestsPerSecond) ?? "–", l.p50Ms, l.p99Ms, l.errors, l.non2xx]);
  if (results.floorLoad) loadRows.push(["floor /", results.floorLoad.requestsPerSecond, 1, results.floorLoad.p50Ms, results.floorLoad.p99Ms, results.floorLoad.errors, results.floorLoad.non2xx]);
  parts.push(table(["Load", "req/s", "÷ floor", "p50 ms", "p99 ms", "errors", "non-2xx"], loadRows));
  parts.push(
    table(
      ["Data ×", "sources", "validate ms", "build ms", "home HTML gzip kB", "home JS gzip kB"],
      results.growth.map((g) => [g.factor, g.sources, g.validateMs, g.buildMs ?? "–", g.homeHtmlGzipBytes ? kB(g.homeHtmlGzipBytes) : "–", g.homeJsGzipBytes ? kB(g.homeJsGzipBytes) : "–"]),
    ),
  );
  if (results.budgets.length > 0) {
    const failed = results.budgets.filter((b) => !b.ok);
    parts.push(failed.length === 0 ? `All ${results.budgets.length} budgets hold.` : `Budgets missed:\n${failed.map((b) => `- ${b.name}: ${b.measured} (budget ${b.limit})`).join("\n")}`);
  }
  return parts.join("\n\n");
}
