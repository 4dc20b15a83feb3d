// One change at a time between two small snapshots: each displayed field of a
// fact or source that changes gives exactly one change of the right kind,
// with the labels a reader would see before and after.
import { describe, expect, it } from "vitest";
import { describeChange, diffSnapshots, type Change } from "@/lib/history/diff";
import { buildSnapshot, compareVersions, sha256, type Snapshot, type SnapshotRecord } from "@/lib/history/snapshot";

const hash = (c: string) => c.repeat(64);
const fact: SnapshotRecord = {
  id: "oil-share",
  statement: "Country A supplies oil.",
  quote: { source: "article", text: "It supplies 25 percent", attribution: "narration" },
  verdict: { rating: "confirmed", summary: "Same share." },
  figure: { value: 25, unit: "percent", qualifier: "at-least", period: "per-year", measure: "Share", as_of: "2019-06" },
  evidence: [{ source: "report", stance: "confirms" }],
};
const article: SnapshotRecord = { id: "article", title: "Why oil flows", title_kind: "as-published", publisher: "Test Gazette", authors: ["Ann Writer"], url: "https://example.org/a", published: { kind: "exact", date: "2019-06" }, tier: "primary", text_sha256: hash("a") };
const snapshot = (version: string, facts: SnapshotRecord[], sources: SnapshotRecord[]): Snapshot =>
  ({ format: 1, version, published: "2020-01-01", title: "T", primary_source: "article", facts, sources, panels: [] }) as unknown as Snapshot;

function oneChange(factAfter: SnapshotRecord, sourceAfter: SnapshotRecord = article): Change {
  const changes = diffSnapshots(snapshot("1.0.0", [fact], [article]), snapshot("1.1.0", [factAfter], [sourceAfter]), new Map([["oil-share", "Re-read."]]));
  expect(changes, JSON.stringify(changes)).toHaveLength(1);
  return changes[0]!;
}
const seen = (c: Change) => [c.kind, c.field, c.before, c.after];

describe("diffSnapshots, one fact field at a time", () => {
  it("names the field and gives both labels", () => {
    const c = oneChange({ ...fact, statement: "Country A sells oil." });
    expect(c).toEqual({
      version: "1.1.0",
      previous: "1.0.0",
      kind: "statement",
      subject: "fact",
      id: "oil-share",
      label: "Country A sells oil.",
      field: "statement",
      before: "Country A supplies oil.",
      after: "Country A sells oil.",
      reason: "Re-read.",
    });
  });

  it("files each field under its kind", () => {
    const f = fact.figure as Record<string, unknown>;
    const q = fact.quote as Record<string, unknown>;
    expect(seen(oneChange({ ...fact, verdict: { rating: "qualified", summary: "Same share." } }))).toEqual(["verdict", "verdict", "confirmed", "qualified"]);
    expect(seen(oneChange({ ...fact, verdict: { rating: "confirmed", summary: "Other." } }))).toEqual(["verdict", "verdict summary", "Same share.", "Other."]);
    expect(seen(oneChange({ ...fact, figure: { ...f, value: 30 } }))).toEqual(["figure", "figure value", "25%", "30%"]);
    expect(seen(oneChange({ ...fact, figure: { ...f, qualifier: "over" } }))).toEqual(["figure", "figure qualifier", "at least", "over"]);
    expect(seen(oneChange({ ...fact, figure: { ...f, period: "cumulative" } }))).toEqual(["figure", "figure period", "per year", "cumulative"]);
    expect(seen(oneChange({ ...fact, figure: { ...f, measure: "Part" } }))).toEqual(["figure", "figure measure", "Share", "Part"]);
    expect(seen(oneChange({ ...fact, figure: { ...f, as_of: "2019" } }))).toEqual(["date", "figure date", "June 2019", "2019"]);
    expect(seen(oneChange({ ...fact, event: { date: "1992" } }))).toEqual(["date", "event date", "none", "1992"]);
    expect(seen(oneChange({ ...fact, quote: { ...q, attribution: "direct" }, speaker: { name: "B" } }))).toEqual(["attribution", "attribution", "Test Gazette's own words", "B, in their own words"]);
    expect(seen(oneChange({ ...fact, quote: { ...q, text: "It supplies 25  percent!" } }))).toEqual(["quote", "quote text", "It supplies 25 percent", "It supplies 25 percent!"]);
    expect(seen(oneChange({ ...fact, quote: { ...q, translation: "Il fournit" } }))).toEqual(["quote", "quote translation", "none", "Il fournit"]);
    expect(seen(oneChange({ ...fact, evidence: [] }))).toEqual(["evidence", "evidence", "report (confirms)", "none"]);
  });

  it("reports a figure that disappears in each of its fields", () => {
    const { figure: _dropped, ...withoutFigure } = fact;
    void _dropped;
    const changes = diffSnapshots(snapshot("1.0.0", [fact], [article]), snapshot("1.1.0", [withoutFigure], [article]));
    expect(changes.map((c) => [c.field, c.after])).toEqual([
      ["figure value", "none"],
      ["figure qualifier", "none"],
      ["figure period", "none"],
      ["figure measure", "none"],
      ["figure date", "none"],
    ]);
    expect(changes.every((c) => c.reason === null)).toBe(true);
  });

  it("reads a storage-only change (the date shorthand written out) as no change", () => {
    const f = fact.figure as Record<string, unknown>;
    expect(diffSnapshots(snapshot("1.0.0", [fact], [article]), snapshot("1.1.0", [{ ...fact, figure: { ...f, as_of: { kind: "exact", date: "2019-06" } } }], [article]))).toEqual([]);
  });

  it("moves a narrated fact's attribution with its publisher, and falls back to the source id", () => {
    const c = diffSnapshots(snapshot("1.0.0", [fact], [article]), snapshot("1.1.0", [fact], [{ ...article, publisher: "Gazette" }]));
    expect(c.map(seen)).toEqual([
      ["attribution", "attribution", "Test Gazette's own words", "Gazette's own words"],
      ["source-details", "publisher", "Test Gazette", "Gazette"],
    ]);
    const unnamed = diffSnapshots(snapshot("1.0.0", [fact], [article]), snapshot("1.1.0", [fact], [{ ...article, publisher: 7 }]));
    expect(unnamed[0]?.after).toBe("article's own words");
  });
});

