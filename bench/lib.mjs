// Shared helpers for the benchmarks: serving a built Next app, finding
// Chromium, measuring gzipped transfer sizes.
import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import chromium from "../scripts/chromium.cjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const { chromiumPath, chromiumArgs } = chromium;

export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: options.quiet ? "ignore" : "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env } });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

export async function timed(fn) {
  const start = performance.now();
  const value = await fn();
  return { ms: Math.round(performance.now() - start), value };
}

/** Starts `next start` for a built app and resolves once it answers. */
export async function startServer({ dir = ".", port, env = {} }) {
  const args = ["next", "start", ...(dir === "." ? [] : [dir]), "-p", String(port), "-H", "127.0.0.1"];
  const child = spawn("npx", args, { cwd: root, stdio: "ignore", detached: true, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      const response = await fetch(origin + "/");
      if (response.ok) return { origin, stop: () => process.kill(-child.pid, "SIGTERM") };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  process.kill(-child.pid, "SIGTERM");
  throw new Error(`server on port ${port} did not start`);
}

/** The bytes a URL sends when the client accepts gzip (Next compresses by default). */
export function gzipBytes(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
        let bytes = 0;
        response.on("data", (chunk) => (bytes += chunk.length));
        response.on("end", () => resolve(bytes));
      })
      .on("error", reject);
  });
}

export const kB = (bytes) => Math.round(bytes / 102.4) / 10;
