import { describe, expect, it } from "vitest";
import { compactUsd, displayFigure, figurePhrase, formatPublication, formatValue, ordinal, truncateWords } from "@/lib/display/format";

describe("formatValue", () => {
  it("writes each unit the way a reader expects", () => {
    expect(formatValue(25, "percent")).toBe("25%");
    expect(formatValue(1.4, "usd-billion")).toBe("$1.4 billion");
    expect(formatValue(1544, "usd-million")).toBe("$1,544 million");
    expect(formatValue(5, "rank")).toBe("5th");
    expect(formatValue(2, "rank")).toBe("2nd");
  });

  it("writes every other unit in words, with thousands separators and at most two decimals", () => {
    expect(formatValue(12500, "people")).toBe("12,500 people");
    expect(formatValue(1.5, "million-people")).toBe("1.5 million people");
    expect(formatValue(71, "votes")).toBe("71 votes");
    expect(formatValue(120000, "barrels-per-day")).toBe("120,000 barrels a day");
    expect(formatValue(3, "count")).toBe("3");
    expect(formatValue(3.14159, "percent")).toBe("3.14%");
    expect(formatValue(126, "usd-million")).toBe("$126 million");
  });
});

describe("ordinal", () => {
  it("follows English: 1st 2nd 3rd 4th, but 11th 12th 13th, then 21st 22nd 23rd again", () => {
    const written = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal);
    expect(written).toEqual(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th"]);
  });
});

describe("compactUsd", () => {
  it("writes millions as m and, from a thousand million, billions as bn to two decimals", () => {
    expect(compactUsd(126)).toBe("$126m");
    expect(compactUsd(999)).toBe("$999m");
    expect(compactUsd(1000)).toBe("$1bn");
    expect(compactUsd(1544)).toBe("$1.54bn");
    expect(compactUsd(1546)).toBe("$1.55bn");
    expect(compactUsd(12345)).toBe("$12.35bn");
  });
});

describe("displayFigure", () => {
  const base = { value: 120000, unit: "barrels-per-day", qualifier: "about", as_of: { kind: "exact", date: "2019-06" }, measure: "Oil exports" } as const;

  it("gives each part of a figure in the words a reader sees", () => {
    expect(displayFigure({ ...base, period: "per-year", projection: true })).toEqual({
      value: "120,000 barrels a day",
      qualifier: "about",
      period: "per year",
      asOf: "June 2019",
      measure: "Oil exports",
      projection: "projection",
    });
  });

  it("does not say the day twice for barrels a day per day, and leaves out a missing period", () => {
    expect(displayFigure({ ...base, period: "per-day" }).period).toBe("");
    expect(displayFigure({ ...base, unit: "people", period: "per-day" }).period).toBe("per day");
    expect(displayFigure(base).period).toBe("");
    expect(displayFigure(base).projection).toBe("");
  });

  it("marks a projection in the one-phrase form", () => {
    expect(figurePhrase({ ...base, unit: "usd-billion", value: 2, qualifier: "exactly", projection: true })).toBe("$2 billion (projection)");
  });
});

describe("figurePhrase", () => {
  it("keeps the qualifier and period with the number", () => {
    expect(
      figurePhrase({ value: 1.4, unit: "usd-billion", qualifier: "over", period: "per-year", as_of: { kind: "exact", date: "2019-06" }, measure: "Imports" }),
    ).toBe("over $1.4 billion per year");
    expect(figurePhrase({ value: 25, unit: "percent", qualifier: "at-least", as_of: { kind: "exact", date: "2019" }, measure: "Share" })).toBe("at least 25%");
  });
});

describe("formatPublication", () => {
  it("shows an estimated date as an estimate, and admits an unknown one", () => {
    expect(formatPublication({ kind: "estimated", from: "2019-06-10", to: "2019-06-14", label: "2019-06, estimated 10–14 June", basis: "-" })).toBe(
      "2019-06, estimated 10–14 June",
    );
    expect(formatPublication({ kind: "unknown" })).toBe("Date not shown");
    expect(formatPublication({ kind: "exact", date: "2016-12-14" })).toBe("14 December 2016");
  });
});

describe("truncateWords", () => {
  it("cuts at a word boundary and marks the cut", () => {
    expect(truncateWords("Nur-Sultan has expanded its investments in Haifa", 30)).toBe("Nur-Sultan has expanded its…");
    expect(truncateWords("short", 30)).toBe("short");
  });

  it("keeps text of exactly the limit, and never returns more than the limit", () => {
    const text = "Kazakhstan supplies oil to Israel";
    expect(truncateWords(text, text.length)).toBe(text);
    for (const max of [10, 20, text.length - 1]) expect(truncateWords(text, max).length, String(max)).toBeLessThanOrEqual(max);
  });

  it("drops punctuation left at the cut", () => {
    expect(truncateWords("Oil, gas, and grain flow east", 11)).toBe("Oil, gas…");
    expect(truncateWords("Exports rose – sharply – in 2019", 16)).toBe("Exports rose…");
  });

  it("cuts inside a word rather than lose more than half the room", () => {
    expect(truncateWords("A Kazakhstan–Israel agreement", 12)).toBe("A Kazakhsta…");
  });
});
