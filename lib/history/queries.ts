// The app's door to the dataset's history, read once per build process.
import "server-only";
import path from "node:path";
import type { Change } from "@/lib/history/diff";
import { allChanges, type Release } from "@/lib/history/history";
import { readHistory } from "@/lib/history/read";
import { getDataset } from "@/lib/dataset/queries";

let cached: Release[] | null = null;

export function listReleases(): Release[] {
  cached ??= readHistory(process.env.DATA_DIR ?? path.join(process.cwd(), "data"), getDataset());
  return cached;
}

// Changes by subject and id, newest first, built once: a page per fact or
// source asks for its own, and a scan of every change per page would grow with
// pages × changes.
let bySubject: Map<string, Change[]> | null = null;
function changesOf(subject: "fact" | "source", id: string): Change[] {
  if (!bySubject) {
    bySubject = new Map();
    for (const change of allChanges(listReleases())) {
      const key = `${change.subject}:${change.id}`;
      bySubject.set(key, [...(bySubject.get(key) ?? []), change]);
    }
  }
  return bySubject.get(`${subject}:${id}`) ?? [];
}

export function factHistory(id: string): Change[] {
  return changesOf("fact", id);
}

export function sourceHistory(id: string): Change[] {
  return changesOf("source", id);
}
