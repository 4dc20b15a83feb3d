// Times POST /api/v1/check's work on a 5,000-word article: the function the
// route calls (JSON parsing, splitting, matching), in the server's process
// model, without HTTP. Prints one JSON line. Run by bench/check.mjs.
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { parse } from "yaml";
import { answerCheck } from "@/lib/check/api";
import { getChecker } from "@/lib/check/queries";
import { getDataset } from "@/lib/dataset/queries";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 300;
const targetWords = 5000;

// Real sentences (the development set's, facts and near misses alike), repeated into paragraphs up to 5,000 words.
const set = parse(readFileSync("eval/check-dev-set.yaml", "utf8")) as Array<{ sentences: Array<{ text: string }> }>;
const pool = set.flatMap((e) => e.sentences.map((s) => s.text));
const paragraphs: string[] = [];
let words = 0;
for (let i = 0; words < targetWords; i++) {
  const sentence = pool[i % pool.length] ?? "";
  if (i % 5 === 0) paragraphs.push("");
  paragraphs[paragraphs.length - 1] += `${sentence} `;
  words += sentence.split(/\s+/).filter(Boolean).length;
}
const article = paragraphs.map((p) => p.trim()).join("\n\n");
const body = JSON.stringify({ text: article });

const checker = getChecker();
const { version } = getDataset().meta;
const cpuTimes: number[] = [];
const time = () => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const answer = answerCheck(body, checker, version);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
  if (answer.status !== 200) throw new Error(`the check answered ${answer.status}`);
  return { ms, answer };
};
for (let i = 0; i < Math.min(20, runs); i++) time();
cpuTimes.length = 0;
const times: number[] = [];
let sentences = 0;
let matches = 0;
for (let i = 0; i < runs; i++) {
  const { ms, answer } = time();
  times.push(ms);
  if (answer.status === 200) {
    sentences = answer.body.sentences.length;
    matches = answer.body.sentences.reduce((n, s) => n + s.matches.length, 0);
  }
}
const quantile = (list: number[], q: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0) * 10) / 10;
};
// Wall time is what a reader waits for; CPU time is the work itself, apart from waiting for a core on a busy machine.
const load = loadavg()[0] ?? 0;
console.log(JSON.stringify({ words, characters: article.length, sentences, matches, runs, p50Ms: quantile(times, 0.5), p99Ms: quantile(times, 0.99), maxMs: quantile(times, 1), cpuP50Ms: quantile(cpuTimes, 0.5), cpuP99Ms: quantile(cpuTimes, 0.99), loadAverage: Math.round(load * 10) / 10 }));