describe("diffSnapshots, sources", () => {
  it("files each displayed source field, and says only that the stored text changed", () => {
    const change = (after: SnapshotRecord) => diffSnapshots(snapshot("1.0.0", [], [article]), snapshot("1.1.0", [], [after])).map(seen);
    expect(change({ ...article, title: "Oil" })).toEqual([["title", "title", "Why oil flows", "Oil"]]);
    expect(change({ ...article, authors: [] })).toEqual([["source-details", "authors", "Ann Writer", "none"]]);
    expect(change({ ...article, url: "https://example.org/b" })).toEqual([["source-details", "address", "https://example.org/a", "https://example.org/b"]]);
    expect(change({ ...article, published: { kind: "unknown" } })).toEqual([["source-details", "publication date", "June 2019", "date not shown"]]);
    expect(change({ ...article, tier: "news" })).toEqual([["source-details", "reliability tier", "primary", "news"]]);
    expect(change({ ...article, text_sha256: hash("b") })).toEqual([["source-details", "stored text", null, null]]);
    expect(change({ ...article, note: "Carries  a wire\nreport." })).toEqual([["source-details", "note", "none", "Carries a wire report."]]);
  });

  it("reports a date that stops being shown on the page, even when its words stay the same", () => {
    const shown = { ...article, published: { kind: "exact", date: "2019-06-10", known: "page" } };
    const inferred = { ...article, published: { kind: "estimated", from: "2019-06-10", to: "2019-06-10", label: "10 June 2019", known: "estimated" } };
    expect(diffSnapshots(snapshot("1.0.0", [], [shown]), snapshot("1.1.0", [], [inferred])).map(seen)).toEqual([
      ["source-details", "how the date is known", "shown on the page", "estimated from the content"],
    ]);
  });

  it("adds and removes records, labelled by what they were, facts before sources", () => {
    const report = { ...article, id: "report", title: "Report" };
    const changes = diffSnapshots(snapshot("1.0.0", [fact], [article]), snapshot("1.1.0", [], [article, report]));
    expect(changes.map((c) => [c.kind, c.subject, c.id, c.label, c.field, c.before, c.after])).toEqual([
      ["fact-removed", "fact", "oil-share", "Country A supplies oil.", "", null, null],
      ["source-added", "source", "report", "Report", "", null, null],
    ]);
    const back = diffSnapshots(snapshot("1.1.0", [], [article, report]), snapshot("1.2.0", [fact], [article]));
    expect(back.map((c) => c.kind)).toEqual(["fact-added", "source-removed"]);
  });
});

describe("describeChange", () => {
  const base: Change = { version: "1.1.0", previous: "1.0.0", kind: "source-added", subject: "source", id: "s", label: "S", field: "", before: null, after: null, reason: null };

  it("words additions, removals and field changes", () => {
    expect(describeChange(base)).toBe("Source added");
    expect(describeChange({ ...base, kind: "source-removed" })).toBe("Source removed");
    expect(describeChange({ ...base, kind: "fact-removed", subject: "fact" })).toBe("Fact removed");
    expect(describeChange({ ...base, kind: "title", field: "title", before: "A", after: null })).toBe("Title changed");
    expect(describeChange({ ...base, kind: "title", field: "title", before: null, after: "B" })).toBe("Title changed");
    expect(describeChange({ ...base, kind: "title", field: "title", before: "A", after: "B" })).toBe("Title changed from A to B");
  });
});

describe("snapshots", () => {
  it("keep each record as loaded and a source's text only as its SHA-256", () => {
    const snap = buildSnapshot({
      meta: { title: "T", version: "1.2.3", published: "2020-01-01", primary_source: "a" },
      sources: [{ id: "a", title: "A", title_kind: "as-published", authors: [], publisher: "P", url: "https://e.org", published: { kind: "unknown" }, accessed: "2020-01-01", language: "en", tier: "news", text: "abc" }],
      facts: [],
      panels: [],
      series: [],
      claims: null,
    });
    expect(snap).toMatchObject({ format: 1, version: "1.2.3", published: "2020-01-01", title: "T", primary_source: "a", facts: [], panels: [] });
    // SHA-256 of "abc", from FIPS 180-2's test vectors.
    expect(snap.sources[0]).toMatchObject({ id: "a", text_sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" });
    expect(snap.sources[0]).not.toHaveProperty("text");
    expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("compare versions with missing parts as zero", () => {
    expect(compareVersions("1.0", "1.0.0")).toBe(0);
    expect(compareVersions("1.0.1", "1.0")).toBeGreaterThan(0);
    expect(compareVersions("1.2.0", "1.10.0")).toBeLessThan(0);
  });
});
