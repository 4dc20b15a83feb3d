import { describe, expect, it } from "vitest";
import { asOfBounds, asOfPhrase, asOfYear, formatAsOf } from "@/lib/display/figure-date";
import { displayFigure, figurePhrase } from "@/lib/display/format";
import type { Figure } from "@/lib/dataset/schema";

describe("formatAsOf", () => {
  it("writes each kind of date as the data holds it, never a month it does not", () => {
    expect(formatAsOf({ kind: "exact", date: "2019-06" })).toBe("June 2019");
    expect(formatAsOf({ kind: "exact", date: "2019-06-09" })).toBe("9 June 2019");
    expect(formatAsOf({ kind: "estimated", from: "2010", to: "2012", basis: "-" })).toBe("c. 2010–2012");
    expect(formatAsOf({ kind: "estimated", from: "2012", to: "2012", basis: "-" })).toBe("c. 2012");
    expect(formatAsOf({ kind: "estimated", from: "2010", to: "2012", basis: "-", label: "early 2010s" })).toBe("early 2010s");
    expect(formatAsOf({ kind: "before", date: "2019", basis: "-" })).toBe("undated, before 2019");
    expect(formatAsOf({ kind: "after", date: "2016", basis: "-" })).toBe("undated, after 2016");
    expect(formatAsOf({ kind: "unknown", basis: "-" })).toBe("undated");
  });

  it("says 'as of' only before an exact date", () => {
    expect(asOfPhrase({ kind: "exact", date: "2019" })).toBe("as of 2019");
    expect(asOfPhrase({ kind: "before", date: "2019", basis: "-" })).toBe("undated, before 2019");
  });
});

describe("asOfYear and asOfBounds", () => {
  it("place exact and estimated dates on a time axis, and nothing else", () => {
    expect(asOfYear({ kind: "exact", date: "2019" })).toBe(2019.5);
    expect(asOfYear({ kind: "estimated", from: "2010", to: "2012", basis: "-" })).toBe(2011.5);
    expect(asOfYear({ kind: "before", date: "2016", basis: "-" })).toBeNull();
    expect(asOfYear({ kind: "unknown", basis: "-" })).toBeNull();
  });

  it("give the bounds a table can show", () => {
    expect(asOfBounds({ kind: "before", date: "2019", basis: "undated report" })).toEqual({ from: null, to: "2019", basis: "undated report" });
    expect(asOfBounds({ kind: "after", date: "2016", basis: "b" })).toEqual({ from: "2016", to: null, basis: "b" });
  });
});

describe("displayFigure", () => {
  const share: Figure = { value: 25, unit: "percent", qualifier: "at-least", measure: "Share", as_of: { kind: "before", date: "2019", basis: "-" } };

  it("gives the figure's date in words, under the field name the charts use", () => {
    expect(displayFigure(share).asOf).toBe("undated, before 2019");
  });

  it("marks a projection as a projection", () => {
    const forecast: Figure = { value: 2, unit: "usd-billion", qualifier: "exactly", measure: "Trade", as_of: { kind: "exact", date: "2025" }, projection: true };
    expect(displayFigure(forecast).projection).toBe("projection");
    expect(figurePhrase(forecast)).toBe("$2 billion (projection)");
    expect(figurePhrase(share)).toBe("at least 25%");
  });
});
