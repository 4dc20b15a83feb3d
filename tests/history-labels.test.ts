// Snapshot records of any schema version reduced to what a reader sees, so the
// history compares content, not storage. Expectations written by hand.
import { describe, expect, it } from "vitest";
import { asOfLabel, dateKnownLabel, factLabels, publishedLabel, sourceLabels, titleLabel } from "@/lib/history/normalise";

const publishers: Record<string, string> = { article: "Test Gazette", report: "Ministry of Tests" };
const publisherOf = (id: string) => publishers[id] ?? "";

describe("asOfLabel and publishedLabel on unusual forms", () => {
  it("calls anything that is not a date form undated", () => {
    expect(asOfLabel(undefined)).toBe("undated");
    expect(asOfLabel(["2019"])).toBe("undated");
    expect(asOfLabel({ kind: "someday" })).toBe("undated");
    expect(asOfLabel({ kind: "before", date: "2019-06" })).toBe("undated, before June 2019");
    expect(asOfLabel({ kind: "exact", date: 2019 })).toBe("2019");
    expect(asOfLabel({ kind: "exact" })).toBe("");
  });

  it("says when a publication date is not shown, and reads an estimate like a figure's", () => {
    expect(publishedLabel(undefined)).toBe("date not shown");
    expect(publishedLabel({ kind: "unknown" })).toBe("date not shown");
    expect(publishedLabel({ kind: "exact", date: "2019-05" })).toBe("May 2019");
    expect(publishedLabel({ kind: "estimated", from: "2019-06-10", to: "2019-06-14" })).toBe("c. 10 June 2019–14 June 2019");
    expect(publishedLabel({ kind: "estimated", from: "2019", to: "2020", label: "2019 or 2020" })).toBe("2019 or 2020");
  });

  it("says how a publication date is known, and 'not recorded' for anything it cannot read", () => {
    expect(dateKnownLabel({ kind: "exact", date: "2019-06-10", known: "page" })).toBe("shown on the page");
    expect(dateKnownLabel({ kind: "estimated", known: "metadata" })).toBe("taken from metadata recorded with a stored copy, not shown in the page text");
    expect(dateKnownLabel({ kind: "exact", date: "2019" })).toBe("not recorded");
    expect(dateKnownLabel({ kind: "exact", known: "constructor" })).toBe("not recorded");
    expect(dateKnownLabel("2019")).toBe("not recorded");
  });
});

