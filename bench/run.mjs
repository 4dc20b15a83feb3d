// `npm run bench`: builds the site and a bare Next.js page (the floor), serves
// both, and measures JS weight, Lighthouse, load and growth. Writes
// bench/results/latest.json and prints a table. `--quick` runs every part on a
// tiny scale against the existing build, with no budgets: it keeps the scripts
// from rotting and is run by the test suite.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { generateDataset } from "./growth.mjs";
import { measureJsWeight } from "./js-weight.mjs";
import { gzipBytes, kB, root, run, startServer, timed } from "./lib.mjs";
import { runValidity, validityRoutes } from "./html-validity.mjs";
import { runLighthouseMedian } from "./lighthouse.mjs";
import { runLoad } from "./load.mjs";
import { checkBudgets, formatGrowth, formatReport, growthBudgets } from "./report.mjs";
import { checkSpeedBudgets, formatCheck, runCheckBench } from "./check.mjs";
import { formatServe, runServeBench, serveBudgets } from "./serve.mjs";

const quick = process.argv.includes("--quick");
// --no-growth skips the slow part (building the site on 10× and 100× the data).
// --growth-only runs just that part, at --factors=1,10,100 (the default), into
// bench/results/growth.{json,md}.
const growthOnly = !quick && process.argv.includes("--growth-only");
const factorsArg = process.argv.find((a) => a.startsWith("--factors="));
const growthFactors = quick ? [2] : process.argv.includes("--no-growth") ? [] : factorsArg ? factorsArg.slice("--factors=".length).split(",").map(Number) : [1, 10, 100];
const basePort = Number(process.env.BENCH_PORT ?? 3300);
const noGrowth = !quick && process.argv.includes("--no-growth");
// --no-load skips the load test: with --no-growth, a run measures only the page
// budgets (JS weight, Lighthouse, HTML size, validity) in about five minutes.
const noLoad = process.argv.includes("--no-load");
const lighthouseRuns = quick ? 1 : 3;
// --serve-only runs just the serve part (next start alone vs nginx from deploy/).
const serveOnly = !quick && process.argv.includes("--serve-only");
// --check-only runs just the text checker's speed (bench/check.mjs): no build, no server.
const checkOnly = !quick && process.argv.includes("--check-only");
const out = path.join(root, "bench", "results", quick ? "quick.json" : noGrowth || noLoad || serveOnly ? "partial.json" : "latest.json");

function firstRoutes() {
  const panels = parse(readFileSync(path.join(root, "data", "panels.yaml"), "utf8"));
  const factFile = readdirSync(path.join(root, "data", "facts")).find((f) => f.endsWith(".yaml"));
  const fact = parse(readFileSync(path.join(root, "data", "facts", factFile), "utf8"))[0];
  const primary = parse(readFileSync(path.join(root, "data", "dataset.yaml"), "utf8")).primary_source;
  const chartPanel = panels.find((p) => p.view === "series") ?? panels[0];
  return {
    charts: ["/", `/panels/${chartPanel.id}`, `/embed/${chartPanel.id}`],
    plain: [`/facts/${fact.id}`, `/sources/${primary}`, "/facts"],
    embed: `/embed/${chartPanel.id}`,
    serve: ["/", `/embed/${chartPanel.id}`, `/panels/${chartPanel.id}/image.png`, "/api/v1/facts", "/facts?q=oil"],
  };
}

async function buildFloor() {
  const dir = path.join(root, "bench", ".floor");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(root, "bench", "floor", "app"), path.join(dir, "app"), { recursive: true });
  cpSync(path.join(root, "bench", "floor", "next.config.js"), path.join(dir, "next.config.js"));
  await run("npx", ["next", "build", "bench/.floor"], { quiet: true });
}

