import { describe, expect, it } from "vitest";
import { figureBorneOut, figureDigitsInQuote, numbersInText } from "@/lib/dataset/figure-digits";

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

describe("numbersInText", () => {
  it("lists the numbers written in digits, then those spelled out, from zero to twenty", () => {
    expect(numbersInText("In 2019, 1,544.5 tonnes went to twenty ports; the Third of them took none.")).toEqual(["2019", "1,544.5", "20", "3"]);
    expect(numbersInText("Zero, zeroth, twentieth, twenty-one")).toEqual(["0", "0", "20", "20", "1"]);
    expect(numbersInText("No number here.")).toEqual([]);
  });
});

describe("figureDigitsInQuote with signs and zeros", () => {
  it("ignores a minus sign and zeros before or after the digits", () => {
    expect(figureDigitsInQuote(-12, "fell by 12 percent")).toBe(true);
    expect(figureDigitsInQuote(0.5, "half of 5 million")).toBe(true);
    expect(figureDigitsInQuote(250, "25 points")).toBe(true);
    expect(figureDigitsInQuote(250, "2.4 points")).toBe(false);
  });
});

describe("figureBorneOut at each qualifier's bounds", () => {
  it("takes the figure's own digits whatever the qualifier", () => {
    expect(figureBorneOut(25, "exactly", "25 percent")).toBe(true);
    expect(figureBorneOut(25, "under", "25 percent")).toBe(true);
  });

  it("reads 'at least' as from the value up to a tenth more, and 'over' as strictly more", () => {
    expect(figureBorneOut(20, "at-least", "some 21.9 percent")).toBe(true);
    expect(figureBorneOut(20, "at-least", "some 22 percent")).toBe(false);
    expect(figureBorneOut(20, "at-least", "some 19.9 percent")).toBe(false);
    expect(figureBorneOut(20, "over", "some 20.5 percent")).toBe(true);
    expect(figureBorneOut(20, "over", "some 22 percent")).toBe(false);
  });

  it("reads 'under' as strictly less and 'up to' as at most, down to a tenth less", () => {
    expect(figureBorneOut(20, "under", "some 18.5 percent")).toBe(true);
    expect(figureBorneOut(20, "under", "some 18 percent")).toBe(false);
    expect(figureBorneOut(20, "under", "some 21 percent")).toBe(false);
    expect(figureBorneOut(20, "up-to", "some 18.1 percent")).toBe(true);
    expect(figureBorneOut(20, "up-to", "some 18 percent")).toBe(false);
    expect(figureBorneOut(20, "up-to", "some 20.5 percent")).toBe(false);
  });

  it("reads 'about' as the same value at the figure's precision", () => {
    expect(figureBorneOut(16, "about", "16.4 percent")).toBe(true);
    expect(figureBorneOut(16, "about", "16.5 percent")).toBe(false);
    expect(figureBorneOut(1500, "about", "1,499.6 million")).toBe(true);
  });
});
