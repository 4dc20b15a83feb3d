// The text checker's door to data/: the facts (through the dataset loader)
// and data/match-terms.yaml, read and indexed once per server process.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { readMatchTerms } from "@/lib/check/match-terms";
import { createChecker, type Checker } from "@/lib/check/matcher";
import { formatProblem } from "@/lib/dataset/problem";
import { getDataset } from "@/lib/dataset/queries";

let cached: Checker | null = null;

export function getChecker(): Checker {
  if (cached) return cached;
  const dataset = getDataset();
  const file = path.join(process.env.DATA_DIR ?? path.join(process.cwd(), "data"), "match-terms.yaml");
  const { terms, problems } = readMatchTerms(readFileSync(file, "utf8"), new Set(dataset.facts.map((f) => f.id)), file);
  if (problems.length > 0) throw new Error(`${file} has ${problems.length} problem(s):\n${problems.map(formatProblem).join("\n")}`);
  cached = createChecker(dataset.facts, terms);
  return cached;
}
