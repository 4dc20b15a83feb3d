import { describe, expect, it } from "vitest";
import { barRows, decimalYear, shareBand, timelineEvents, tradeSeries } from "@/lib/chart-series";
import type { Fact, Figure, Panel } from "@/lib/dataset/schema";

const fact = (id: string, source: string, extra: Partial<Fact> = {}): Fact => ({
  id,
  topic: "trade",
  statement: `Statement ${id}`,
  quote: { source, text: "-" },
  verdict: { rating: "confirmed", summary: "-" },
  evidence: [],
  ...extra,
});
const figure = (value: number, unit: Figure["unit"], measure: string, as_of: string, qualifier: Figure["qualifier"] = "exactly"): Figure => ({
  value,
  unit,
  measure,
  as_of,
  qualifier,
});

describe("tradeSeries", () => {
  const facts = [
    fact("imports-2019", "article", { figure: figure(1.4, "usd-billion", "Imports", "2019-06", "over") }),
    fact("turnover-2011", "wiki", { figure: figure(1544, "usd-million", "Turnover", "2011") }),
    fact("imports-2012", "trend", { figure: figure(1.5, "usd-billion", "Imports", "2012", "about") }),
    fact("share", "x", { figure: figure(25, "percent", "Share", "2019") }),
  ];

  it("keeps each measure its own series, in USD million, ordered by date", () => {
    const series = tradeSeries(facts);
    expect(series.map((s) => s.measure)).toEqual(["Turnover", "Imports"]);
    expect(series[1]?.points.map((p) => [p.factId, p.usdMillion, p.phrase, p.short])).toEqual([
      ["imports-2012", 1500, "about $1.5 billion", "about $1.5bn"],
      ["imports-2019", 1400, "over $1.4 billion", "over $1.4bn"],
    ]);
  });

  it("leaves out figures that are not money", () => {
    expect(tradeSeries(facts).flatMap((s) => s.points).some((p) => p.factId === "share")).toBe(false);
  });
});

describe("barRows", () => {
  const facts = [
    fact("article-tokayev", "article", { figure: figure(70, "percent", "Tokayev", "2019-06", "over") }),
    fact("tokayev", "cec", { figure: figure(70.96, "percent", "Tokayev", "2019-06-09") }),
    fact("kosanov", "cec", { figure: figure(16.23, "percent", "Kosanov", "2019-06-09") }),
    fact("turnout", "cec", { figure: figure(77.5, "percent", "Turnout", "2019-06-09") }),
  ];
  const panel: Panel = {
    id: "election",
    title: "Election",
    description: "-",
    view: "bar",
    facts: ["article-tokayev", "tokayev", "kosanov", "turnout"],
    remainder: { label: "Others", of: ["tokayev", "kosanov"] },
  };

  it("draws other sources' figures as bars and notes the article's figure on the matching bar", () => {
    const bars = barRows(panel, facts, "article");
    expect(bars.map((b) => b.label)).toEqual(["Tokayev", "Kosanov", "Others", "Turnout"]);
    expect(bars[0]?.articleFigures).toEqual([{ factId: "article-tokayev", phrase: "over 70%" }]);
  });

  it("adds the remainder as a computed bar", () => {
    const others = barRows(panel, facts, "article").find((b) => b.label === "Others");
    expect(others).toMatchObject({ value: 12.81, computed: true, factId: null });
  });
});

describe("shareBand", () => {
  it("marks 'at least' and 'over' shares as lower bounds", () => {
    expect(shareBand(fact("s", "a", { figure: figure(25, "percent", "Share", "2019", "at-least") }))).toMatchObject({ value: 25, lowerBound: true, phrase: "at least 25%" });
    expect(shareBand(fact("s", "a", { figure: figure(25, "percent", "Share", "2019", "about") }))?.lowerBound).toBe(false);
  });
});

describe("timelineEvents", () => {
  it("orders events by date, whatever their precision", () => {
    const facts = [
      fact("c", "a", { event: { date: "2016-12-14" } }),
      fact("a", "a", { event: { date: "1991-12" } }),
      fact("b", "a", { event: { date: "1992-04-10" } }),
      fact("none", "a"),
    ];
    expect(timelineEvents(facts).map((e) => e.factId)).toEqual(["a", "b", "c"]);
  });

  it("places partial dates inside their year", () => {
    expect(decimalYear("2016")).toBe(2016.5);
    expect(decimalYear("2016-07")).toBeCloseTo(2016 + 6.5 / 12, 6);
    expect(decimalYear("2016-12-31")).toBeGreaterThan(decimalYear("2016-12"));
    expect(decimalYear("2016-12-01")).toBeLessThan(decimalYear("2016-12"));
  });
});
