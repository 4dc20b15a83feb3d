// The `serve` part of `npm run bench`: the same routes under a traffic spike,
// served by `next start` alone and by nginx from deploy/ in front of two
// standalone instances, side by side in one run, with the bare-Next floor for
// scale; then one of the two instances is stopped under load.
//
// Two load generators, each row measured by both. autocannon (the old method)
// is one Node.js thread, and on loopback it costs far more CPU per response
// than what it measures: about 0.8 ms for the 54 kB home page against nginx's
// 0.03 ms (CPU time of each for 20,000 requests), so on the 2 cores it shares
// with the server it was the bottleneck: its own thread at 100% held nginx to
// about 1,300 req/s on / and made the p99. wrk (C, one thread, Debian's
// package) costs about 0.025 ms a response, so what it reports is the server's
// figure; the budgets are judged on it, and autocannon's table stays for
// comparison with earlier runs.
import { spawn } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { root, startServer } from "./lib.mjs";
import { startStack } from "../scripts/serve-stack.mjs";

const ratio = (a, b) => (b ? Math.round((a / b) * 100) / 100 : null);

/** wrk on loopback, one thread, accepting gzip; its summary comes back as JSON (bench/serve-wrk.lua). */
function loadWrk(url, connections, duration) {
  const args = ["-t1", `-c${connections}`, `-d${duration}s`, "--timeout", "10s", "-H", "Accept-Encoding: gzip", "-s", path.join(root, "bench", "serve-wrk.lua"), url];
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", (error) => reject(new Error(`wrk did not run (${error.message}): bash scripts/ensure-nginx.sh installs it`)));
    child.on("close", (code) => {
      const line = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !line.startsWith("{")) return reject(new Error(`wrk exited with ${code}: ${out}`));
      const r = JSON.parse(line);
      resolve({
        requestsPerSecond: Math.round(r.requests / (r.durationUs / 1e6)),
        p50Ms: Math.round(r.p50Us / 100) / 10,
        p99Ms: Math.round(r.p99Us / 100) / 10,
        timeouts: r.timeout,
        errors: r.connect + r.read + r.write,
        non2xx: r.status,
        kBPerResponse: r.requests ? Math.round(r.bytes / r.requests / 102.4) / 10 : 0,
      });
    });
  });
}

