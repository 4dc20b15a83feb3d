// Edge cases of the small display helpers: how a source's metadata reads
// (lib/display/source.ts, source-title.ts), where a quote's sentence starts and
// ends (quote-context.ts), and the exact limits of text-fragment.ts,
// figure-date.ts, format.ts and image-layout.ts.
import { describe, expect, it } from "vitest";
import type { Source } from "@/lib/dataset/schema";
import { decimalYear } from "@/lib/display/figure-date";
import { ordinal, truncateWords } from "@/lib/display/format";
import { imageRowCount } from "@/lib/display/image-layout";
import { quoteContext } from "@/lib/display/quote-context";
import { sourceMetaRows } from "@/lib/display/source";
import { publishedTitle } from "@/lib/display/source-title";
import { textFragmentDirective } from "@/lib/display/text-fragment";

const source = (extra: Partial<Source> = {}): Source => ({
  id: "s",
  title: "Page",
  title_kind: "as-published",
  authors: [],
  publisher: "Trend",
  url: "https://example.org/s",
  published: { kind: "exact", date: "2019-06-14" },
  accessed: "2026-11-01",
  language: "en",
  tier: "news",
  ...extra,
});
const row = (s: Source, term: string) => sourceMetaRows(s).find((r) => r.term === term)?.text;

describe("a source's metadata rows", () => {
  it("says a page was opened live, and on which day", () => {
    expect(row(source({ seen: { how: "live", date: "2026-11-02" } }), "How the page was seen")).toBe("Opened live on 2 November 2026");
  });

  it("names the archive alone when the archived copy's date is not known", () => {
    expect(row(source({ seen: { how: "archived", archive: "archive.today" } }), "How the page was seen")).toBe(
      "An archived copy (archive.today), not the live page; passages recorded 1 November 2026",
    );
  });

  it("says how the page was seen is not recorded when the source does not say", () => {
    expect(row(source(), "How the page was seen")).toBe("Not recorded; passages recorded 1 November 2026");
  });

  it("has no 'How the date is known' row for a date not shown, nor for a date with neither basis nor origin", () => {
    expect(row(source({ published: { kind: "unknown", basis: "no date on the page" } }), "How the date is known")).toBeUndefined();
    expect(row(source(), "How the date is known")).toBeUndefined();
    expect(row(source({ published: { kind: "exact", date: "2019", known: "url" } }), "How the date is known")).toBe("Taken from the page's URL.");
  });
});

describe("publishedTitle", () => {
  it("gives no title for a described page, even if an original title is stored", () => {
    expect(publishedTitle({ title: "Report on trade", title_kind: "description", original_title: "Отчёт" })).toBeNull();
    expect(publishedTitle({ title: "Report on trade", title_kind: "translated", original_title: "Отчёт" })).toBe("Отчёт");
  });
});

describe("quoteContext at sentence boundaries", () => {
  it("starts the holding sentence at a line break the quote follows directly", () => {
    expect(quoteContext("First line\nSecond line here. After.", "Second line")).toEqual({
      before: "First line",
      lead: "",
      quote: "Second line",
      tail: " here.",
      after: "After.",
    });
  });

  it("ends the holding sentence with the quote when the quote ends it", () => {
    expect(quoteContext("One here. Two ends. Three follows.", "Two ends.")).toEqual({
      before: "One here.",
      lead: "",
      quote: "Two ends.",
      tail: "",
      after: "Three follows.",
    });
  });
});

describe("textFragmentDirective", () => {
  it("keeps a quote of exactly twice the edge words whole", () => {
    const ten = "one two three four five six seven eight nine ten";
    expect(textFragmentDirective(ten)).toBe(`text=${encodeURIComponent(ten)}`);
    expect(textFragmentDirective(`${ten} eleven`)).toBe("text=one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven");
  });
});

describe("decimalYear", () => {
  it("places a day by the days gone before it, and an unreadable date nowhere", () => {
    expect(decimalYear("2016-01-01")).toBe(2016);
    expect(decimalYear("2016-01-02")).toBeCloseTo(2016 + 1 / 365, 12);
    expect(decimalYear("2016-03-01")).toBeCloseTo(2016 + 2 / 12, 12);
    expect(decimalYear("not a date")).toBeNaN();
  });
});

describe("ordinal and truncateWords", () => {
  it("writes English ordinals", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(ordinal)).toEqual(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st"]);
  });

  it("cuts at a space only past half the limit, else mid-word", () => {
    // max 10: the first 9 characters are "abcde fgh", whose space is at 5, exactly half: not past it.
    expect(truncateWords("abcde fghijklmno", 10)).toBe("abcde fgh…");
    expect(truncateWords("abcdef ghijklmno", 10)).toBe("abcdef…");
  });
});

describe("imageRowCount at an exact fit", () => {
  // Room 382 (see tests/image-layout.test.ts) less a one-line note (14 + 22) = 346. An undated one-line row
  // takes 49 and a nine-line one 9 × 31 + 18 = 297: 49 + 297 = 346 exactly.
  const footer = "Source: Jewish News. Dataset version 0.3.0.";
  const nineLines = { text: "x".repeat(400), dated: false };
  const oneLine = { text: "Oil", dated: false };

  it("shows a last row that fills the room exactly", () => {
    expect(imageRowCount({ title: "Oil", rows: [oneLine, nineLines], note: "A short note.", footer })).toBe(2);
  });

  it("leaves out a last row one line too tall", () => {
    expect(imageRowCount({ title: "Oil", rows: [oneLine, { text: "x".repeat(430), dated: false }], note: "A short note.", footer })).toBe(1);
  });
});
