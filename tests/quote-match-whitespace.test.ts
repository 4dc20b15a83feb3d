// Quotes as written in the dataset may wrap differently from the stored page:
// a run of whitespace inside the quote matches a single space in the text.
import { describe, expect, it } from "vitest";
import { containsQuote, findAllQuotes, findQuote } from "@/lib/dataset/quote-match";

describe("a quote wrapped over several lines", () => {
  const text = "It supplies upwards of 25 percent of fuel. It supplies upwards of 25 percent of fuel.";
  const wrapped = "upwards of 25\n    percent  of fuel";

  it("is found where the text has it on one line", () => {
    expect(containsQuote(text, wrapped)).toBe(true);
    expect(findQuote(text, wrapped)).toEqual({ start: 12, end: 41 });
  });

  it("is found at each place it occurs", () => {
    expect(findAllQuotes(text, wrapped)).toEqual([
      { start: 12, end: 41 },
      { start: 55, end: 84 },
    ]);
  });
});
