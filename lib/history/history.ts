// Releases newest first, each with its changes from the release before and
// the reasons the data's editors gave (data/changes.yaml).
import { z } from "zod";
import { diffSnapshots, type Change } from "@/lib/history/diff";
import { compareVersions, type Snapshot } from "@/lib/history/snapshot";

const text = z.string().trim().min(1, "must not be empty");

export const releaseNotesSchema = z.array(
  z.strictObject({
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a semantic version like 1.0.0"),
    date: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]),
    summary: text,
    reasons: z.array(z.strictObject({ id: text, reason: text })).default([]),
  }),
);
export type ReleaseNotes = z.infer<typeof releaseNotesSchema>;

export type Release = {
  version: string;
  previous: string | null;
  date: string;
  summary: string | null;
  facts: number;
  sources: number;
  /** False for the data of this build when its version has no snapshot in data/releases yet. */
  snapshotted: boolean;
  changes: Change[];
};

/** Snapshots in any order → releases newest first; each diffed against the one before it. */
export function buildHistory(snapshots: Snapshot[], notes: ReleaseNotes = [], unreleased: Snapshot[] = []): Release[] {
  const ordered = [
    ...snapshots.map((snapshot) => ({ snapshot, snapshotted: true })),
    ...unreleased.map((snapshot) => ({ snapshot, snapshotted: false })),
  ].sort((a, b) => compareVersions(a.snapshot.version, b.snapshot.version));
  const releases = ordered.map(({ snapshot, snapshotted }, index): Release => {
    const note = notes.find((n) => n.version === snapshot.version);
    const previous = index > 0 ? ordered[index - 1]!.snapshot : null;
    const reasons = new Map((note?.reasons ?? []).map((r) => [r.id, r.reason]));
    return {
      version: snapshot.version,
      previous: previous?.version ?? null,
      date: note?.date ?? snapshot.published,
      summary: note?.summary ?? null,
      facts: snapshot.facts.length,
      sources: snapshot.sources.length,
      snapshotted,
      changes: previous ? diffSnapshots(previous, snapshot, reasons) : [],
    };
  });
  return releases.reverse();
}

/** The data of this build joins the history when its version is newer than every snapshot. */
export function unreleasedHead(snapshots: Snapshot[], current: Snapshot): Snapshot[] {
  return snapshots.every((s) => compareVersions(current.version, s.version) > 0) ? [current] : [];
}

export function allChanges(releases: Release[]): Change[] {
  return releases.flatMap((release) => release.changes);
}

/** One fact's or source's changes, newest first. */
export function historyOf(releases: Release[], subject: "fact" | "source", id: string): Change[] {
  return allChanges(releases).filter((change) => change.subject === subject && change.id === id);
}
