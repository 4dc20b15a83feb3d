import { describe, expect, it } from "vitest";
import type { Source } from "@/lib/dataset/schema";
import { publisherGroups, publisherNames, sourcesSentence } from "@/lib/display/publishers";
import { passageMarkLabel, passageRoleLabel, sourceCredit, sourceLine, sourceMetaRows, storedTextIntro } from "@/lib/display/source";

const source = (id: string, publisher: string, extra: Partial<Source> = {}): Source => ({
  id,
  title: `Page ${id}`,
  title_kind: "as-published",
  authors: [],
  publisher,
  url: `https://example.org/${id}`,
  published: { kind: "exact", date: "2019-06-14" },
  accessed: "2026-11-01",
  language: "en",
  tier: "news",
  ...extra,
});

describe("publisher names and groups", () => {
  const sources = [source("a", "Kazinform"), source("b", "TASS"), source("c", "Kazinform"), source("d", "Trend")];

  it("names each publisher once, in the order it first appears", () => {
    expect(publisherNames(sources)).toEqual(["Kazinform", "TASS", "Trend"]);
    expect(publisherNames([])).toEqual([]);
  });

  it("groups a publisher's pages under it, keeping their order", () => {
    expect(publisherGroups(sources)).toEqual([
      { publisher: "Kazinform", pages: [{ id: "a", title: "Page a" }, { id: "c", title: "Page c" }] },
      { publisher: "TASS", pages: [{ id: "b", title: "Page b" }] },
      { publisher: "Trend", pages: [{ id: "d", title: "Page d" }] },
    ]);
  });

  it("titles each grouped page as a reader should see it, not by our stored English title", () => {
    const pages = [
      source("t", "Kazinform", { title_kind: "translated", title: "Visa-free regime", original_title: "Безвизовый режим" }),
      source("u", "Kazinform", { title_kind: "description", title: "Report on trade" }),
    ];
    expect(publisherGroups(pages)[0]!.pages.map((page) => page.title)).toEqual([
      "Безвизовый режим [Visa-free regime]",
      "[Report on trade]",
    ]);
  });

  it("writes the source sentence of an embed or image, shortened only where asked", () => {
    expect(sourcesSentence(sources)).toBe("Source: Kazinform; TASS; Trend.");
    expect(sourcesSentence(sources, (text) => text.slice(0, 9))).toBe("Source: Kazinform.");
  });
});

describe("sourceLine", () => {
  it("gives the title as its kind says, the authors, publisher, date and tier", () => {
    const translated = source("v", "Caliber", { title: "Visa-free regime", title_kind: "translated", original_title: "Безвизовый режим", authors: ["A. Writer", "B. Penn"] });
    expect(sourceLine(translated)).toEqual({
      title: "Безвизовый режим [Visa-free regime]",
      url: "https://example.org/v",
      authors: "A. Writer, B. Penn",
      publisher: "Caliber",
      published: "14 June 2019",
      tier: "News outlet or wire",
    });
    const described = sourceLine(source("r", "Ministry", { title: "Trade report", title_kind: "description", tier: "official", published: { kind: "unknown" } }));
    expect([described.title, described.authors, described.published, described.tier]).toEqual(["[Trade report]", "", "Date not shown", "Official body or government"]);
  });

  it("credits a source by publisher and date, or by id when it is missing", () => {
    expect(sourceCredit(source("a", "Kazinform", { published: { kind: "exact", date: "2016-04" } }), "a")).toBe("source: Kazinform, April 2016");
    expect(sourceCredit(undefined, "gone")).toBe("source: gone");
  });
});

