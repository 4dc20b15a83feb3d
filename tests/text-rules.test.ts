// The rules that read the dataset's own words, called directly on small
// in-memory records: a verdict's summary and searched note against its
// evidence (rules/verdict-text.ts), how a source's date is known and its page
// seen (rules/source-provenance.ts), and a key indicator's label and period
// (rules/indicators.ts). Each test asserts the exact problem the data checker prints.
import { describe, expect, it } from "vitest";
import type { Located, RawDataset } from "@/lib/dataset/raw";
import { contentWords, indicatorProblems } from "@/lib/dataset/rules/indicators";
import { sourceProvenanceProblems } from "@/lib/dataset/rules/source-provenance";
import { searchedDenialProblems, sentences, summaryDenialProblems } from "@/lib/dataset/rules/verdict-text";
import type { Evidence, Fact, Panel, StoredSource } from "@/lib/dataset/schema";

const FILE = "data/facts/trade.yaml";

function evidence(stance: Evidence["stance"], quote: string): Evidence {
  return { source: "customs", quote, stance, independent: true, note: "-" };
}
/** A fact giving 25 percent, with the given verdict and evidence. */
function fact(verdict: { summary: string; searched?: string }, ev: Evidence[], over: Partial<Fact> = {}): Fact {
  return {
    id: "oil-share",
    topic: "energy",
    statement: "Country A supplies a quarter of B's oil.",
    quote: { source: "article", text: "upwards of 25 percent of oil imports", attribution: "narration" },
    figure: { value: 25, unit: "percent", qualifier: "over", as_of: { kind: "exact", date: "2016" }, measure: "Share of B's oil imports" },
    verdict: { rating: "confirmed", ...verdict },
    evidence: ev,
    ...over,
  } as Fact;
}
const confirms25 = evidence("confirms", "A supplied 25% of the oil B imported.");
const summaryReasons = (f: Fact) => summaryDenialProblems(FILE, f).map((p) => p.reason);
const searchedReasons = (f: Fact) => searchedDenialProblems(FILE, f).map((p) => p.reason);

describe("sentences", () => {
  it("splits after . ; ! or ? and trims, dropping empty pieces", () => {
    expect(sentences("  One.  Two; three!\nFour? five ")).toEqual(["One.", "Two;", "three!", "Four?", "five"]);
    expect(sentences("Ends here. ")).toEqual(["Ends here."]);
    expect(sentences("3.5 percent, not 4.")).toEqual(["3.5 percent, not 4."]);
  });
});

describe("a summary that says no other source was checked", () => {
  const says = "Customs figures agree. No other source was consulted.";

  it("is refused when the fact holds evidence, naming how much", () => {
    expect(summaryDenialProblems(FILE, fact({ summary: says }, [evidence("context", "x"), evidence("context", "y")]))).toEqual([
      { file: FILE, id: "oil-share", field: "verdict.summary", reason: 'says no other source was checked, but the fact holds 2 piece(s) of evidence: "No other source was consulted."' },
    ]);
  });

  it("is refused when the fact holds a searched note, and names both when it holds both", () => {
    expect(summaryReasons(fact({ summary: says, searched: "Customs tables." }, []))).toEqual([
      'says no other source was checked, but the fact holds a note of what was searched: "No other source was consulted."',
    ]);
    expect(summaryReasons(fact({ summary: says, searched: "Customs tables." }, [evidence("context", "x")]))).toEqual([
      'says no other source was checked, but the fact holds 1 piece(s) of evidence and a note of what was searched: "No other source was consulted."',
    ]);
  });

  it("is true, and allowed, when the fact holds neither evidence nor a searched note", () => {
    expect(summaryReasons(fact({ summary: says }, []))).toEqual([]);
  });

  it("is recognised in its several wordings", () => {
    const held = [evidence("context", "x")];
    for (const sentence of [
      "No second source checked.",
      "No further sources were searched.",
      "Not any independent source has been looked at.",
      "No more sources have been looked for.",
      "The figure was not checked.",
      "Customs data were not searched.",
    ]) {
      expect(summaryReasons(fact({ summary: sentence }, held)), sentence).toHaveLength(1);
    }
    for (const sentence of ["No source disagrees.", "A second source was checked.", "Other sources were consulted."]) {
      expect(summaryReasons(fact({ summary: sentence }, held)), sentence).toEqual([]);
    }
  });
});

