// The benchmark scripts run end to end on a tiny scale, so they cannot rot.
// No budgets here: performance targets live in `npm run bench`.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

test("npm run bench works in quick mode and writes its results", async () => {
  test.setTimeout(180_000);
  const root = path.join(__dirname, "..");
  const result = spawnSync("node", ["bench/run.mjs", "--quick"], {
    cwd: root,
    // Each worktree or CI run may pick its own ports (E2E_BENCH_PORT) so parallel runs do not collide.
    env: { ...process.env, BENCH_PORT: process.env.E2E_BENCH_PORT ?? "3350" },
    encoding: "utf8",
    timeout: 170_000,
  });
  expect(result.status, result.stderr).toBe(0);
  const results = JSON.parse(readFileSync(path.join(root, "bench", "results", "quick.json"), "utf8"));
  // The home page ships no JavaScript (lib/build/script-free.ts); the panel page measured beside it does.
  expect(results.jsWeight["/"].bytes).toBe(0);
  expect(Object.values(results.jsWeight as Record<string, { bytes: number }>).some((weight) => weight.bytes > 0)).toBe(true);
  expect(results.lighthouse["/"].accessibility).toBeGreaterThan(0);
  expect(results.load["/"].requestsPerSecond).toBeGreaterThan(0);
  expect(results.homeHtmlGzipBytes).toBeGreaterThan(0);
  expect(typeof results.validity["/"].errors).toBe("number");
  expect(results.growth[0]).toMatchObject({ factor: 2 });
  expect(results.serve.nginx["/"]["2"].requestsPerSecond).toBeGreaterThan(0);
  expect(results.serve.wrk.nginx["/"]["2"].requestsPerSecond).toBeGreaterThan(0);
  expect(result.stdout).toContain("| Route | JS gzip kB |");
  expect(result.stdout).toContain("| Serve | conns | next start req/s |");
  expect(result.stdout).toContain("| Serve (wrk) | conns | next start req/s |");
});
