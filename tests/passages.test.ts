import { describe, expect, it } from "vitest";
import { passagesForSource, segmentText } from "@/lib/display/passages";
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