describe("factLabels", () => {
  const current = {
    id: "oil-share",
    statement: "Country A supplies oil.",
    quote: { source: "article", text: "It  supplies\nupwards of 25 percent", translation: "Il  fournit", attribution: "reported" },
    speaker: { name: "A. Minister", role: "Minister of Energy" },
    verdict: { rating: "qualified", summary: " Only  oil imports. " },
    figure: { value: 1544, unit: "usd-million", qualifier: "at-least", period: "per-year", measure: "Trade", as_of: { kind: "exact", date: "2019-06" } },
    event: { date: "1992-04", end: "1993" },
    evidence: [{ source: "report", stance: "qualifies" }, "not evidence", { source: "wire", stance: "context" }],
  };

  it("reduces a fact to the words a reader is shown, whitespace in quotes and summaries squashed", () => {
    expect(factLabels(current, publisherOf)).toEqual({
      id: "oil-share",
      statement: "Country A supplies oil.",
      verdict: "qualified",
      verdictSummary: "Only oil imports.",
      quoteSource: "article",
      quoteText: "It supplies upwards of 25 percent",
      quoteTranslation: "Il fournit",
      attribution: "A. Minister, Minister of Energy, as reported by Test Gazette",
      figure: { value: "$1,544 million", qualifier: "at least", period: "per year", measure: "Trade", date: "June 2019" },
      eventDate: "April 1992 to 1993",
      evidence: "report (qualifies); wire (context)",
    });
  });

  it("fills what an older or sparser record lacks with empty words or none", () => {
    expect(factLabels({ id: "bare" }, publisherOf)).toEqual({
      id: "bare",
      statement: "",
      verdict: "",
      verdictSummary: "",
      quoteSource: "",
      quoteText: "",
      quoteTranslation: "none",
      attribution: "'s own words",
      figure: null,
      eventDate: "none",
      evidence: "none",
    });
  });

  it("reads a speaker without an attribution as the speaker's own words, and narration as the publisher's", () => {
    const older = { id: "x", quote: { source: "report", text: "-", speaker: { name: "B. Envoy" } } };
    expect(factLabels(older, publisherOf).attribution).toBe("B. Envoy, in their own words");
    expect(factLabels({ id: "x", quote: { source: "report", text: "-" } }, publisherOf).attribution).toBe("Ministry of Tests's own words");
    expect(factLabels({ ...current, quote: { ...current.quote, attribution: "narration" } }, publisherOf).attribution).toBe("Test Gazette's own words");
  });

  it("writes a figure of an unknown unit as number and unit, and keeps an event without an end to its start", () => {
    const labels = factLabels({ id: "x", figure: { value: 12, unit: "tonnes", qualifier: "up-to" }, event: { date: "2001-02-03" } }, publisherOf);
    expect(labels.figure).toEqual({ value: "12 tonnes", qualifier: "up to", period: "none", measure: "", date: "undated" });
    expect(labels.eventDate).toBe("3 February 2001");
    expect(factLabels({ id: "x", figure: { value: "25%" } }, publisherOf).figure?.value).toBe("25%");
    expect(factLabels({ id: "x", figure: { value: 25 } }, publisherOf).figure?.value).toBe("25");
    expect(factLabels({ id: "x", figure: {} }, publisherOf).figure?.value).toBe("");
  });

  it("keeps a verdict it has no label for, in lower case", () => {
    expect(factLabels({ id: "x", verdict: { rating: "Disputed" } }, publisherOf).verdict).toBe("disputed");
    expect(factLabels({ id: "x", verdict: { rating: "unverified" } }, publisherOf).verdict).toBe("unverified");
  });
});

describe("titleLabel and sourceLabels", () => {
  it("cite a description in brackets and a translation after the original", () => {
    expect(titleLabel({ title: "Report on oil", title_kind: "description" })).toBe("[Report on oil]");
    expect(titleLabel({ title: "Visa-free regime", title_kind: "translated", original_title: "Безвизовый режим" })).toBe("Безвизовый режим [Visa-free regime]");
    expect(titleLabel({ title: "Visa-free regime", title_kind: "translated" })).toBe("Visa-free regime");
    expect(titleLabel({ title: "Why oil flows", title_kind: "as-published" })).toBe("Why oil flows");
    expect(titleLabel({})).toBe("");
  });

  it("reduce a source to what a reader is shown", () => {
    const source = {
      id: "report",
      title: "Report on oil",
      title_kind: "description",
      publisher: "Ministry of Tests",
      authors: ["Ann Writer", "Bob Penn"],
      url: "https://example.org/report",
      published: { kind: "exact", date: "2019-05", known: "url" },
      tier: "news-agency",
      note: " Seen on  a mirror. ",
      text_sha256: "abc",
    };
    expect(sourceLabels(source)).toEqual({
      id: "report",
      title: "[Report on oil]",
      publisher: "Ministry of Tests",
      authors: "Ann Writer; Bob Penn",
      url: "https://example.org/report",
      published: "May 2019",
      dateKnown: "taken from the page's URL",
      tier: "news agency",
      note: "Seen on a mirror.",
      textHash: "abc",
    });
    expect(sourceLabels({ id: "bare", authors: [] })).toEqual({
      id: "bare",
      title: "",
      publisher: "",
      authors: "none",
      url: "",
      published: "date not shown",
      dateKnown: "not recorded",
      tier: "",
      note: "none",
      textHash: "",
    });
  });
});
