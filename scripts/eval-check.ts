// `npm run eval:check`: precision and recall of the text checker per
// sentence–fact pair on eval/check-dev-set.yaml, and whether it flags the
// figures the set marks as differing. Prints every miss and false match.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { getChecker } from "@/lib/check/queries";

type Annotated = { text: string; facts: string[]; differs?: string[] };
type Excerpt = { url: string; language: string; sentences: Annotated[] };

const file = process.argv[2] ?? "eval/check-dev-set.yaml";
const set = parse(readFileSync(file, "utf8")) as Excerpt[];
const checker = getChecker();
let tp = 0, fp = 0, fn = 0, flagsRight = 0, flagsExpected = 0, wrongFlags = 0, sentences = 0, nearMisses = 0, nearMissMatched = 0;
for (const excerpt of set) {
  for (const s of excerpt.sentences) {
    sentences += 1;
    const matches = checker.check(s.text).flatMap((r) => r.matches);
    const got = new Set(matches.map((m) => m.fact));
    const want = new Set(s.facts);
    if (want.size === 0) {
      nearMisses += 1;
      if (got.size > 0) nearMissMatched += 1;
    }
    for (const id of got) {
      if (want.has(id)) tp += 1;
      else {
        fp += 1;
        console.log(`false match  ${id}  ← ${s.text.slice(0, 110)}`);
      }
    }
    for (const id of want) {
      if (!got.has(id)) {
        fn += 1;
        console.log(`missed       ${id}  ← ${s.text.slice(0, 110)}`);
      }
    }
    const flagged = new Set(matches.filter((m) => m.figure.differs).map((m) => m.fact));
    for (const id of s.differs ?? []) {
      flagsExpected += 1;
      if (flagged.has(id)) flagsRight += 1;
    }
    for (const id of flagged) if (want.has(id) && !(s.differs ?? []).includes(id)) wrongFlags += 1;
  }
}
const precision = tp / Math.max(1, tp + fp);
const recall = tp / Math.max(1, tp + fn);
console.log(`\n${set.length} excerpts, ${sentences} sentences (${nearMisses} near misses, ${nearMissMatched} of them matched).`);
console.log(`sentence–fact pairs: ${tp} right, ${fp} false, ${fn} missed`);
console.log(`precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}`);
console.log(`differing figures flagged: ${flagsRight} of ${flagsExpected}; agreeing figures flagged as differing: ${wrongFlags}`);