async function growth(factor, port) {
  const dir = path.join(root, "bench", ".growth", `data-${factor}`);
  const generated = generateDataset(factor, dir);
  const validation = await timed(() => run("npx", ["tsx", "scripts/check-data.ts", dir], { quiet: true }));
  const result = { ...generated, validateMs: validation.ms };
  if (quick) return result;
  const distDir = path.join("bench", ".growth", `next-${factor}`);
  // Every factor builds from nothing, as a fresh clone does: a folder left by an
  // earlier run would keep Next's compile and type-check caches and make its
  // fixed cost (about half the 1× build) look smaller than the others'.
  rmSync(path.join(root, distDir), { recursive: true, force: true });
  const env = { DATA_DIR: dir, NEXT_DIST_DIR: distDir };
  // next build rewrites tsconfig.json and next-env.d.ts for a custom distDir; put them back.
  // On a fresh clone next-env.d.ts does not exist yet: then it is removed again.
  const kept = ["tsconfig.json", "next-env.d.ts"].map((f) => [f, existsSync(path.join(root, f)) ? readFileSync(path.join(root, f), "utf8") : null]);
  // The build's own steps, each timed: the charts drawn for this dataset (the
  // bake), Next, and the one step after it (scripts/finish-prerendered.ts).
  const phases = {};
  try {
    phases.bakeMs = (await timed(() => run("npx", ["tsx", "scripts/render-charts.tsx"], { env, quiet: true }))).ms;
    phases.nextBuildMs = (await timed(() => run("npx", ["next", "build"], { env, quiet: true }))).ms;
    phases.postStepMs = (await timed(() => run("npx", ["tsx", "scripts/finish-prerendered.ts"], { env, quiet: true }))).ms;
  } finally {
    for (const [f, text] of kept) {
      if (text === null) rmSync(path.join(root, f), { force: true });
      else writeFileSync(path.join(root, f), text);
    }
  }
  const buildMs = phases.bakeMs + phases.nextBuildMs + phases.postStepMs;
  const server = await startServer({ port, env });
  try {
    const html = await gzipBytes(`${server.origin}/`);
    const js = await measureJsWeight(server.origin, ["/"]);
    return { ...result, ...phases, buildMs, homeHtmlGzipBytes: html, homeJsGzipBytes: js["/"].bytes };
  } finally {
    server.stop();
  }
}

async function serveMain() {
  const routes = firstRoutes();
  if (!existsSync(path.join(root, ".next", "standalone", "server.js"))) await run("npm", ["run", "-s", "build"], { quiet: true });
  if (!existsSync(path.join(root, "bench", ".floor", ".next", "BUILD_ID"))) await buildFloor();
  const serve = await runServeBench({ quick: false, basePort, routes: routes.serve, floorDir: "bench/.floor" });
  const results = { date: new Date().toISOString(), machine: machine(), serve, budgets: serveBudgets(serve, { embed: routes.embed, api: "/api/v1/facts" }) };
  writeFileSync(path.join(root, "bench", "results", "serve.json"), JSON.stringify(results, null, 2) + "\n");
  const failed = results.budgets.filter((b) => !b.ok);
  const report = [
    `Run ${results.date.slice(0, 16).replace("T", " ")} UTC on ${results.machine}.`,
    formatServe(serve),
    failed.length === 0 ? `All ${results.budgets.length} serve budgets hold.` : `Budgets missed:\n${failed.map((b) => `- ${b.name}: ${b.measured} (budget ${b.limit})`).join("\n")}`,
  ].join("\n\n");
  writeFileSync(path.join(root, "bench", "results", "serve.md"), report + "\n");
  console.log("\n" + report);
}

async function checkMain() {
  const check = await runCheckBench({ quick: false });
  const results = { date: new Date().toISOString(), machine: machine(), check, budgets: checkSpeedBudgets(check) };
  writeFileSync(path.join(root, "bench", "results", "check.json"), JSON.stringify(results, null, 2) + "\n");
  const failed = results.budgets.filter((b) => !b.ok);
  console.log(`\n${formatCheck(check)}\n${failed.length === 0 ? "The check budget holds." : `Budget missed: ${failed.map((b) => `${b.name}: ${b.measured} (budget ${b.limit})`).join("; ")}`}`);
  if (failed.length > 0) process.exitCode = 1;
}

