import type { Problem } from "@/lib/dataset/problem";
import { loadRecordedData, type RecordedData } from "@/lib/dataset/tables/load";
import { recordedDataProblems } from "@/lib/dataset/tables/rules";

/** Every problem of the statistical tables and recorded series in a dataset folder. */
export function validateRecordedData(dir: string): { data: RecordedData; problems: Problem[] } {
  const { data, problems, seriesFile } = loadRecordedData(dir);
  return { data, problems: [...problems, ...recordedDataProblems(data, seriesFile)] };
}
