// The Atom feed parsed as XML, checked for the elements RFC 4287 requires.
import path from "node:path";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { changesFeed } from "@/lib/history/feed";
import type { Change } from "@/lib/history/diff";
import { buildHistory, historyOf, unreleasedHead, type Release } from "@/lib/history/history";
import type { Snapshot } from "@/lib/history/snapshot";
import { readReleaseNotes, readSnapshots } from "@/lib/history/read";

const dir = path.join(__dirname, "fixtures/history");
const absolute = (p: string) => `https://example.org${p}`;
const ATOM = "http://www.w3.org/2005/Atom";

function parse(xml: string): Document {
  // Any warning or error of the parser fails the test: the feed must be well-formed XML.
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, "application/xml");
}

function children(parent: Element): Element[] {
  return Array.from(parent.childNodes).filter((node): node is Element => node.nodeType === 1);
}

function child(parent: Element, name: string): Element | undefined {
  return children(parent).find((el) => el.localName === name && el.namespaceURI === ATOM);
}

/** The feed of the history fixture, built inside each test so mutation testing sees which test runs it. */
function fixtureFeed(): Element {
  const releases = buildHistory(readSnapshots(dir), readReleaseNotes(dir));
  return parse(changesFeed(releases, "Fixture dataset", absolute)).documentElement!;
}

describe("changesFeed", () => {

  it("is an Atom feed with its id, title, updated, author and self link", () => {
    const feed = fixtureFeed();
    expect(feed.localName).toBe("feed");
    expect(feed.namespaceURI).toBe(ATOM);
    expect(child(feed, "id")?.textContent).toBe("https://example.org/changes.xml");
    expect(child(feed, "title")?.textContent).toBe("Fixture dataset: changes");
    expect(child(feed, "updated")?.textContent).toBe("2026-11-29T00:00:00.000Z");
    expect(child(child(feed, "author")!, "name")?.textContent).toBe("Fixture dataset");
    // What a feed reader shows under the title, and the licence of the curation.
    expect(child(feed, "subtitle")?.textContent).toMatch(/^Every change to the dataset's facts and sources .* with the reason for it\.$/);
    expect(child(feed, "rights")?.textContent).toMatch(/^CC BY 4\.0 .*quotes remain their publishers'/);
    const self = children(feed).find((el) => el.localName === "link" && el.getAttribute("rel") === "self");
    expect(self?.getAttribute("href")).toBe("https://example.org/changes.xml");
  });

  it("has one entry per release, newest first, each with id, title, updated and a link to the release's page", () => {
    const feed = fixtureFeed();
    const entries = children(feed).filter((el) => el.localName === "entry");
    expect(entries.map((e) => child(e, "id")?.textContent)).toEqual(["https://example.org/changes#v0.2.0", "https://example.org/changes#v0.1.0"]);
    expect(entries.map((e) => child(e, "title")?.textContent)).toEqual([
      "Version 0.2.0: 8 changes since 0.1.0",
      "Version 0.1.0: first recorded release (4 facts, 2 sources)",
    ]);
    expect(entries.map((e) => child(e, "updated")?.textContent)).toEqual(["2026-11-29T00:00:00.000Z", "2026-11-28T00:00:00.000Z"]);
    // The ids are those of the first feeds (the release's section on /changes), so readers never see an entry twice.
    expect(entries.map((e) => child(e, "link")?.getAttribute("href"))).toEqual(["https://example.org/changes/0.2.0", "https://example.org/changes/0.1.0"]);
  });

  it("names each change, its reason and a link to the fact in the newest entry's content", () => {
    const feed = fixtureFeed();
    const content = child(children(feed).find((el) => el.localName === "entry")!, "content")!.textContent ?? "";
    expect(content).toContain('<a href="https://example.org/facts/oil-share">');
    expect(content).toContain("Figure date changed from June 2019 to undated, before 2019. Reason: The 25% comes from an undated report");
  });

  it("the parser rejects malformed XML (so the checks above can fail)", () => {
    expect(() => parse('<feed xmlns="http://www.w3.org/2005/Atom"><entry></feed>')).toThrow();
  });

  it("is still a valid feed with a single release", () => {
    const single = parse(changesFeed(buildHistory(readSnapshots(dir).filter((s) => s.version === "0.1.0")), "Fixture dataset", absolute));
    expect(children(single.documentElement!).filter((el) => el.localName === "entry")).toHaveLength(1);
  });
});

describe("changesFeed entries, on releases written by hand", () => {
  const change = (over: Partial<Change>): Change => ({
    version: "1.1.0",
    previous: "1.0.0",
    kind: "statement",
    subject: "fact",
    id: "oil",
    label: "Oil & gas <flows>",
    field: "statement",
    before: "A",
    after: "B",
    reason: null,
    ...over,
  });
  const release = (over: Partial<Release>): Release => ({
    version: "1.1.0",
    previous: "1.0.0",
    date: "2026-03-04",
    summary: null,
    facts: 3,
    sources: 2,
    snapshotted: true,
    changes: [],
    ...over,
  });
  const entry = (releases: Release[]) => {
    const feed = parse(changesFeed(releases, "T", absolute)).documentElement!;
    const first = children(feed).find((el) => el.localName === "entry")!;
    return { feed, title: child(first, "title")?.textContent, content: child(first, "content")?.textContent ?? "", summary: child(first, "summary")?.textContent };
  };

  it("counts one change in the singular, escapes labels, and links a removed record to its release", () => {
    const { title, content } = entry([
      release({ changes: [change({}), change({ kind: "source-removed", subject: "source", id: "gone", label: "Gone", field: "", before: null, after: null, reason: 'Dead "link"' })] }),
    ]);
    expect(title).toBe("Version 1.1.0: 2 changes since 1.0.0");
    expect(content).toBe(
      '<ul><li><a href="https://example.org/facts/oil">Oil &amp; gas &lt;flows&gt;</a>: Statement changed from A to B.</li>' +
        '<li><a href="https://example.org/changes/1.1.0">Gone</a>: Source removed. Reason: Dead &quot;link&quot;</li></ul>',
    );
    expect(entry([release({ changes: [change({ kind: "title", subject: "source", id: "s", label: "S", field: "title" })] })]).title).toBe(
      "Version 1.1.0: 1 change since 1.0.0",
    );
    expect(entry([release({ changes: [change({ kind: "title", subject: "source", id: "s", label: "S", field: "title" })] })]).content).toContain(
      'href="https://example.org/sources/s"',
    );
  });

  it("puts the release's summary first, and describes a release with no changes", () => {
    const { content, summary } = entry([release({ summary: "Two <fixes>.", changes: [change({ kind: "fact-removed", label: "X", field: "", before: null, after: null })] })]);
    expect(summary).toBe("Two <fixes>.");
    expect(content).toBe('<p>Two &lt;fixes&gt;.</p><ul><li><a href="https://example.org/changes/1.1.0">X</a>: Fact removed.</li></ul>');
    const first = entry([release({ previous: null, facts: 1, sources: 1 })]);
    expect(first.title).toBe("Version 1.1.0: first recorded release (1 facts, 1 sources)");
    expect(first.summary).toBe(first.title);
    expect(first.content).toBe("<p>No changes: the first release recorded.</p>");
  });

  it("lists at most 50 changes in an entry and links the rest to the release's page", () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => change({ id: `f${i}`, label: `Fact ${i}` }));
    const long = entry([release({ changes: many(52) })]);
    expect(long.title).toBe("Version 1.1.0: 52 changes since 1.0.0");
    expect(long.content.match(/<li>/g)).toHaveLength(50);
    expect(long.content).toContain('<a href="https://example.org/facts/f49">Fact 49</a>');
    expect(long.content).not.toContain("Fact 50<");
    expect(long.content.endsWith('<p>The first 50 are listed here. <a href="https://example.org/changes/1.1.0">All 52 changes of this release</a>, each with its reason, are on its page.</p>')).toBe(true);
    const exact = entry([release({ changes: many(50) })]);
    expect(exact.content.match(/<li>/g)).toHaveLength(50);
    expect(exact.content).not.toContain("The first 50");
  });

  it("dates an entry by its day, an unreadable date as the epoch, and an empty feed as the epoch", () => {
    const { feed } = entry([release({ date: "2026-03-04T15:00:00Z" }), release({ version: "1.0.0", previous: null, date: "soon" })]);
    const updated = children(feed)
      .filter((el) => el.localName === "entry")
      .map((e) => child(e, "updated")?.textContent);
    expect(updated).toEqual(["2026-03-04T00:00:00.000Z", "1970-01-01T00:00:00.000Z"]);
    const empty = parse(changesFeed([], "T", absolute)).documentElement!;
    expect(child(empty, "updated")?.textContent).toBe("1970-01-01T00:00:00.000Z");
  });
});

