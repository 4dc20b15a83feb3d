// `check:data`'s rule for data/match-terms.yaml (optional: a dataset without
// it has nothing for the text checker to match).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readMatchTerms } from "@/lib/check/match-terms";
import type { Problem } from "@/lib/dataset/problem";

export function matchTermsProblems(dir: string, factIds: string[]): Problem[] {
  const file = path.join(dir, "match-terms.yaml");
  if (!existsSync(file)) return [];
  return readMatchTerms(readFileSync(file, "utf8"), new Set(factIds), path.relative(process.cwd(), file)).problems;
}
