// The Atom feed parsed as XML, checked for the elements RFC 4287 requires.
import path from "node:path";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { changesFeed } from "@/lib/history/feed";
import { buildHistory } from "@/lib/history/history";
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

describe("changesFeed", () => {
  const releases = buildHistory(readSnapshots(dir), readReleaseNotes(dir));
  const doc = parse(changesFeed(releases, "Fixture dataset", absolute));
  const feed = doc.documentElement!;

  it("is an Atom feed with its id, title, updated, author and self link", () => {
    expect(feed.localName).toBe("feed");
    expect(feed.namespaceURI).toBe(ATOM);
    expect(child(feed, "id")?.textContent).toBe("https://example.org/changes.xml");
    expect(child(feed, "title")?.textContent).toBe("Fixture dataset: changes");
    expect(child(feed, "updated")?.textContent).toBe("2026-11-29T00:00:00.000Z");
    expect(child(child(feed, "author")!, "name")?.textContent).toBe("Fixture dataset");
    const self = children(feed).find((el) => el.localName === "link" && el.getAttribute("rel") === "self");
    expect(self?.getAttribute("href")).toBe("https://example.org/changes.xml");
  });

  it("has one entry per release, newest first, each with id, title, updated and link", () => {
    const entries = children(feed).filter((el) => el.localName === "entry");
    expect(entries.map((e) => child(e, "id")?.textContent)).toEqual(["https://example.org/changes#v0.2.0", "https://example.org/changes#v0.1.0"]);
    expect(entries.map((e) => child(e, "title")?.textContent)).toEqual([
      "Version 0.2.0: 8 changes since 0.1.0",
      "Version 0.1.0: first recorded release (4 facts, 2 sources)",
    ]);
    expect(entries.map((e) => child(e, "updated")?.textContent)).toEqual(["2026-11-29T00:00:00.000Z", "2026-11-28T00:00:00.000Z"]);
    expect(entries.map((e) => child(e, "link")?.getAttribute("href"))).toEqual(entries.map((e) => child(e, "id")?.textContent));
  });

  it("names each change, its reason and a link to the fact in the newest entry's content", () => {
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
