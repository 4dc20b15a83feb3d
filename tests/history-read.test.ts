// Reading data/releases and data/changes.yaml: what a broken snapshot or an
// empty notes file gives, on files written for each test.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { releaseNotesSchema } from "@/lib/history/history";
import { readReleaseNotes, readSnapshot, readSnapshots } from "@/lib/history/read";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempData(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kzil-history-"));
  dirs.push(dir);
  return dir;
}
const snapshot = (version: string) => ({ format: 1, version, published: "2020-01-01", title: "T", primary_source: "a", facts: [], sources: [], panels: [] });

describe("readSnapshot", () => {
  it("names the file and each field a snapshot gets wrong, the envelope itself as -", () => {
    const dir = tempData();
    const file = path.join(dir, "1.0.0.json");
    writeFileSync(file, JSON.stringify({ ...snapshot("1.0"), facts: [{ statement: "no id" }] }));
    expect(() => readSnapshot(file)).toThrow(`${file}: version: must be a semantic version like 1.0.0\n${file}: facts.0.id: `);
    writeFileSync(file, JSON.stringify([]));
    expect(() => readSnapshot(file)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: -: `));
  });

  it("refuses a snapshot whose version is not its file name", () => {
    const dir = tempData();
    const file = path.join(dir, "1.0.0.json");
    writeFileSync(file, JSON.stringify(snapshot("1.0.1")));
    expect(() => readSnapshot(file)).toThrow(`${file}: version 1.0.1 does not match the file name`);
  });

  it("reads only the .json files of releases/, and none when the folder is missing", () => {
    const dir = tempData();
    expect(readSnapshots(dir)).toEqual([]);
    mkdirSync(path.join(dir, "releases"));
    writeFileSync(path.join(dir, "releases", "1.0.0.json"), JSON.stringify(snapshot("1.0.0")));
    writeFileSync(path.join(dir, "releases", "README.md"), "notes");
    expect(readSnapshots(dir).map((s) => s.version)).toEqual(["1.0.0"]);
  });
});

describe("readReleaseNotes", () => {
  it("reads an empty or missing file as no notes, and refuses a bad one with its file and field", () => {
    const dir = tempData();
    expect(readReleaseNotes(dir)).toEqual([]);
    writeFileSync(path.join(dir, "changes.yaml"), "# none yet\n");
    expect(readReleaseNotes(dir)).toEqual([]);
    writeFileSync(path.join(dir, "changes.yaml"), "- version: 1.0.0\n  date: 2020-01-01\n  summary: ''\n");
    expect(() => readReleaseNotes(dir)).toThrow(`${path.join(dir, "changes.yaml")}: 0.summary: must not be empty`);
  });

  it("takes a date written as a date, as its day", () => {
    expect(releaseNotesSchema.parse([{ version: "1.0.0", date: new Date("2020-01-02T10:00:00Z"), summary: "S" }])[0]).toEqual({
      version: "1.0.0",
      date: "2020-01-02",
      summary: "S",
      reasons: [],
    });
  });
});