/** autocannon on loopback, accepting gzip as browsers do; bounded by `duration`. */
async function load(url, connections, duration) {
  const result = await autocannon({ url, connections, duration, timeout: 10, headers: { "accept-encoding": "gzip" } });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    timeouts: result.timeouts,
    errors: result.errors - result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Each route with each generator: `{ autocannon: { [route]: { [connections]: … } }, wrk: … }`. */
async function measure(origin, routes, connectionCounts, duration) {
  const out = { autocannon: {}, wrk: {} };
  for (const route of routes) {
    // One request first: the figures are for a warm server (and a filled cache).
    await fetch(origin + route, { headers: { "accept-encoding": "gzip" } });
    for (const [name, run] of [["autocannon", load], ["wrk", loadWrk]]) {
      out[name][route] = {};
      for (const connections of connectionCounts) out[name][route][connections] = await run(origin + route, connections, duration);
    }
  }
  return out;
}

/** Load on addresses no cache holds while one instance is stopped (SIGTERM) a third of the way in. */
async function killDuringLoad(stack, connections, duration) {
  const run = load(`${stack.origin}/api/health`, connections, duration);
  await new Promise((r) => setTimeout(r, (duration * 1000) / 3));
  const stopped = stack.instances[0].terminate();
  const result = await run;
  await stopped;
  return { route: "/api/health", connections, duration, ...result };
}

/**
 * @param {{ quick: boolean, basePort: number, routes: string[], floorDir: string | null }} options
 */
export async function runServeBench({ quick, basePort, routes, floorDir }) {
  const connectionCounts = quick ? [2] : [100, 1000];
  const duration = quick ? 1 : 10;
  const measured = quick ? routes.slice(0, 1) : routes;
  // alone, floor and nginx as autocannon measured them (as in earlier runs); wrk's under `wrk`.
  const results = { connections: connectionCounts, duration, routes: measured, wrk: {} };

  const alone = await startServer({ port: basePort + 10 });
  try {
    const m = await measure(alone.origin, measured, connectionCounts, duration);
    [results.alone, results.wrk.alone] = [m.autocannon, m.wrk];
  } finally {
    alone.stop();
  }
  if (floorDir) {
    const floor = await startServer({ dir: floorDir, port: basePort + 11 });
    try {
      const m = await measure(floor.origin, ["/"], connectionCounts, duration);
      [results.floor, results.wrk.floor] = [m.autocannon["/"], m.wrk["/"]];
    } finally {
      floor.stop();
    }
  }
  const stack = await startStack({ port: basePort + 12, count: 2, workers: "auto" });
  try {
    const m = await measure(stack.origin, measured, connectionCounts, duration);
    [results.nginx, results.wrk.nginx] = [m.autocannon, m.wrk];
    results.kill = await killDuringLoad(stack, quick ? 2 : 100, quick ? 1 : 9);
  } finally {
    await stack.stop();
  }
  return results;
}

/** Judged on wrk's figures (see the top of this file); on autocannon's for runs made before wrk was added. */
export function serveBudgets(run, { embed, api }) {
  const serve = run.wrk?.nginx ? { ...run, ...run.wrk } : run;
  const budgets = [];
  const by = serve === run ? "" : " (wrk)";
  const add = (name, measured, limit, ok) => budgets.push({ name: name.replace(/^Serve nginx/, `Serve${by} nginx`), measured, limit, ok });
  const [low, high] = serve.connections;
  for (const route of serve.routes) {
    const spike = serve.nginx[route][high];
    add(`Serve nginx ${route} at ${high}: errors + timeouts + non-2xx`, spike.errors + spike.timeouts + spike.non2xx, "= 0", spike.errors + spike.timeouts + spike.non2xx === 0);
    add(`Serve nginx ${route} at ${low}: p99 ms`, serve.nginx[route][low].p99Ms, "< 100", serve.nginx[route][low].p99Ms < 100);
  }
  const rps = (setup, route) => setup?.[route]?.[low]?.requestsPerSecond;
  add("Serve nginx / ÷ next start /", ratio(rps(serve.nginx, "/"), rps(serve.alone, "/")), "≥ 5", ratio(rps(serve.nginx, "/"), rps(serve.alone, "/")) >= 5);
  const floor = serve.floor?.[low]?.requestsPerSecond;
  for (const route of [embed, api]) {
    add(`Serve nginx ${route} ÷ floor`, ratio(rps(serve.nginx, route), floor), "≥ 2", ratio(rps(serve.nginx, route), floor) >= 2);
  }
  const lost = run.kill.errors + run.kill.timeouts + run.kill.non2xx;
  add("Serve: requests lost while an instance is stopped", lost, "= 0", lost === 0);
  return budgets;
}

function table(headers, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

function serveTable(serve, { title, size }) {
  const cells = (m) => (m ? [m.requestsPerSecond, m.p99Ms, m.timeouts, m.errors + m.non2xx] : ["–", "–", "–", "–"]);
  const rows = serve.routes.flatMap((route) =>
    serve.connections.map((c) => [
      route,
      c,
      ...cells(serve.alone[route][c]),
      ...cells(serve.nginx[route][c]),
      ratio(serve.nginx[route][c].requestsPerSecond, serve.alone[route][c].requestsPerSecond),
      ...(size ? [serve.nginx[route][c].kBPerResponse] : []),
    ]),
  );
  const blank = size ? 6 : 5;
  if (serve.floor) for (const c of serve.connections) rows.push(["floor /", c, ...cells(serve.floor[c]), ...Array(blank).fill("")]);
  const head = [title, "conns", "next start req/s", "p99 ms", "timeouts", "errors", "nginx req/s", "p99 ms", "timeouts", "errors", "× next start", ...(size ? ["kB/response"] : [])];
  return table(head, rows);
}

export function formatServe(serve) {
  const k = serve.kill;
  return [
    ...(serve.wrk?.nginx
      ? [
          "wrk (C, one thread; the budgets are judged on these figures):",
          serveTable({ ...serve, ...serve.wrk }, { title: "Serve (wrk)", size: true }),
          "autocannon (one Node.js thread, the method of earlier runs; on 2 shared cores it is the bottleneck for large bodies):",
        ]
      : []),
    serveTable(serve, { title: "Serve", size: false }),
    `One of the two instances behind nginx stopped (SIGTERM) a third of the way into ${k.duration} s of ${k.connections} connections on ${k.route} (never cached): ${k.requestsPerSecond} req/s, ${k.errors} errors, ${k.timeouts} timeouts, ${k.non2xx} non-2xx.`,
  ].join("\n\n");
}
