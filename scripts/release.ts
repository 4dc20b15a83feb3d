// npm run release [-- <version>|major|minor|patch] [--date YYYY-MM-DD]
// Freezes the data as data/releases/<version>.json (through the one loader),
// sets that version and date in data/dataset.yaml, and opens its CHANGELOG entry.
// With no version: the dataset's own version when it has no snapshot yet, else the next minor one.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import { loadDataset } from "@/lib/dataset/load";
import { changeKindLabels, diffSnapshots, type ChangeKind } from "@/lib/history/diff";
import { readReleaseNotes, readSnapshots, releasesDir } from "@/lib/history/read";
import { buildSnapshot, compareVersions } from "@/lib/history/snapshot";
import { routes } from "@/lib/routes";
import { today } from "@/lib/today";

const dataDir = path.resolve(process.env.DATA_DIR ?? "data");

function fail(message: string): never {
  console.error(`release: ${message}`);
  process.exit(1);
}

function bump(version: string, part: "major" | "minor" | "patch"): string {
  const [major = 0, minor = 0, patch = 0] = version.split(".").map(Number);
  if (part === "major") return `${major + 1}.0.0`;
  if (part === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

const args = process.argv.slice(2);
const dateIndex = args.indexOf("--date");
const date = dateIndex >= 0 ? args.splice(dateIndex, 2)[1] : today();
if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) fail("--date takes a date written YYYY-MM-DD");
const wanted = args[0];

const dataset = loadDataset(dataDir);
const snapshots = readSnapshots(dataDir).sort((a, b) => compareVersions(a.version, b.version));
const latest = snapshots.at(-1);
const current = dataset.meta.version;
const released = snapshots.some((s) => s.version === current);

let version: string;
if (wanted === "major" || wanted === "minor" || wanted === "patch") version = bump(current, wanted);
else if (wanted) version = wanted;
else version = released ? bump(current, "minor") : current;
if (!/^\d+\.\d+\.\d+$/.test(version)) fail(`"${version}" is not a semantic version like 1.0.0`);
if (latest && compareVersions(version, latest.version) <= 0) fail(`${version} is not newer than the latest release, ${latest.version}`);

const releaseFile = path.join(releasesDir(dataDir), `${version}.json`);
if (existsSync(releaseFile)) fail(`${path.relative(process.cwd(), releaseFile)} already exists`);

// The dataset's file keeps its comments and layout; only version and date change.
const metaFile = path.join(dataDir, "dataset.yaml");
if (version !== current) {
  const doc = parseDocument(readFileSync(metaFile, "utf8"));
  doc.set("version", version);
  doc.set("published", date);
  writeFileSync(metaFile, doc.toString());
}
const snapshot = buildSnapshot({ ...dataset, meta: { ...dataset.meta, version, published: version !== current ? date : dataset.meta.published } });
mkdirSync(releasesDir(dataDir), { recursive: true });
writeFileSync(releaseFile, `${JSON.stringify(snapshot, null, 2)}\n`);

// The CHANGELOG entry: the release's summary from data/changes.yaml, and what the diff found, by kind.
const changelog = path.join(dataDir, "CHANGELOG.md");
const log = existsSync(changelog) ? readFileSync(changelog, "utf8") : "# Changelog\n";
if (!new RegExp(`^## ${version.replace(/\./g, "\\.")}\\b`, "m").test(log)) {
  const changes = latest ? diffSnapshots(latest, snapshot) : [];
  const counts = new Map<ChangeKind, number>();
  for (const change of changes) counts.set(change.kind, (counts.get(change.kind) ?? 0) + 1);
  const summary = readReleaseNotes(dataDir).find((n) => n.version === version)?.summary ?? "TODO: what changed, and why.";
  const lines = [`## ${version} — ${snapshot.published}`, "", summary, ""];
  if (counts.size > 0) {
    lines.push(`Changes since ${latest!.version} (each with its reason at ${routes.changes(version)}):`, "");
    for (const [kind, count] of counts) lines.push(`- ${changeKindLabels[kind]}: ${count}`);
    lines.push("");
  }
  const entry = `${lines.join("\n")}\n`;
  const first = log.search(/^## /m);
  writeFileSync(changelog, first >= 0 ? `${log.slice(0, first)}${entry}${log.slice(first)}` : `${log.trimEnd()}\n\n${entry}`);
}
console.log(`Released ${version}: ${path.relative(process.cwd(), releaseFile)}, ${snapshot.facts.length} facts, ${snapshot.sources.length} sources.`);
