/** One thing wrong with the dataset, precise enough to fix without searching. */
export type Problem = { file: string; id: string; field: string; reason: string };

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.id}: ${problem.field}: ${problem.reason}`;
}
