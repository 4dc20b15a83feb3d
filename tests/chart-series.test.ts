import { describe, expect, it } from "vitest";
import { barRows, decimalYear, shareBand, timelineEvents, tradeSeries, undatedTradePoints } from "@/lib/charts/series";
import type { Fact, Figure, Panel } from "@/lib/dataset/schema";

const fact = (id: string, source: string, extra: Partial<Fact> = {}): Fact => ({
  id,
  topic: "trade",
  statement: `Statement ${id}`,
  quote: { source, text: "-", attribution: "narration" },
  verdict: { rating: "confirmed", summary: "-" },
  evidence: [],
  ...extra,
});
const figure = (value: number, unit: Figure["unit"], measure: string, as_of: string, qualifier: Figure["qualifier"] = "exactly"): Figure => ({
  value,
  unit,
  measure,
  as_of: { kind: "exact", date: as_of },
  qualifier,
});

describe("tradeSeries", () => {
  const inSeries = (f: Figure, series: string): Figure => ({ ...f, series });
  const facts = [
    fact("imports-2019", "article", { figure: figure(1.4, "usd-billion", "Imports", "2019-06", "over") }),
    fact("turnover-2011", "wiki", { figure: inSeries(figure(1544, "usd-million", "Turnover", "2011"), "stat-turnover") }),
    fact("imports-2012", "trend", { figure: { ...figure(1.5, "usd-billion", "Imports", "2012", "about"), as_of: { kind: "estimated", from: "2011", to: "2013", basis: "-" } } }),
    fact("turnover-2013", "stat", { figure: inSeries(figure(1200, "usd-million", "Turnover", "2013"), "stat-turnover") }),
    fact("oil-before-2016", "x", { figure: { ...figure(1, "usd-billion", "Oil", "2016", "over"), as_of: { kind: "before", date: "2016", basis: "-" } } }),
    fact("share", "x", { figure: figure(25, "percent", "Share", "2019") }),
  ];
  it("joins only the points of one declared series; every other point stands alone", () => {
    const series = tradeSeries(facts);
    expect(series.map((s) => [s.seriesId, s.points.map((p) => p.factId)])).toEqual([
      ["stat-turnover", ["turnover-2011", "turnover-2013"]],
      [null, ["imports-2012"]],
      [null, ["imports-2019"]],
    ]);
  });

  it("gives points in USD million with their qualifier, and places an estimate at its midpoint", () => {
    const series = tradeSeries(facts);
    const imports2012 = series[1]?.points[0];
    expect(imports2012).toMatchObject({ usdMillion: 1500, phrase: "about $1.5 billion", short: "about $1.5bn", asOf: "c. 2011–2013", year: 2012.5 });
    expect(series[2]?.points[0]).toMatchObject({ usdMillion: 1400, phrase: "over $1.4 billion", asOf: "June 2019" });
  });

  it("keeps one marker style per measure, whichever entry a point is in", () => {
    const series = tradeSeries(facts);
    expect(series[1]?.styleIndex).toBe(series[2]?.styleIndex);
    expect(series[0]?.styleIndex).not.toBe(series[1]?.styleIndex);
    // Numbered by the measure's first point in time: turnover (2011), then imports (2012).
    expect(series.map((s) => [s.measure, s.styleIndex])).toEqual([
      ["Turnover", 0],
      ["Imports", 1],
      ["Imports", 1],
    ]);
  });

  it("keeps each point's fact, source, measure, verdict and series, and labels an exact figure by its amount alone", () => {
    const turnover = tradeSeries(facts)[0]?.points[0];
    expect(turnover).toEqual({
      factId: "turnover-2011",
      sourceId: "wiki",
      measure: "Turnover",
      asOf: "2011",
      year: 2011.5,
      usdMillion: 1544,
      phrase: "$1,544 million",
      short: "$1.54bn",
      qualifier: "exactly",
      verdict: "confirmed",
      seriesId: "stat-turnover",
    });
    expect(undatedTradePoints(facts)[0]).not.toHaveProperty("year");
  });

  it("orders points in time even when the facts come in another order", () => {
    const years = tradeSeries([...facts].reverse()).flatMap((s) => s.points.map((p) => p.year));
    expect(years).toEqual([2011.5, 2013.5, 2012.5, 2019 + 5.5 / 12]);
  });

  it("leaves a figure dated only 'before' off the time axis and lists it as undated", () => {
    const series = tradeSeries(facts);
    expect(series.flatMap((s) => s.points).some((p) => p.factId === "oil-before-2016")).toBe(false);
    expect(undatedTradePoints(facts)).toEqual([
      expect.objectContaining({ factId: "oil-before-2016", asOf: "undated, before 2016", phrase: "over $1 billion", seriesId: null }),
    ]);
  });

  it("leaves out figures that are not money, and facts without a figure", () => {
    const series = tradeSeries([...facts, fact("event-only", "x")]);
    expect([...series.flatMap((s) => s.points), ...undatedTradePoints(facts)].some((p) => p.factId === "share")).toBe(false);
    expect(undatedTradePoints([fact("event-only", "x")])).toEqual([]);
    expect(series.flatMap((s) => s.points).map((p) => p.factId)).not.toContain("event-only");
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

  it("notes an article figure only on the bar of its own measure, and draws no bar for a fact without a figure", () => {
    const withExtra = [...facts, fact("article-turnout", "article", { figure: figure(80, "percent", "Turnout", "2019-06", "about") }), fact("no-figure", "cec")];
    const bars = barRows({ ...panel, facts: [...panel.facts, "article-turnout", "no-figure"] }, withExtra, "article");
    expect(bars.map((b) => [b.label, b.articleFigures.map((a) => a.factId)])).toEqual([
      ["Tokayev", ["article-tokayev"]],
      ["Kosanov", []],
      ["Others", []],
      ["Turnout", ["article-turnout"]],
    ]);
  });

  it("adds the remainder as a computed bar", () => {
    const others = barRows(panel, facts, "article").find((b) => b.label === "Others");
    // 100 − 70.96 − 16.23 = 12.81, by hand.
    expect(others).toEqual({
      factId: null,
      label: "Others",
      value: 12.81,
      display: "12.81%",
      phrase: "12.81% (computed: 100% minus the shares above)",
      computed: true,
      asOf: null,
      verdict: null,
      articleFigures: [],
    });
  });

  it("gives each bar its value, words, date and verdict, in the panel's order", () => {
    const bars = barRows({ ...panel, facts: ["turnout", "kosanov"], remainder: undefined }, facts, "article");
    expect(bars).toEqual([
      {
        factId: "turnout",
        label: "Turnout",
        value: 77.5,
        display: "77.5%",
        phrase: "77.5%",
        computed: false,
        asOf: "9 June 2019",
        verdict: "confirmed",
        articleFigures: [],
      },
      expect.objectContaining({ factId: "kosanov", display: "16.23%" }),
    ]);
  });

  it("puts the remainder right after the last bar it completes", () => {
    const bars = barRows({ ...panel, facts: ["kosanov", "turnout", "tokayev"], remainder: { label: "Others", of: ["kosanov", "tokayev"] } }, facts, "article");
    expect(bars.map((b) => b.label)).toEqual(["Kosanov", "Turnout", "Tokayev", "Others"]);
  });
});

describe("shareBand", () => {
  it("marks 'at least' and 'over' shares as lower bounds", () => {
    expect(shareBand(fact("s", "a", { figure: figure(25, "percent", "Share", "2019", "at-least") }))).toMatchObject({ value: 25, lowerBound: true, phrase: "at least 25%" });
    expect(shareBand(fact("s", "a", { figure: figure(25, "percent", "Share", "2019", "about") }))?.lowerBound).toBe(false);
    expect(shareBand(fact("s", "a", { figure: figure(25, "percent", "Share", "2019", "over") }))?.lowerBound).toBe(true);
  });

  it("carries the share's fact, date, measure and verdict", () => {
    expect(shareBand(fact("s", "a", { figure: figure(25, "percent", "Oil imports", "2019-06") }))).toEqual({
      factId: "s",
      value: 25,
      lowerBound: false,
      phrase: "25%",
      asOf: "June 2019",
      measure: "Oil imports",
      verdict: "confirmed",
    });
  });

  it("draws no band for a figure that is not a share, or for a fact without a figure", () => {
    expect(shareBand(fact("s", "a", { figure: figure(1.4, "usd-billion", "Imports", "2019") }))).toBeNull();
    expect(shareBand(fact("s", "a"))).toBeNull();
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

  it("gives each event its dates, its place in time, its statement and verdict", () => {
    const events = timelineEvents([fact("talks", "a", { event: { date: "2016", end: "2017" }, verdict: { rating: "qualified", summary: "-" } })]);
    expect(events).toEqual([{ factId: "talks", date: "2016", end: "2017", year: 2016.5, statement: "Statement talks", verdict: "qualified" }]);
  });

  it("places partial dates inside their year", () => {
    expect(decimalYear("2016")).toBe(2016.5);
    expect(decimalYear("2016-07")).toBeCloseTo(2016 + 6.5 / 12, 6);
    expect(decimalYear("2016-12-31")).toBeGreaterThan(decimalYear("2016-12"));
    expect(decimalYear("2016-12-01")).toBeLessThan(decimalYear("2016-12"));
  });
});