describe("a verdict text that denies what confirming evidence gives", () => {
  it("is refused in the summary, sentence by sentence", () => {
    expect(summaryDenialProblems(FILE, fact({ summary: "Customs agrees. None gives 25 percent." }, [confirms25]))).toEqual([
      { file: FILE, id: "oil-share", field: "verdict.summary", reason: 'denies what a confirming source gives: "None gives 25 percent."' },
    ]);
  });

  it("is refused in the searched note", () => {
    expect(searchedDenialProblems(FILE, fact({ summary: "-", searched: "Customs tables. No official statistics report 25 percent." }, [confirms25]))).toEqual([
      { file: FILE, id: "oil-share", field: "verdict.searched", reason: 'denies what a confirming source gives: "No official statistics report 25 percent."' },
    ]);
  });

  it("recognises a denial with up to three words between 'no' and the noun, and any of its verbs", () => {
    for (const sentence of [
      "No source gives 25.",
      "No other official government figure states 25 percent.",
      "No page mentions 25 percent.",
      "No reports carry 25 percent.",
      "No outlet carries 25.",
      "No statistic confirms 25%.",
      "No figures name 25 percent.",
      "No outlet repeats 25 percent.",
      "None of them, in any form, gives 25 percent.",
    ]) {
      expect(searchedReasons(fact({ summary: "-", searched: sentence }, [confirms25])), sentence).toHaveLength(1);
    }
  });

  it("does not read other sentences as denials", () => {
    for (const sentence of [
      "No more than four other official government sources give 25 percent.",
      "A source gives 25 percent.",
      "No source gives a figure for 2016.",
      "No source; customs gives 25 percent.",
    ]) {
      expect(searchedReasons(fact({ summary: "-", searched: sentence }, [confirms25])), sentence).toEqual([]);
    }
  });

  it("refuses a bare 'not found' whatever the figure, but a longer one only when it denies the figure", () => {
    for (const bare of ["Not found.", "Nothing was found.", "None were found", "not found"]) {
      expect(searchedReasons(fact({ summary: "-", searched: bare }, [confirms25])), bare).toEqual([`denies what a confirming source gives: "${bare}"`]);
    }
    for (const longer of ["The 2016 table was not found.", "Not found in the archive.", "Not found, found."]) {
      expect(searchedReasons(fact({ summary: "-", searched: longer }, [confirms25])), longer).toEqual([]);
    }
    expect(searchedReasons(fact({ summary: "-", searched: "25 percent was not found." }, [confirms25]))).toHaveLength(1);
  });

  it("is refused when any one confirming quote carries the figure", () => {
    const other = evidence("confirms", "Oil trade grew.");
    expect(searchedReasons(fact({ summary: "-", searched: "No source gives 25 percent." }, [other, confirms25]))).toHaveLength(1);
    expect(searchedReasons(fact({ summary: "-", searched: "No source gives 25 percent." }, [other]))).toEqual([]);
  });

  it("is allowed when no evidence confirms, or the fact has no figure to deny", () => {
    const qualifies = evidence("qualifies", confirms25.quote);
    expect(searchedReasons(fact({ summary: "-", searched: "Not found." }, [qualifies]))).toEqual([]);
    expect(searchedReasons(fact({ summary: "-", searched: "No source gives 25 percent." }, [confirms25], { figure: undefined }))).toEqual([]);
    expect(searchedReasons(fact({ summary: "-", searched: "Not found." }, [confirms25], { figure: undefined }))).toHaveLength(1);
  });

  it("has nothing to say of a fact without a searched note", () => {
    expect(searchedDenialProblems(FILE, fact({ summary: "None gives 25 percent." }, [confirms25]))).toEqual([]);
  });
});

