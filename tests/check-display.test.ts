// The checker's answer as the page shows it: matches with their facts'
// statements and quotes, and the note shown when figures differ.
import { describe, expect, it } from "vitest";
import type { CheckResult } from "@/lib/check/api";
import { differenceNote, matchedIds, summarise, toDisplay, type FactSummary } from "@/lib/check/display";

const match = (fact: string, differs = false) => ({
  fact,
  verdict: "confirmed" as const,
  score: 0.5,
  figure: { in_text: differs ? "70.13%" : null, in_fact: differs ? "over 70%, as of 9 June 2019" : null, differs },
});
const result: CheckResult = {
  version: "1.0.0",
  sentences: [
    { text: "A.", start: 0, end: 2, matches: [match("turnout"), match("share", true)] },
    { text: "B.", start: 3, end: 5, matches: [] },
    { text: "C.", start: 6, end: 8, matches: [match("share"), match("visit")] },
  ],
};

describe("summarise", () => {
  it("keeps the fact's id, statement, quote and the quote's source", () => {
    expect(summarise({ id: "visit", statement: "He visited.", quote: { source: "news", text: "He came.", attribution: "narration" } })).toEqual({
      id: "visit", statement: "He visited.", quote: "He came.", quoteSource: "news",
    });
  });
});

describe("matchedIds", () => {
  it("lists each matched fact once, in order of first match", () => {
    expect(matchedIds(result)).toEqual(["turnout", "share", "visit"]);
  });
});

describe("toDisplay", () => {
  it("gives each sentence's text, offset and matches with their facts' summaries, null when unknown", () => {
    const share: FactSummary = { id: "share", statement: "S.", quote: "Q.", quoteSource: "src" };
    const shown = toDisplay(result, new Map([["share", share]]));
    expect(shown.map((s) => [s.text, s.start, s.matches.map((m) => [m.fact, m.summary])])).toEqual([
      ["A.", 0, [["turnout", null], ["share", share]]],
      ["B.", 3, []],
      ["C.", 6, [["share", share], ["visit", null]]],
    ]);
    expect(shown[0]?.matches[1]?.figure).toEqual(match("share", true).figure);
  });
});

describe("differenceNote", () => {
  it("names both figures when they differ", () => {
    expect(differenceNote({ in_text: "70.13%", in_fact: "over 70%, as of 9 June 2019", differs: true })).toBe("this text: 70.13%; sourced figure: over 70%, as of 9 June 2019");
  });
  it("says nothing when the figures agree or either is missing", () => {
    expect(differenceNote({ in_text: "70.96%", in_fact: "70.96%", differs: false })).toBeNull();
    expect(differenceNote({ in_text: null, in_fact: "70.96%", differs: true })).toBeNull();
    expect(differenceNote({ in_text: "70.13%", in_fact: null, differs: true })).toBeNull();
  });
});
