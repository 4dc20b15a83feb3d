import { describe, expect, it } from "vitest";
import { containsQuote, findAllQuotes, findQuote } from "@/lib/dataset/quote-match";

describe("findQuote", () => {
  const text = "First line.\nIt supplies upwards of 25\n   percent of fuel. Last “quoted” words.";

  it("finds a quote across a line break and returns offsets in the original text", () => {
    const range = findQuote(text, "upwards of 25 percent of fuel");
    expect(range).not.toBeNull();
    expect(text.slice(range!.start, range!.end)).toBe("upwards of 25\n   percent of fuel");
  });

  it("does not forgive a changed quotation mark or letter", () => {
    expect(findQuote(text, 'Last "quoted" words.')).toBeNull();
    expect(findQuote(text, "upwards of 26 percent")).toBeNull();
  });

  it("rejects an empty quote", () => {
    expect(findQuote(text, "   ")).toBeNull();
  });
});

describe("findQuote at the edges of the text", () => {
  it("finds a quote at the very start and the very end, ignoring the spaces around the quote", () => {
    const text = "Oil flows east.  Gas flows west.";
    expect(findQuote(text, "  Oil flows ")).toEqual({ start: 0, end: 9 });
    expect(findQuote(text, "Gas flows west.\n")).toEqual({ start: 17, end: 32 });
    expect(containsQuote(text, "flows east. Gas")).toBe(true);
    expect(containsQuote(text, "flows north")).toBe(false);
  });

  it("ends a range on the quote's last character, not on the space after it", () => {
    const text = "a  b   c";
    const range = findQuote(text, "a b");
    expect(text.slice(range!.start, range!.end)).toBe("a  b");
  });
});

describe("findAllQuotes", () => {
  it("finds every occurrence, in the text's own offsets, without overlaps", () => {
    const text = "aa  aa\naa";
    expect(findAllQuotes(text, "aa")).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 6 },
      { start: 7, end: 9 },
    ]);
    expect(findAllQuotes("aaa", "aa")).toEqual([{ start: 0, end: 2 }]);
    expect(findAllQuotes(text, "aa aa")).toEqual([{ start: 0, end: 6 }]);
  });

  it("finds nothing for an empty or absent quote", () => {
    expect(findAllQuotes("text", " ")).toEqual([]);
    expect(findAllQuotes("text", "other")).toEqual([]);
  });
});
