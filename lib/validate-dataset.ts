import { checkIntegrity } from "@/lib/integrity";
import { loadRawDataset, type RawDataset } from "@/lib/load-dataset";
import type { Problem } from "@/lib/problem";

/** Parse and check a dataset folder; problems are empty when it is sound. */
export function validateDataset(dir: string): { raw: RawDataset; problems: Problem[] } {
  const { raw, problems } = loadRawDataset(dir);
  return { raw, problems: [...problems, ...checkIntegrity(raw)] };
}
