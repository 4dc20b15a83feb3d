import { describe, expect, it } from "vitest";
import { passagesForSource, segmentText, type Passage } from "@/lib/display/passages";
import type { Fact } from "@/lib/dataset/schema";

const fact = (id: string, source: string, text: string, evidence: Fact["evidence"] = []): Fact => ({
  id,
  topic: "energy",
  statement: id,
  quote: { source, text, attribution: "narration" },
  verdict: { rating: "unverified", summary: "-" },
  evidence,
});

describe("passagesForSource", () => {
  it("collects a source's own quotes and the evidence drawn from it, with distinct anchors", () => {
    const facts = [
      fact("a", "article", "sells oil"),
      fact("b", "report", "four liters", [{ source: "article", quote: "Country A", stance: "context", independent: true, note: "-" }]),
    ];
    expect(passagesForSource("article", facts).map((p) => p.anchor)).toEqual(["quote-a", "evidence-b-1"]);
    expect(passagesForSource("report", facts).map((p) => p.anchor)).toEqual(["quote-b"]);
  });
});

describe("segmentText", () => {
  const text = "Country A sells oil.\nIt supplies upwards of 25 percent of fuel.";

  it("marks every passage and keeps the text whole", () => {
    const segments = segmentText(text, [
      { anchor: "quote-a", factId: "a", role: "quote", quote: "sells oil." },
      { anchor: "quote-b", factId: "b", role: "quote", quote: "25 percent" },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.kind === "mark").map((s) => s.text)).toEqual(["sells oil.", "25 percent"]);
  });

  it("marks passages in the text's order whatever the order given, and skips one the text lacks", () => {
    const segments = segmentText(text, [
      { anchor: "quote-b", factId: "b", role: "quote", quote: "25 percent" },
      { anchor: "quote-x", factId: "x", role: "quote", quote: "not in the text" },
      { anchor: "quote-a", factId: "a", role: "quote", quote: "sells oil." },
    ]);
    expect(segments).toEqual([
      { kind: "plain", text: "Country A " },
      { kind: "mark", text: "sells oil.", anchors: ["quote-a"], factIds: ["a"] },
      { kind: "plain", text: "\nIt supplies upwards of " },
      { kind: "mark", text: "25 percent", anchors: ["quote-b"], factIds: ["b"] },
      { kind: "plain", text: " of fuel." },
    ]);
  });

  it("keeps passages that only touch as two marks, and puts the longer first when two start together", () => {
    const touching = segmentText(text, [
      { anchor: "quote-a", factId: "a", role: "quote", quote: "Country A" },
      { anchor: "quote-b", factId: "b", role: "quote", quote: "sells oil." },
    ]);
    expect(touching.filter((s) => s.kind === "mark").map((s) => s.text)).toEqual(["Country A", "sells oil."]);
    const nested = segmentText(text, [
      { anchor: "quote-a", factId: "a", role: "quote", quote: "It supplies" },
      { anchor: "quote-b", factId: "b", role: "quote", quote: "It supplies upwards" },
    ]);
    expect(nested.filter((s) => s.kind === "mark")).toEqual([{ kind: "mark", text: "It supplies upwards", anchors: ["quote-b", "quote-a"], factIds: ["b", "a"] }]);
  });

  it("merges overlapping passages into one mark carrying both anchors", () => {
    const segments = segmentText(text, [
      { anchor: "quote-a", factId: "a", role: "quote", quote: "upwards of 25" },
      { anchor: "quote-b", factId: "b", role: "quote", quote: "25 percent of fuel" },
    ]);
    const marks = segments.filter((s) => s.kind === "mark");
    expect(marks).toEqual([{ kind: "mark", text: "upwards of 25 percent of fuel", anchors: ["quote-a", "quote-b"], factIds: ["a", "b"] }]);
  });
});

const passage = (anchor: string, quote: string): Passage => ({ anchor, factId: anchor, role: "quote", quote });

describe("passagesForSource, roles and the index", () => {
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
