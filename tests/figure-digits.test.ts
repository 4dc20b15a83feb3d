import { describe, expect, it } from "vitest";
import { figureDigitsInQuote } from "@/lib/dataset/figure-digits";

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
