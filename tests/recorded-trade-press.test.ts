// The press figures the recorded-trade panel draws beside the series
// (lib/recorded-trade/press.ts): dated ones in year order, undated ones apart.
import { describe, expect, it } from "vitest";
import type { Fact } from "@/lib/dataset/schema";
import { pressMarks } from "@/lib/recorded-trade/press";

const money = (id: string, value: number, unit: "usd-million" | "usd-billion", as_of: NonNullable<Fact["figure"]>["as_of"], series?: string): Fact => ({
  id,
  topic: "trade",
  statement: id,
  quote: { source: "article", text: "-", attribution: "narration" },
  figure: { value, unit, qualifier: "about", as_of, measure: "Trade turnover", ...(series ? { series } : {}) },
  verdict: { rating: "unverified", summary: "-" },
  evidence: [],
});

describe("pressMarks", () => {
  it("puts every dated figure in year order, across declared series and lone points", () => {
    const facts = [
      money("turnover-2014", 126, "usd-million", { kind: "exact", date: "2014" }, "turnover"),
      money("lone-2012", 1.5, "usd-billion", { kind: "exact", date: "2012" }),
      money("turnover-2010", 100, "usd-million", { kind: "exact", date: "2010" }, "turnover"),
    ];
    const marks = pressMarks(facts);
    expect(marks.dated.map((p) => [p.factId, p.usdMillion])).toEqual([
      ["turnover-2010", 100],
      ["lone-2012", 1500],
      ["turnover-2014", 126],
    ]);
    expect(marks.undated).toEqual([]);
  });

  it("keeps a figure with no year apart, as undated", () => {
    const marks = pressMarks([money("oil-before-2019", 1, "usd-billion", { kind: "before", date: "2019", basis: "-" }), money("dated", 5, "usd-million", { kind: "exact", date: "2016" })]);
    expect(marks.undated.map((p) => p.factId)).toEqual(["oil-before-2019"]);
    expect(marks.dated.map((p) => p.factId)).toEqual(["dated"]);
  });
});