describe("how a source's date is known and its page seen", () => {
  const seen = { how: "live" as const, date: "2024-05-01" };
  const source = (published: StoredSource["published"], withSeen = true): Located<StoredSource> => ({
    file: "data/sources/report.yaml",
    record: { id: "report", published, ...(withSeen ? { seen } : {}) } as StoredSource,
  });
  const at = (field: string, reason: string) => ({ file: "data/sources/report.yaml", id: "report", field, reason });

  it("accepts an exact date shown on the page, an estimate, and an unknown date", () => {
    expect(
      sourceProvenanceProblems([
        source({ kind: "exact", date: "2016-04-02", known: "page" }),
        source({ kind: "estimated", from: "2016", to: "2017", label: "2016 or 2017", basis: "the text", known: "url" }),
        source({ kind: "estimated", from: "2016-04", to: "2016-04", label: "April 2016", basis: "the page", known: "page" }),
        source({ kind: "unknown" }),
      ]),
    ).toEqual([]);
  });

  it("requires an exact date to say how it is known", () => {
    expect(sourceProvenanceProblems([source({ kind: "exact", date: "2016" })])).toEqual([
      at("published.known", "required for an exact date: how the date is known (page, url, metadata, estimated, unrecorded)"),
    ]);
  });

  it("refuses an exact date not shown on the page, saying where it came from", () => {
    expect(sourceProvenanceProblems([source({ kind: "exact", date: "2016", known: "metadata" })])).toEqual([
      at("published.known", 'an exact date must be shown on the page; one taken from metadata recorded with a stored copy, not shown in the page text is "estimated", with its basis'),
    ]);
  });

  it("refuses an estimated range said to be shown on the page", () => {
    expect(sourceProvenanceProblems([source({ kind: "estimated", from: "2016", to: "2017", label: "x", basis: "y", known: "page" })])).toEqual([
      at("published.known", "an estimated range cannot be shown on the page: say where it comes from"),
    ]);
  });

  it("requires every source to say how its page was seen", () => {
    expect(sourceProvenanceProblems([source({ kind: "unknown" }, false)])).toEqual([
      at("seen", "required: how the page was seen (live with the date, or an archived copy with the archive and its date where known)"),
    ]);
  });
});

describe("contentWords", () => {
  it("lowercases, drops possessives and minor words, and folds plurals of four letters or more", () => {
    expect(contentWords("Israel's oil imports")).toEqual(["israel", "oil", "import"]);
    expect(contentWords("Israel’s share of the latest gas sales")).toEqual(["israel", "share", "gas", "sale"]);
    expect(contentWords("Press ties, bus gas")).toEqual(["press", "tie", "bus", "gas"]);
    expect(contentWords("Экспорт Қазақстана, 2016")).toEqual(["экспорт", "қазақстана"]);
    expect(contentWords("2016: 25%")).toEqual([]);
  });
});