describe("sourceMetaRows", () => {
  it("lists every row in order, linking the original outside and the derived-from source here", () => {
    const rows = sourceMetaRows(source("m", "Trend", { derived_from: "a", authors: ["Ann Writer", "Bob Penn"], published: { kind: "exact", date: "2019", basis: "the byline" }, accessed: "2026-11-02", language: "ru", tier: "aggregator" }));
    expect(rows).toEqual([
      { term: "Title", text: "As the page shows it" },
      { term: "Derived from", text: "a", link: { href: "/sources/a", external: false } },
      { term: "Publisher", text: "Trend" },
      { term: "Authors", text: "Ann Writer, Bob Penn" },
      { term: "Published", text: "2019" },
      { term: "How the date is known", text: "the byline" },
      { term: "How the page was seen", text: "Not recorded; passages recorded 2 November 2026" },
      { term: "Language", text: "Russian" },
      { term: "Reliability", text: "Aggregator or republisher (low reliability)" },
      { term: "Original", text: "https://example.org/m", link: { href: "https://example.org/m", external: true } },
    ]);
  });

  it("says when no author is named, and why a date is not shown, without a separate basis row", () => {
    const rows = sourceMetaRows(source("u", "Trend", { title_kind: "description", published: { kind: "unknown", basis: "no date on the page" } }));
    const text = Object.fromEntries(rows.map((row) => [row.term, row.text]));
    expect(text.Title).toBe("The page shows no title we could trace: the bracketed text is our description");
    expect(text.Authors).toBe("Not named");
    expect(text.Published).toBe("Not shown (no date on the page)");
    expect(rows.map((row) => row.term)).not.toContain("How the date is known");
    expect(rows.map((row) => row.term)).not.toContain("Derived from");
    expect(sourceMetaRows(source("u", "T", { published: { kind: "unknown" } })).find((row) => row.term === "Published")?.text).toBe("Not shown");
  });

  it("explains a translated title and shows an estimated date by its label", () => {
    const rows = sourceMetaRows(source("t", "T", { title_kind: "translated", published: { kind: "estimated", from: "2018", to: "2019", label: "c. 2018–2019", basis: "the report's data" } }));
    const text = Object.fromEntries(rows.map((row) => [row.term, row.text]));
    expect(text.Title).toBe("The page’s own title, with our English translation in brackets");
    expect(text.Published).toBe("c. 2018–2019");
    expect(text["How the date is known"]).toBe("the report's data");
  });
});

describe("the stored text's labels", () => {
  it("says the primary article is stored whole and other sources only in their quoted passages", () => {
    expect(storedTextIntro(true).heading).toBe("The full text");
    expect(storedTextIntro(true).note).toMatch(/^Stored byte for byte as published/);
    expect(storedTextIntro(false).heading).toBe("The passages we stored");
    expect(storedTextIntro(false).note).toMatch(/^Only the passages quoted in this dataset were stored/);
  });

  it("names a passage's role and numbers the facts that share it", () => {
    expect(passageRoleLabel("quote")).toBe("The fact’s own quote");
    expect(passageRoleLabel("evidence")).toBe("Evidence for the fact");
    expect(passageMarkLabel(0, 1)).toBe("fact");
    expect([passageMarkLabel(0, 2), passageMarkLabel(1, 2)]).toEqual(["fact 1", "fact 2"]);
  });
});

describe("sourceMetaRows on how a date is known and how the page was seen", () => {
  it("says a date came from the URL and that the page was an archived copy, with no access date", () => {
    const rows = sourceMetaRows(source("w", "Il Post", {
      published: { kind: "estimated", from: "2019-03-20", to: "2019-03-20", label: "20 March 2019 (from the URL)", basis: "From /2019/03/20/.", known: "url" },
      accessed: "2026-11-28",
      seen: { how: "archived", archive: "Internet Archive (Wayback Machine)", date: "2006-10-06" },
    }));
    const text = Object.fromEntries(rows.map((row) => [row.term, row.text]));
    expect(text["How the date is known"]).toBe("Taken from the page's URL. From /2019/03/20/.");
    expect(text["How the page was seen"]).toBe("An archived copy (Internet Archive (Wayback Machine), copy of 6 October 2006), not the live page; passages recorded 28 November 2026");
    expect(rows.map((row) => row.term)).not.toContain("Accessed");
  });
});