describe("buildHistory and unreleasedHead", () => {
  const snap = (version: string, published = "2020-01-01") =>
    ({ format: 1, version, published, title: "T", primary_source: "a", facts: [{ id: "f", statement: version }], sources: [], panels: [] }) as unknown as Snapshot;

  it("orders releases by version, dates them by their note or else their snapshot, and marks unreleased data", () => {
    const releases = buildHistory([snap("0.10.0", "2021-01-01"), snap("0.9.0")], [{ version: "0.10.0", date: "2021-02-02", summary: "Ten.", reasons: [{ id: "f", reason: "Why." }] }], [snap("0.11.0")]);
    expect(releases.map((r) => [r.version, r.previous, r.date, r.summary, r.snapshotted, r.facts, r.sources])).toEqual([
      ["0.11.0", "0.10.0", "2020-01-01", null, false, 1, 0],
      ["0.10.0", "0.9.0", "2021-02-02", "Ten.", true, 1, 0],
      ["0.9.0", null, "2020-01-01", null, true, 1, 0],
    ]);
    expect(releases[1]!.changes.map((c) => [c.field, c.before, c.after, c.reason])).toEqual([["statement", "0.9.0", "0.10.0", "Why."]]);
    expect(releases[2]!.changes).toEqual([]);
    expect(historyOf(releases, "fact", "f").map((c) => c.version)).toEqual(["0.11.0", "0.10.0"]);
    expect(historyOf(releases, "source", "f")).toEqual([]);
  });

  it("adds the data of this build only when it is newer than every snapshot", () => {
    const current = snap("1.0.0");
    expect(unreleasedHead([snap("0.9.0")], current)).toEqual([current]);
    expect(unreleasedHead([], current)).toEqual([current]);
    expect(unreleasedHead([snap("0.9.0"), snap("1.0.0")], current)).toEqual([]);
  });
});
