// The `check` part of `npm run bench`: the text checker's server time on a
// 5,000-word article (bench/check-speed.ts), budget p99 under 100 ms.
// `node bench/run.mjs --check-only` runs just this part.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { root } from "./lib.mjs";

export const checkBudgetMs = 100;

export async function runCheckBench({ quick }) {
  const args = ["tsx", "--require", "./scripts/allow-server-only.cjs", "bench/check-speed.ts", "--runs", quick ? "10" : "300"];
  const { stdout } = await promisify(execFile)("npx", args, { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const line = stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(line);
}

export function checkSpeedBudgets(check) {
  return [{ name: `Check a ${check.words}-word article, server time p99 (ms)`, measured: check.p99Ms, limit: `< ${checkBudgetMs}`, ok: check.p99Ms < checkBudgetMs }];
}

export function formatCheck(check) {
  return `Text checker: ${check.words} words, ${check.sentences} sentences, ${check.matches} matches; ${check.runs} runs: p50 ${check.p50Ms} ms, p99 ${check.p99Ms} ms, max ${check.maxMs} ms (server time, no HTTP); CPU time p50 ${check.cpuP50Ms} ms, p99 ${check.cpuP99Ms} ms; load average ${check.loadAverage} on this machine.`;
}
