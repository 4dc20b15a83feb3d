// Runs the production shape on loopback: instances of the standalone server
// (what the Dockerfile runs) and nginx from deploy/ in front of them. Used by
// the deploy/ browser test (e2e/serve.spec.ts) and `npm run bench`.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { renderNginxConf } from "../deploy/render-nginx-conf.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const server = path.join(root, ".next", "standalone", "server.js");

async function waitFor(url, child, what) {
  // Bounded: 30 s at most.
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${what} did not answer ${url}`);
}

function stopChild(child) {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

/** One standalone instance, as the container runs it. */
export async function startInstance(port) {
  if (!existsSync(server)) throw new Error(`no ${path.relative(root, server)}: run npm run build first`);
  const child = spawn(process.execPath, [server], {
    cwd: path.dirname(server),
    stdio: "ignore",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME: "127.0.0.1" },
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${origin}/api/health`, child, `instance on port ${port}`);
  } catch (error) {
    stopChild(child);
    throw error;
  }
  const exit = new Promise((resolve) => child.once("exit", resolve));
  return {
    origin,
    port,
    pid: child.pid,
    kill: () => stopChild(child),
    // What Docker and orchestrators send to stop an instance: Next stops
    // accepting connections, finishes the requests it holds, then exits.
    terminate: () => {
      child.kill("SIGTERM");
      return exit;
    },
    exited: () => child.exitCode !== null || child.signalCode !== null,
  };
}

export function nginxBinary() {
  const found = spawnSync("bash", ["-c", "command -v nginx || ls /usr/sbin/nginx"], { encoding: "utf8" }).stdout.trim().split("\n")[0];
  if (!found) throw new Error("nginx is not installed: run bash scripts/ensure-nginx.sh");
  return found;
}

/** nginx from deploy/nginx.conf, on an empty cache, in front of the given instance ports. */
export async function startNginx({ port, upstreamPorts, workers = "1", microCache = "5s" }) {
  const stateDir = mkdtempSync(path.join(os.tmpdir(), "site-nginx-"));
  const cacheDir = path.join(stateDir, "cache");
  mkdirSync(cacheDir);
  // nginx's workers run as nobody when the master is root.
  for (const dir of [stateDir, cacheDir]) chmodSync(dir, 0o777);
  const conf = path.join(stateDir, "nginx.conf");
  writeFileSync(
    conf,
    renderNginxConf({ listen: `127.0.0.1:${port}`, upstreams: upstreamPorts.map((p) => `127.0.0.1:${p}`), cacheDir, stateDir, workers, microCache }),
  );
  const child = spawn(nginxBinary(), ["-p", stateDir, "-c", conf, "-e", path.join(stateDir, "error.log"), "-g", "daemon off;"], { stdio: ["ignore", "ignore", "inherit"] });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${origin}/api/health`, child, `nginx on port ${port}`);
  } catch (error) {
    stopChild(child);
    throw error;
  }
  return {
    origin,
    conf,
    stop: () => {
      // QUIT lets the workers finish; the folder (and its cache) goes with it.
      if (child.exitCode === null) child.kill("SIGQUIT");
      return new Promise((resolve) => {
        const done = () => {
          rmSync(stateDir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once("exit", done);
        // Bounded: connections a client left open do not hold the test up.
        setTimeout(() => child.kill("SIGTERM"), 5000).unref();
      });
    },
  };
}

/** nginx on `port`, with `count` instances on the ports after it. */
export async function startStack({ port, count = 2, workers, microCache }) {
  const instances = [];
  try {
    for (let i = 1; i <= count; i++) instances.push(await startInstance(port + i));
    const nginx = await startNginx({ port, upstreamPorts: instances.map((i) => i.port), workers, microCache });
    return {
      origin: nginx.origin,
      instances,
      stop: async () => {
        await nginx.stop();
        for (const instance of instances) instance.kill();
      },
    };
  } catch (error) {
    for (const instance of instances) instance.kill();
    throw error;
  }
}
