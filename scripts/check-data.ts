// `npm run check:data [dir]`: validates the dataset and lists every problem.
import { formatProblem } from "@/lib/dataset/problem";
import { validateDataset } from "@/lib/dataset/load";
import { matchTermsProblems } from "@/lib/check/match-terms-file";

const dir = process.argv[2] ?? process.env.DATA_DIR ?? "data";
const validated = validateDataset(dir);
const { raw } = validated;
const problems = [...validated.problems, ...matchTermsProblems(dir, raw.facts.map(({ record }) => record.id))];

if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem(s) in ${dir}: fix them before building.`);
  process.exit(1);
}
console.log(`${dir}: ${raw.facts.length} facts, ${raw.sources.length} sources, ${raw.panels.length} panels; every quote found verbatim.`);
