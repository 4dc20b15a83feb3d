import { describe, expect, it } from "vitest";
import { findQuote } from "@/lib/dataset/quote-match";

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
