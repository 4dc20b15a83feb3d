// The `serve` part of `npm run bench`: the same routes under a traffic spike,
// served by `next start` alone and by nginx from deploy/ in front of two
// standalone instances, side by side in one run, with the bare-Next floor for
// scale; then one of the two instances is stopped under load.
import autocannon from "autocannon";
import { startServer } from "./lib.mjs";
import { startStack } from "../scripts/serve-stack.mjs";

const ratio = (a, b) => (b ? Math.round((a / b) * 100) / 100 : null);

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

async function measure(origin, routes, connectionCounts, duration) {
  const out = {};
  for (const route of routes) {
    // One request first: the figures are for a warm server (and a filled cache).
    await fetch(origin + route, { headers: { "accept-encoding": "gzip" } });
    out[route] = {};
    for (const connections of connectionCounts) out[route][connections] = await load(origin + route, connections, duration);
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
  const results = { connections: connectionCounts, duration, routes: measured };

  const alone = await startServer({ port: basePort + 10 });
  try {
    results.alone = await measure(alone.origin, measured, connectionCounts, duration);
  } finally {
    alone.stop();
  }
  if (floorDir) {
    const floor = await startServer({ dir: floorDir, port: basePort + 11 });
    try {
      results.floor = (await measure(floor.origin, ["/"], connectionCounts, duration))["/"];
    } finally {
      floor.stop();
    }
  }
  const stack = await startStack({ port: basePort + 12, count: 2, workers: "auto" });
  try {
    results.nginx = await measure(stack.origin, measured, connectionCounts, duration);
    results.kill = await killDuringLoad(stack, quick ? 2 : 100, quick ? 1 : 9);
  } finally {
    await stack.stop();
  }
  return results;
}

export function serveBudgets(serve, { embed, api }) {
  const budgets = [];
  const add = (name, measured, limit, ok) => budgets.push({ name, measured, limit, ok });
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
  const lost = serve.kill.errors + serve.kill.timeouts + serve.kill.non2xx;
  add("Serve: requests lost while an instance is stopped", lost, "= 0", lost === 0);
  return budgets;
}

function table(headers, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

export function formatServe(serve) {
  const cells = (m) => (m ? [m.requestsPerSecond, m.p99Ms, m.timeouts, m.errors + m.non2xx] : ["–", "–", "–", "–"]);
  const rows = serve.routes.flatMap((route) =>
    serve.connections.map((c) => [
      route,
      c,
      ...cells(serve.alone[route][c]),
      ...cells(serve.nginx[route][c]),
      ratio(serve.nginx[route][c].requestsPerSecond, serve.alone[route][c].requestsPerSecond),
    ]),
  );
  if (serve.floor) for (const c of serve.connections) rows.push(["floor /", c, ...cells(serve.floor[c]), "", "", "", "", ""]);
  const head = ["Serve", "conns", "next start req/s", "p99 ms", "timeouts", "errors", "nginx req/s", "p99 ms", "timeouts", "errors", "× next start"];
  const k = serve.kill;
  return [
    table(head, rows),
    `One of the two instances behind nginx stopped (SIGTERM) a third of the way into ${k.duration} s of ${k.connections} connections on ${k.route} (never cached): ${k.requestsPerSecond} req/s, ${k.errors} errors, ${k.timeouts} timeouts, ${k.non2xx} non-2xx.`,
  ].join("\n\n");
}
