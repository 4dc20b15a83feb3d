import { describe, expect, it } from "vitest";
import { figureBorneOut, figureDigitsInQuote } from "@/lib/dataset/figure-digits";

describe("figureDigitsInQuote", () => {
  it("matches a figure written as in the quote", () => {
    expect(figureDigitsInQuote(25, "it supplies upwards of 25 percent of Israel’s fuel")).toBe(true);
    expect(figureDigitsInQuote(16.2, "polled only 16.2 percent of the vote")).toBe(true);
  });

  it("ignores thousands separators and scale", () => {
    expect(figureDigitsInQuote(1544, "foi de 1,544 bilhão de dólares")).toBe(true);
    expect(figureDigitsInQuote(1500, "approximately $1.5 billion")).toBe(true);
  });

  it("accepts small numbers the quote spells out", () => {
    expect(figureDigitsInQuote(7, "With seven candidates standing")).toBe(true);
    expect(figureDigitsInQuote(5, "Israel is Kazakhstan’s fifth largest Asian trade partner")).toBe(true);
    expect(figureDigitsInQuote(6, "With seven candidates standing")).toBe(false);
  });

  it("rejects a figure whose digits are absent or only part of a number", () => {
    expect(figureDigitsInQuote(30, "upwards of 25 percent")).toBe(false);
    expect(figureDigitsInQuote(16, "polled only 16.2 percent")).toBe(false);
  });
});

describe("figureBorneOut", () => {
  it("accepts a more precise value that satisfies the figure's qualifier", () => {
    expect(figureBorneOut(70, "over", "won the snap presidential election in Kazakhstan with 70.96%")).toBe(true);
    expect(figureBorneOut(16.2, "about", "Percentage 70.96% 16.23%")).toBe(true);
    expect(figureBorneOut(25, "at-least", "even more than 25% of Israel's imports")).toBe(true);
  });

  it("refuses values the qualifier rules out, or far from the figure", () => {
    expect(figureBorneOut(70, "over", "with 69.5% of the vote")).toBe(false);
    expect(figureBorneOut(16.2, "about", "Kosanov received 16.02%")).toBe(false);
    expect(figureBorneOut(70, "over", "turnout of 77.5%")).toBe(false);
    expect(figureBorneOut(16.2, "exactly", "Percentage 16.23%")).toBe(false);
    expect(figureBorneOut(1.4, "under", "about $1.5 billion")).toBe(false);
  });
});
