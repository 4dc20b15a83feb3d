// Reads data/releases/*.json and data/changes.yaml. Plain Node (no server-only),
// so the release script and the tests use the same code as the build.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { Dataset } from "@/lib/dataset/load";
import { buildHistory, releaseNotesSchema, unreleasedHead, type Release, type ReleaseNotes } from "@/lib/history/history";
import { buildSnapshot, snapshotSchema, type Snapshot } from "@/lib/history/snapshot";

function zodMessage(file: string, issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => `${file}: ${issue.path.map(String).join(".") || "-"}: ${issue.message}`).join("\n");
}

export function releasesDir(dataDir: string): string {
  return path.join(dataDir, "releases");
}

export function readSnapshot(file: string): Snapshot {
  const parsed = snapshotSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(zodMessage(file, parsed.error.issues));
  if (path.basename(file) !== `${parsed.data.version}.json`) throw new Error(`${file}: version ${parsed.data.version} does not match the file name`);
  return parsed.data;
}

export function readSnapshots(dataDir: string): Snapshot[] {
  const dir = releasesDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => readSnapshot(path.join(dir, name)));
}

/** data/changes.yaml; a missing file means no reasons were given. */
export function readReleaseNotes(dataDir: string): ReleaseNotes {
  const file = path.join(dataDir, "changes.yaml");
  if (!existsSync(file)) return [];
  const raw: unknown = parseYaml(readFileSync(file, "utf8")) ?? [];
  const parsed = releaseNotesSchema.safeParse(raw);
  if (!parsed.success) throw new Error(zodMessage(file, parsed.error.issues));
  return parsed.data;
}

/** Every release, newest first, with the data of this build as the newest when it has no snapshot yet. */
export function readHistory(dataDir: string, dataset: Dataset): Release[] {
  const snapshots = readSnapshots(dataDir);
  return buildHistory(snapshots, readReleaseNotes(dataDir), unreleasedHead(snapshots, buildSnapshot(dataset)));
}
