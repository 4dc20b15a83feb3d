import { describe, expect, it } from "vitest";
import type { Fact, Figure } from "@/lib/dataset/schema";
import { asOfLabel, eventDates, eventSpan, factValueLabel, factValueShort, figureLabel, markTip } from "@/lib/display/figure-label";

const figure = (extra: Partial<Figure> = {}): Figure => ({ value: 1.4, unit: "usd-billion", qualifier: "over", period: "per-year", as_of: { kind: "exact", date: "2019-06" }, measure: "Israel's imports from Kazakhstan", ...extra });
const fact = (extra: Partial<Fact> = {}): Fact => ({
  id: "f",
  topic: "trade",
  statement: "Israel buys oil from Kazakhstan.",
  quote: { source: "s", text: "oil", attribution: "narration" },
  verdict: { rating: "qualified", summary: "-" },
  evidence: [],
  ...extra,
});

describe("asOfLabel", () => {
  it("gives an exact date a machine form and the words 'as of'", () => {
    expect(asOfLabel({ kind: "exact", date: "2019-06" })).toEqual({ kind: "exact", prefix: "as of ", text: "June 2019", dateTime: "2019-06" });
  });

  it("gives an estimate or a bound in words, with its basis and no machine date", () => {
    expect(asOfLabel({ kind: "estimated", from: "2010", to: "2012", basis: "the report's years" })).toEqual({ kind: "estimated", prefix: "", text: "c. 2010–2012", basis: "the report's years" });
    expect(asOfLabel({ kind: "before", date: "2019", basis: "published then" })).toEqual({ kind: "before", prefix: "", text: "undated, before 2019", basis: "published then" });
    expect(asOfLabel({ kind: "unknown", basis: "none given" }).text).toBe("undated");
  });
});

describe("figureLabel", () => {
  it("keeps the qualifier, value, unit, period, measure and date together", () => {
    const label = figureLabel(figure());
    expect([label.qualifier, label.value, label.period, label.measure, label.asOf, label.projection]).toEqual(["over", "$1.4 billion", "per year", "Israel's imports from Kazakhstan", "June 2019", ""]);
    expect(label.phrase).toBe("over $1.4 billion per year");
    expect(label.asOfLabel.dateTime).toBe("2019-06");
  });

  it("marks a forecast as a projection", () => {
    const label = figureLabel(figure({ value: 2, qualifier: "exactly", period: undefined, projection: true }));
    expect(label.phrase).toBe("$2 billion (projection)");
    expect(label.projection).toBe("projection");
  });
});

describe("event dates", () => {
  it("gives a single date or a span, in words and machine form", () => {
    expect(eventDates({ date: "2016-12-14" })).toEqual({ start: { text: "14 December 2016", dateTime: "2016-12-14" } });
    expect(eventDates({ date: "2019-06", end: "2019-07" })).toEqual({ start: { text: "June 2019", dateTime: "2019-06" }, end: { text: "July 2019", dateTime: "2019-07" } });
    expect(eventSpan({ date: "2019-06", end: "2019-07" })).toBe("June 2019 – July 2019");
    expect(eventSpan({ date: "1992" })).toBe("1992");
  });
});

describe("a fact's value", () => {
  it("is its figure, else its event's date, else a claim without a figure", () => {
    const withFigure = factValueLabel(fact({ figure: figure() }));
    expect(withFigure.kind === "figure" && withFigure.figure.phrase).toBe("over $1.4 billion per year");
    expect(factValueLabel(fact({ event: { date: "1992-04", end: "1992-05" } }))).toEqual({ kind: "event", date: { text: "April 1992", dateTime: "1992-04" } });
    expect(factValueLabel(fact())).toEqual({ kind: "claim", text: "Claim without a figure" });
  });

  it("shortens to a phrase where space is short", () => {
    expect(factValueShort(fact({ figure: figure() }))).toBe("over $1.4 billion per year");
    expect(factValueShort(fact({ event: { date: "1992-04" } }))).toBe("April 1992");
    expect(factValueShort(fact())).toBe("Claim");
  });
});

describe("markTip", () => {
  it("says a figure's value, its date and the verdict", () => {
    expect(markTip(fact({ figure: figure({ as_of: { kind: "before", date: "2019", basis: "-" } }) }))).toEqual(["over $1.4 billion per year", "undated, before 2019", "verdict: Qualified"]);
  });

  it("says an event's dates and its statement, cut at a word under 72 characters", () => {
    const statement = "Kazakhstan and Israel sign an agreement on visa-free travel for their citizens, in force from 2017.";
    const [date, words, verdict] = markTip(fact({ statement, event: { date: "2016-12-14", end: "2017-01" }, verdict: { rating: "confirmed", summary: "-" } }));
    expect(date).toBe("14 December 2016 – January 2017");
    expect(words).toBe("Kazakhstan and Israel sign an agreement on visa-free travel for their…");
    expect(verdict).toBe("verdict: Confirmed");
    expect(markTip(fact())[0]).toBe("");
  });
});
