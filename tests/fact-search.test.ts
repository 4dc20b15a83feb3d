import { describe, expect, it } from "vitest";
import type { Fact } from "@/lib/dataset/schema";
import { filterFacts, foldText, searchableText, searchTerms } from "@/lib/dataset/fact-search";
import { isMalformedPath } from "@/lib/malformed-path";

describe("foldText", () => {
  it("ignores case, accents, curly quotes, dashes and runs of space", () => {
    expect(foldText("Israel’s  “Türkiye” — ÉLAN")).toBe(`israel's "turkiye" - elan`);
    expect(foldText("Қазақстан")).toBe("қазақстан");
    expect(foldText("‘a’ ‚b‛ c′ `d` „e‟ «g» 1‐2‑3‒4–5—6―7\t\n x")).toBe(`'a' 'b' c' 'd' "e" "g" 1-2-3-4-5-6-7 x`);
  });
});

describe("searchTerms", () => {
  it("splits a query into words, without surrounding quotes", () => {
    expect(searchTerms('  "Oil"   gas ')).toEqual(["oil", "gas"]);
    expect(searchTerms("   ")).toEqual([]);
  });
});

describe("isMalformedPath", () => {
  it("flags percent-escapes that do not decode, and only those", () => {
    expect(isMalformedPath("/facts/%")).toBe(true);
    expect(isMalformedPath("/api/v1/facts/%E0%A4%A")).toBe(true);
    expect(isMalformedPath("/facts/oil-share")).toBe(false);
    expect(isMalformedPath("/facts/%25")).toBe(false);
    expect(isMalformedPath("/facts/%D0%B0")).toBe(false);
  });
});

describe("matching a fact", () => {
  const fact: Fact = {
    id: "f",
    topic: "energy",
    statement: "Country A sells oil",
    quote: { source: "s", text: "Gas flows", translation: "Газ течёт", attribution: "narration" },
    verdict: { rating: "confirmed", summary: "-" },
    evidence: [],
  };

  it("looks at the statement, the quote and its translation, but not across their boundaries", () => {
    expect(searchableText(fact)).toContain("oil");
    expect(filterFacts([fact], { q: "газ" })).toEqual([fact]);
    expect(filterFacts([fact], { q: "oil gas" })).toEqual([fact]);
    expect(filterFacts([fact], { q: "oilgas" })).toEqual([]);
    expect(filterFacts([{ ...fact, quote: { source: "s", text: "Gas flows", attribution: "narration" } }], { q: "undefined" })).toEqual([]);
  });

  it("keeps only facts of the topic, verdict and source asked for, all at once", () => {
    const other: Fact = { ...fact, id: "g", topic: "trade", verdict: { rating: "qualified", summary: "-" }, quote: { ...fact.quote, source: "t" } };
    expect(filterFacts([fact, other], { topic: "trade" })).toEqual([other]);
    expect(filterFacts([fact, other], { verdict: "confirmed" })).toEqual([fact]);
    expect(filterFacts([fact, other], { source: "t" })).toEqual([other]);
    expect(filterFacts([fact, other], { topic: "trade", verdict: "confirmed" })).toEqual([]);
    expect(filterFacts([other, fact], {})).toEqual([other, fact]);
  });

  it("strips any run of quotes around a word", () => {
    expect(searchTerms(`""oil'' '"gas"'`)).toEqual(["oil", "gas"]);
  });
});
