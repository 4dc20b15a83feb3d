// The app's door to the dataset's history, read once per build process.
import "server-only";
import path from "node:path";
import type { Change } from "@/lib/history/diff";
import { historyOf, type Release } from "@/lib/history/history";
import { readHistory } from "@/lib/history/read";
import { getDataset } from "@/lib/dataset/queries";

let cached: Release[] | null = null;

export function listReleases(): Release[] {
  cached ??= readHistory(process.env.DATA_DIR ?? path.join(process.cwd(), "data"), getDataset());
  return cached;
}

export function factHistory(id: string): Change[] {
  return historyOf(listReleases(), "fact", id);
}

export function sourceHistory(id: string): Change[] {
  return historyOf(listReleases(), "source", id);
}
