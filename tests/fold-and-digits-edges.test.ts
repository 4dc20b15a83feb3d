// Two edges of text folding and figure digits: a folded text has no
// whitespace at its ends, and any number of leading zeros is not a digit of a figure.
import { describe, expect, it } from "vitest";
import { foldText } from "@/lib/dataset/fact-search";
import { figureDigitsInQuote } from "@/lib/dataset/figure-digits";

describe("foldText", () => {
  it("drops whitespace at both ends", () => {
    expect(foldText("  Türkiye \n")).toBe("turkiye");
  });
});

describe("figureDigitsInQuote", () => {
  it("ignores every leading zero of a small figure: 0.05 is written 5 (as in 5 percent of a share)", () => {
    expect(figureDigitsInQuote(0.05, "a 5 percent share")).toBe(true);
    expect(figureDigitsInQuote(0.005, "half of 5 percent")).toBe(true);
    expect(figureDigitsInQuote(0.05, "a 6 percent share")).toBe(false);
  });
});