describe("a key indicator", () => {
  type AsOf = NonNullable<Fact["figure"]>["as_of"];
  const figureFact = (id: string, measure: string, asOf: AsOf, over: Partial<Fact> = {}): Fact =>
    fact({ summary: "-" }, [], {
      id,
      quote: { source: "article", text: "Oil came from A.", attribution: "narration" },
      figure: { value: 25, unit: "percent", qualifier: "exactly", as_of: asOf, measure },
      ...over,
    });
  function raw(facts: Fact[], indicators: Panel["indicators"], panelFacts = facts.map((f) => f.id)): RawDataset {
    const panel = { id: "headline", facts: panelFacts, indicators } as Panel;
    return { facts: facts.map((record) => ({ file: FILE, record })), panels: [{ file: "data/panels.yaml", record: panel }] } as unknown as RawDataset;
  }
  const share = (asOf: AsOf, over?: Partial<Fact>) => figureFact("share", "Share of B's oil imports (its origin gives a gas share)", asOf, over);

  it("may word its label with the measure's or the quote's words", () => {
    expect(indicatorProblems(raw([share({ kind: "exact", date: "2016" })], [{ label: "Oil import share from A", fact: "share" }]))).toEqual([]);
  });

  it("may use the quote's translation", () => {
    const translated = share({ kind: "exact", date: "2016" }, { quote: { source: "article", text: "Нефть из А.", translation: "Crude from A.", attribution: "narration" } });
    expect(indicatorProblems(raw([translated], [{ label: "Crude share", fact: "share" }]))).toEqual([]);
  });

  it("may not word it otherwise, nor take words from an aside in the measure", () => {
    expect(indicatorProblems(raw([share({ kind: "exact", date: "2016" })], [{ label: "Gas origin share here", fact: "share" }]))).toEqual([
      {
        file: "data/panels.yaml",
        id: "headline",
        field: "indicators.0.label",
        reason: `words the measure differently from fact "share" ("Share of B's oil imports (its origin gives a gas share)"): "gas", "origin", "here" not in its measure or quote`,
      },
    ]);
  });

  it("does not join the measure's last word to the quote's first", () => {
    const f = figureFact("share", "Oil share", { kind: "exact", date: "2016" }, { quote: { source: "a", text: "Imports grew.", attribution: "narration" } });
    expect(indicatorProblems(raw([f], [{ label: "Share", fact: "share" }]))).toEqual([]);
  });

  it("reads an aside written without spaces around it as a break between words", () => {
    const f = figureFact("share", "Oil share(by value)imports", { kind: "exact", date: "2016" });
    expect(indicatorProblems(raw([f], [{ label: "Oil import share", fact: "share" }]))).toEqual([]);
  });

  it("must be the latest figure of its measure (same unit, measure read case- and space-blind)", () => {
    const newer = figureFact("newer", "  share of b's OIL imports (its origin gives a gas share) ", { kind: "exact", date: "2017-01" });
    expect(indicatorProblems(raw([share({ kind: "exact", date: "2016-12-31" }), newer], [{ label: "Oil share", fact: "share" }]))).toEqual([
      { file: "data/panels.yaml", id: "headline", field: "indicators.0.fact", reason: '"share" is not the latest figure of its measure: "newer" describe(s) a later period' },
    ]);
    const padded = figureFact("padded", " Oil share ", { kind: "exact", date: "2016" });
    const later = figureFact("later", "oil share", { kind: "exact", date: "2017" });
    expect(indicatorProblems(raw([padded, later], [{ label: "Oil share", fact: "padded" }])).map((p) => p.reason)).toEqual([
      '"padded" is not the latest figure of its measure: "later" describe(s) a later period',
    ]);
  });

  it("dates an estimate by its end, and 'before'/'after' by their date, listing every later figure", () => {
    const m = "Oil share";
    const own = figureFact("own", m, { kind: "estimated", from: "2010", to: "2016", basis: "x" });
    const laterEstimate = figureFact("later-estimate", m, { kind: "estimated", from: "2015", to: "2017", basis: "x" });
    const before = figureFact("before", m, { kind: "before", date: "2018", basis: "x" });
    const after = figureFact("after", m, { kind: "after", date: "2015", basis: "x" });
    const laterAfter = figureFact("later-after", m, { kind: "after", date: "2019", basis: "x" });
    expect(indicatorProblems(raw([own, laterEstimate, before, after, laterAfter], [{ label: "Oil share", fact: "own" }])).map((p) => p.reason)).toEqual([
      '"own" is not the latest figure of its measure: "later-estimate", "before", "later-after" describe(s) a later period',
    ]);
  });

  it("ignores undated figures, other units and other measures; an undated indicator yields to any dated one", () => {
    const m = "Oil share";
    const undated = figureFact("undated", m, { kind: "unknown", basis: "x" });
    const dated = figureFact("dated", m, { kind: "exact", date: "2001" });
    const otherUnit = figureFact("tonnes", m, { kind: "exact", date: "2020" }, {});
    otherUnit.figure!.unit = "usd-million";
    const otherMeasure = figureFact("gas", "Gas share", { kind: "exact", date: "2020" });
    expect(indicatorProblems(raw([dated, undated, otherUnit, otherMeasure], [{ label: "Oil share", fact: "dated" }]))).toEqual([]);
    expect(indicatorProblems(raw([undated, dated], [{ label: "Oil share", fact: "undated" }])).map((p) => p.reason)).toEqual([
      '"undated" is not the latest figure of its measure: "dated" describe(s) a later period',
    ]);
    const alsoUndated = figureFact("also-undated", m, { kind: "unknown", basis: "y" });
    expect(indicatorProblems(raw([undated, alsoUndated], [{ label: "Oil share", fact: "undated" }]))).toEqual([]);
  });

  it("does not take a second record under the indicator's own id for a later figure (duplicate ids are another rule's)", () => {
    const m = "Oil share";
    const first = figureFact("share", m, { kind: "exact", date: "2020" });
    const second = figureFact("share", m, { kind: "exact", date: "2016" });
    expect(indicatorProblems(raw([first, second], [{ label: "Oil share", fact: "share" }], ["share"]))).toEqual([]);
  });

  it("is left to other rules when its fact is unknown, has no figure or is not the panel's", () => {
    const f = share({ kind: "exact", date: "2016" });
    const noFigure = fact({ summary: "-" }, [], { id: "plain", figure: undefined });
    expect(indicatorProblems(raw([f, noFigure], [{ label: "Anything else", fact: "missing" }, { label: "Anything else", fact: "plain" }]))).toEqual([]);
    expect(indicatorProblems(raw([f], [{ label: "Anything else", fact: "share" }], []))).toEqual([]);
  });

  it("numbers each indicator by its place in the panel", () => {
    const f = share({ kind: "exact", date: "2016" });
    expect(indicatorProblems(raw([f], [{ label: "Oil share", fact: "share" }, { label: "Grain", fact: "share" }])).map((p) => p.field)).toEqual(["indicators.1.label"]);
  });
});
