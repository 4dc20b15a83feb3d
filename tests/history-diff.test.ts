import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { describeChange, diffSnapshots, type Change } from "@/lib/history/diff";
import { buildHistory, historyOf } from "@/lib/history/history";
import { readReleaseNotes, readSnapshots } from "@/lib/history/read";
import { asOfLabel } from "@/lib/history/normalise";
import { compareVersions, type Snapshot } from "@/lib/history/snapshot";

const dir = path.join(__dirname, "fixtures/history");
// Loaded before each test, not at module level: mutation testing only credits code run inside a test.
let snapshots: Snapshot[];
let v1: Snapshot;
let v2: Snapshot;
beforeEach(() => {
  snapshots = readSnapshots(dir);
  [v1, v2] = [...snapshots].sort((a, b) => a.version.localeCompare(b.version)) as [Snapshot, Snapshot];
});

const oilReason = "The 25% comes from an undated report published before 2019, not from June 2019.";
const reportReason = "The page shows no title; ours describes it.";
const at = { version: "0.2.0", previous: "0.1.0" };
const oil = { ...at, subject: "fact", id: "oil-share", label: "The article says Kazakhstan supplies a quarter of Israel's oil.", reason: oilReason } as const;
const report = { ...at, subject: "source", id: "report", label: "[oil report kazakhstan]", reason: reportReason } as const;

// Written by hand from the two fixture snapshots: storage-only differences (as_of
// "2019-06" vs {kind: exact}, a missing `attribution` where the display is the
// same, whitespace in a quote, a new `independent` flag) are not changes.
const expected: Change[] = [
  { ...oil, kind: "verdict", field: "verdict", before: "qualified", after: "unverified" },
  { ...oil, kind: "date", field: "figure date", before: "June 2019", after: "undated, before 2019" },
  {
    ...at,
    subject: "fact",
    id: "minister-said",
    label: "The minister called relations dynamic.",
    reason: null,
    kind: "attribution",
    field: "attribution",
    before: "A. Minister, deputy minister, in their own words",
    after: "A. Minister, deputy minister, as reported by Jewish News",
  },
  { ...at, subject: "fact", id: "new-fact", label: "Turnover was $162 million in January–November 2025.", reason: null, kind: "fact-added", field: "", before: null, after: null },
  { ...at, subject: "fact", id: "dropped", label: "A claim later withdrawn.", reason: null, kind: "fact-removed", field: "", before: null, after: null },
  { ...report, kind: "title", field: "title", before: "oil report kazakhstan", after: "[oil report kazakhstan]" },
  { ...report, kind: "source-details", field: "stored text", before: null, after: null },
  { ...at, subject: "source", id: "wire", label: "Trade turnover", reason: null, kind: "source-added", field: "", before: null, after: null },
];

describe("diffSnapshots", () => {
  it("turns two fixture snapshots of different schema versions into the expected change list", () => {
    const notes = readReleaseNotes(dir);
    const reasons = new Map(notes[0]!.reasons.map((r) => [r.id, r.reason]));
    expect(diffSnapshots(v1!, v2!, reasons)).toEqual(expected);
  });

  it("finds nothing between a snapshot and itself", () => {
    expect(diffSnapshots(v2!, v2!)).toEqual([]);
  });

  it("describes a change in words a reader can follow", () => {
    expect(describeChange(expected[1]!)).toBe("Figure date changed from June 2019 to undated, before 2019");
    expect(describeChange(expected[3]!)).toBe("Fact added");
    expect(describeChange(expected[6]!)).toBe("Stored text changed");
  });
});

describe("asOfLabel", () => {
  it("reads the string shorthand and every object form alike", () => {
    expect(asOfLabel("2019-06")).toBe("June 2019");
    expect(asOfLabel({ kind: "exact", date: "2019-06-09" })).toBe("9 June 2019");
    expect(asOfLabel({ kind: "estimated", from: "2010", to: "2012", basis: "b" })).toBe("c. 2010–2012");
    expect(asOfLabel({ kind: "estimated", from: "2010", to: "2012", label: "early 2010s", basis: "b" })).toBe("early 2010s");
    expect(asOfLabel({ kind: "after", date: "2016", basis: "b" })).toBe("undated, after 2016");
    expect(asOfLabel({ kind: "unknown", basis: "b" })).toBe("undated");
  });
});

describe("buildHistory", () => {
  it("lists releases newest first, the first with no changes, reasons and summary from changes.yaml", () => {
    const releases = buildHistory(snapshots, readReleaseNotes(dir));
    expect(releases.map((r) => [r.version, r.previous, r.changes.length])).toEqual([
      ["0.2.0", "0.1.0", expected.length],
      ["0.1.0", null, 0],
    ]);
    expect(releases[0]!.summary).toBe("Corrections after the truth review.");
    expect(releases[0]!.date).toBe("2026-11-29");
    expect(releases[1]!.facts).toBe(4);
    expect(historyOf(releases, "source", "report").map((c) => c.field)).toEqual(["title", "stored text"]);
  });

  it("adds unreleased data as the newest version, and without changes.yaml gives no reasons", () => {
    const releases = buildHistory([v1!], [], [v2!]);
    expect(releases.map((r) => [r.version, r.snapshotted])).toEqual([
      ["0.2.0", false],
      ["0.1.0", true],
    ]);
    expect(releases[0]!.changes.every((c) => c.reason === null)).toBe(true);
    expect(readReleaseNotes(path.join(dir, "releases"))).toEqual([]);
  });
});

describe("compareVersions", () => {
  it("orders versions part by part as numbers, not as text", () => {
    expect(["0.10.0", "0.9.1", "1.0.0", "0.2.0"].sort(compareVersions)).toEqual(["0.2.0", "0.9.1", "0.10.0", "1.0.0"]);
  });
});
