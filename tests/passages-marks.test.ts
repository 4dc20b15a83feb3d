// Which passages a source page highlights and how its text splits into plain
// runs and marks (lib/display/passages.ts), on hand-made facts and text.
import { describe, expect, it } from "vitest";
import type { Fact } from "@/lib/dataset/schema";
import { passagesForSource, segmentText, type Passage } from "@/lib/display/passages";

const fact = (id: string, source: string, text: string, evidence: Fact["evidence"] = []): Fact => ({
  id,
  topic: "energy",
  statement: id,
  quote: { source, text, attribution: "narration" },
  verdict: { rating: "unverified", summary: "-" },
  evidence,
});
const passage = (anchor: string, quote: string): Passage => ({ anchor, factId: anchor, role: "quote", quote });

describe("passagesForSource", () => {
  const facts = [
    fact("a", "article", "sells oil"),
    fact("b", "report", "four liters", [{ source: "article", quote: "Country A", stance: "context", independent: true, note: "-" }]),
  ];

  it("gives each passage its role, fact and quoted words", () => {
    expect(passagesForSource("article", facts)).toEqual([
      { anchor: "quote-a", factId: "a", role: "quote", quote: "sells oil" },
      { anchor: "evidence-b-1", factId: "b", role: "evidence", quote: "Country A" },
    ]);
  });

  it("gives nothing for a source no fact quotes", () => {
    expect(passagesForSource("nobody", facts)).toEqual([]);
  });

  it("builds the index once per list of facts: asking again returns the same list", () => {
    expect(passagesForSource("report", facts)).toBe(passagesForSource("report", facts));
  });
});

describe("segmentText at the edges", () => {
  it("starts with a mark, not an empty run, when a passage opens the text, and ends with one when it closes it", () => {
    expect(segmentText("Oil flows west.", [passage("a", "Oil"), passage("b", "west.")])).toEqual([
      { kind: "mark", text: "Oil", anchors: ["a"], factIds: ["a"] },
      { kind: "plain", text: " flows " },
      { kind: "mark", text: "west.", anchors: ["b"], factIds: ["b"] },
    ]);
  });

  it("keeps two passages that meet with nothing between them as two marks, with no empty run between", () => {
    expect(segmentText("abc-def", [passage("a", "abc"), passage("b", "-def")])).toEqual([
      { kind: "mark", text: "abc", anchors: ["a"], factIds: ["a"] },
      { kind: "mark", text: "-def", anchors: ["b"], factIds: ["b"] },
    ]);
  });

  it("names a fact once in a mark that two of its passages share", () => {
    const both: Passage[] = [
      { anchor: "quote-a", factId: "a", role: "quote", quote: "flows west" },
      { anchor: "evidence-a-1", factId: "a", role: "evidence", quote: "Oil flows" },
    ];
    expect(segmentText("Oil flows west.", both)[0]).toEqual({ kind: "mark", text: "Oil flows west", anchors: ["evidence-a-1", "quote-a"], factIds: ["a"] });
  });
});
