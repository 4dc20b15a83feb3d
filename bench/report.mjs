// Budgets and the printed table for the benchmark results.
import { kB } from "./lib.mjs";

const ratio = (a, b) => (b ? Math.round((a / b) * 100) / 100 : null);

// Issue 10's page budgets: every route's JS within 5% of a bare Next page,
// Lighthouse (median of three) near the floor's, a small home page, valid HTML.
export const HOME_HTML_GZIP_LIMIT = 42 * 1024;

function pageBudgets(results) {
  const budgets = [];
  const add = (name, measured, limit, ok) => budgets.push({ name, measured, limit, ok });
  const floor = results.floorJs?.bytes;
  for (const [route, { bytes }] of Object.entries(results.jsWeight)) {
    add(`JS ${route} ÷ floor`, ratio(bytes, floor), "≤ 1.05", ratio(bytes, floor) <= 1.05);
  }
  const floorTbt = results.floorLighthouse?.tbtMs ?? 0;
  for (const [route, lh] of Object.entries(results.lighthouse)) {
    add(`Lighthouse ${route} a11y/bp/seo`, `${lh.accessibility}/${lh.bestPractices}/${lh.seo}`, "100/100/100", lh.accessibility === 100 && lh.bestPractices === 100 && lh.seo === 100);
    add(`Lighthouse ${route} performance (median)`, lh.performance, "≥ 99", lh.performance >= 99);
    add(`Lighthouse ${route} CLS`, lh.cls, "= 0", lh.cls === 0);
    add(`Lighthouse ${route} TBT ms (median)`, Math.round(lh.tbtMs), `≤ floor + 30 = ${Math.round(floorTbt + 30)}`, lh.tbtMs <= floorTbt + 30);
  }
  if (results.homeHtmlGzipBytes) add("Home HTML gzip kB", kB(results.homeHtmlGzipBytes), "≤ 42", results.homeHtmlGzipBytes <= HOME_HTML_GZIP_LIMIT);
  for (const [route, v] of Object.entries(results.validity ?? {})) add(`Nu HTML checker ${route} errors`, v.errors, "= 0", v.errors === 0);
  return budgets;
}

export function checkBudgets(results) {
  const budgets = [];
  const add = (name, measured, limit, ok) => budgets.push({ name, measured, limit, ok });
  budgets.push(...pageBudgets(results));
  const floorRps = results.floorLoad?.requestsPerSecond;
  for (const [route, load] of Object.entries(results.load)) {
    add(`Load ${route} errors + non-2xx`, load.errors + load.non2xx, "= 0", load.errors + load.non2xx === 0);
    add(`Load ${route} rps ÷ floor`, ratio(load.requestsPerSecond, floorRps), "≥ 0.5", ratio(load.requestsPerSecond, floorRps) >= 0.5);
  }
  budgets.push(...growthBudgets(results.growth));
  return budgets;
}

/** Issue 22: the site's build (bake, next build, post-step) at 100× the data within 10× of the 1× build, in the same run. */
export const BUILD_GROWTH_LIMIT = 10;

export function growthBudgets(growth) {
  const budgets = [];
  const add = (name, measured, limit, ok) => budgets.push({ name, measured, limit, ok });
  const base = growth.find((g) => g.factor === 1);
  for (const g of growth.filter((x) => x.factor > 1 && x.homeHtmlGzipBytes)) {
    add(`Home HTML at ${g.factor}× ÷ 1×`, ratio(g.homeHtmlGzipBytes, base?.homeHtmlGzipBytes), "≤ 3", ratio(g.homeHtmlGzipBytes, base?.homeHtmlGzipBytes) <= 3);
  }
  const hundred = growth.find((g) => g.factor === 100);
  if (base?.buildMs && hundred?.buildMs) {
    const r = ratio(hundred.buildMs, base.buildMs);
    add("Build at 100× ÷ 1×", r, `≤ ${BUILD_GROWTH_LIMIT}`, r <= BUILD_GROWTH_LIMIT);
  }
  return budgets;
}

/** Build time by phase as the data grows, each build against the 1× one of the same run. */
export function formatGrowth(growth) {
  const base = growth.find((g) => g.factor === 1);
  const ms = (value) => (value === undefined ? "–" : value);
  return table(
    ["Data ×", "sources", "validate ms", "bake ms", "next build ms", "post-step ms", "build ms", "build ÷ 1×", "home HTML gzip kB", "home JS gzip kB"],
    growth.map((g) => [
      g.factor,
      g.sources,
      g.validateMs,
      ms(g.bakeMs),
      ms(g.nextBuildMs),
      ms(g.postStepMs),
      ms(g.buildMs),
      g.buildMs && base?.buildMs ? ratio(g.buildMs, base.buildMs) : "–",
      g.homeHtmlGzipBytes ? kB(g.homeHtmlGzipBytes) : "–",
      g.homeJsGzipBytes !== undefined ? kB(g.homeJsGzipBytes) : "–",
    ]),
  );
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
  const rounds = Object.entries({ ...results.lighthouse, ...(results.floorLighthouse ? { floor: results.floorLighthouse } : {}) }).filter(([, lh]) => lh.runs?.length > 1);
  if (rounds.length > 0) {
    parts.push("Lighthouse figures are the median of three rounds; each round measures every route and the floor once (performance / TBT ms):");
    const most = Math.max(...rounds.map(([, lh]) => lh.runs.length));
    parts.push(table(["Target", ...Array.from({ length: most }, (_, i) => `round ${i + 1}`)], rounds.map(([name, lh]) => [name, ...Array.from({ length: most }, (_, i) => (lh.runs[i] ? `${lh.runs[i].performance} / ${lh.runs[i].tbtMs}` : "–"))])));
  }
  const repeated = Object.entries(results.lighthouse ?? {}).filter(([, lh]) => lh.failedRuns?.length > 0);
  if (repeated.length > 0) parts.push(`Runs Lighthouse could not finish, not counted and run again: ${repeated.map(([route, lh]) => `${route} (${lh.failedRuns.join(", ")})`).join("; ")}.`);
  if (results.validity) {
    const total = Object.values(results.validity).reduce((n, v) => n + v.errors, 0);
    parts.push(`Home page HTML: ${kB(results.homeHtmlGzipBytes ?? 0)} kB gzipped. Nu HTML checker: ${total} error(s) over ${Object.keys(results.validity).length} routes (${Object.keys(results.validity).join(", ")}).`);
  }
  const loadRows = Object.entries(results.load).map(([route, l]) => [route, l.requestsPerSecond, ratio(l.requestsPerSecond, results.floorLoad?.requestsPerSecond) ?? "–", l.p50Ms, l.p99Ms, l.errors, l.non2xx]);
  if (results.floorLoad) loadRows.push(["floor /", results.floorLoad.requestsPerSecond, 1, results.floorLoad.p50Ms, results.floorLoad.p99Ms, results.floorLoad.errors, results.floorLoad.non2xx]);
  parts.push(table(["Load", "req/s", "÷ floor", "p50 ms", "p99 ms", "errors", "non-2xx"], loadRows));
  parts.push(formatGrowth(results.growth));
  if (results.budgets.length > 0) {
    const failed = results.budgets.filter((b) => !b.ok);
    parts.push(failed.length === 0 ? `All ${results.budgets.length} budgets hold.` : `Budgets missed:\n${failed.map((b) => `- ${b.name}: ${b.measured} (budget ${b.limit})`).join("\n")}`);
  }
  return parts.join("\n\n");
}
