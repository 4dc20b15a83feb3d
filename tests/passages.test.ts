import { describe, expect, it } from "vitest";
import { passagesForSource, segmentText } from "@/lib/passages";
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

  it("merges overlapping passages into one mark carrying both anchors", () => {
    const segments = segmentText(text, [
      { anchor: "quote-a", factId: "a", role: "quote", quote: "upwards of 25" },
      { anchor: "quote-b", factId: "b", role: "quote", quote: "25 percent of fuel" },
    ]);
    const marks = segments.filter((s) => s.kind === "mark");
    expect(marks).toEqual([{ kind: "mark", text: "upwards of 25 percent of fuel", anchors: ["quote-a", "quote-b"], factIds: ["a", "b"] }]);
  });
});