function machine() {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

async function growthMain() {
  const results = { date: new Date().toISOString(), machine: machine(), growth: [] };
  for (const factor of growthFactors) {
    console.log(`growth ${factor}×…`);
    results.growth.push(await growth(factor, basePort + 2));
  }
  results.budgets = growthBudgets(results.growth);
  writeFileSync(path.join(root, "bench", "results", "growth.json"), JSON.stringify(results, null, 2) + "\n");
  const failed = results.budgets.filter((b) => !b.ok);
  const report = [
    `Run ${results.date.slice(0, 16).replace("T", " ")} UTC on ${results.machine}.`,
    formatGrowth(results.growth),
    results.budgets.length === 0 ? "No growth budget applies at these factors." : failed.length === 0 ? `All ${results.budgets.length} growth budgets hold.` : `Budgets missed:\n${failed.map((b) => `- ${b.name}: ${b.measured} (budget ${b.limit})`).join("\n")}`,
  ].join("\n\n");
  writeFileSync(path.join(root, "bench", "results", "growth.md"), report + "\n");
  console.log("\n" + report);
}

async function main() {
  if (serveOnly) return serveMain();
  if (growthOnly) return growthMain();
  if (checkOnly) return checkMain();
  const routes = firstRoutes();
  // Quick mode: the home page (which ships no JavaScript) and a panel page (which does).
  const allRoutes = quick ? ["/", routes.charts[1]] : [...routes.charts, ...routes.plain];
  if (!quick) {
    console.log("building the site and the floor…");
    await run("npm", ["run", "-s", "build"], { quiet: true });
    await buildFloor();
  }
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("no production build: run npm run build first");
  const site = await startServer({ port: basePort });
  const floor = existsSync(path.join(root, "bench", ".floor", ".next", "BUILD_ID"))
    ? await startServer({ dir: "bench/.floor", port: basePort + 1 })
    : null;
  const results = { date: new Date().toISOString(), quick, machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}` };
  try {
    console.log("JS weight…");
    results.jsWeight = await measureJsWeight(site.origin, allRoutes);
    if (floor) results.floorJs = (await measureJsWeight(floor.origin, ["/"]))["/"];
    console.log("Lighthouse…");
    // The floor is measured in the same rounds as the site's routes: its TBT is their budget's base.
    const floorKey = "floor /";
    const targets = Object.fromEntries(allRoutes.map((route) => [route, site.origin + route]));
    if (floor && !quick) targets[floorKey] = `${floor.origin}/`;
    const { [floorKey]: floorLighthouse, ...lighthouse } = await runLighthouseMedian(targets, lighthouseRuns, quick ? ["accessibility"] : undefined);
    results.lighthouse = lighthouse;
    if (floorLighthouse) results.floorLighthouse = floorLighthouse;
    console.log("HTML size and validity…");
    results.homeHtmlGzipBytes = await gzipBytes(`${site.origin}/`);
    results.validity = await runValidity(site.origin, quick ? ["/"] : validityRoutes(routes));
    results.load = {};
    if (!noLoad) {
      console.log("load…");
      const load = quick ? { connections: 2, duration: 1 } : { connections: 50, duration: 20 };
      const loadRoutes = quick ? ["/"] : ["/", routes.embed, "/api/v1/facts"];
      for (const route of loadRoutes) results.load[route] = await runLoad(site.origin + route, load);
      if (floor) results.floorLoad = await runLoad(floor.origin + "/", load);
    }
  } finally {
    site.stop();
    floor?.stop();
  }
  if (!noLoad) {
    console.log("serve (next start alone vs nginx from deploy/)…");
    const floorDir = floor ? "bench/.floor" : null;
    results.serve = await runServeBench({ quick, basePort, routes: routes.serve, floorDir });
  }
  console.log("text checker…");
  results.check = await runCheckBench({ quick });
  console.log("growth…");
  results.growth = [];
  for (const factor of growthFactors) results.growth.push(await growth(factor, basePort + 2));
  results.budgets = quick ? [] : [...checkBudgets(results), ...checkSpeedBudgets(results.check), ...(results.serve ? serveBudgets(results.serve, { embed: routes.embed, api: "/api/v1/facts" }) : [])];
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 2) + "\n");
  const report = [formatReport(results), ...(results.serve ? [formatServe(results.serve)] : []), formatCheck(results.check)].join("\n\n");
  console.log("\n" + report);
  if (!quick && !noGrowth && !noLoad) writeFileSync(path.join(root, "bench", "results", "latest.md"), report + "\n");
  console.log(`\nresults written to ${path.relative(root, out)} (${kB(JSON.stringify(results).length)} kB)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
