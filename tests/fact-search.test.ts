import { describe, expect, it } from "vitest";
import { foldText, searchTerms } from "@/lib/fact-search";
import { isMalformedPath } from "@/lib/malformed-path";

describe("foldText", () => {
  it("ignores case, accents, curly quotes, dashes and runs of space", () => {
    expect(foldText("Israel’s  “Türkiye” — ÉLAN")).toBe(`israel's "turkiye" - elan`);
    expect(foldText("Қазақстан")).toBe("қазақстан");
  });
});

describe("searchTerms", () => {
  it("splits a query into words, without surrounding quotes", () => {
    expect(searchTerms('  "Oil"   gas ')).toEqual(["oil", "gas"]);
    expect(searchTerms("   ")).toEqual([]);
  });
});

describe("isMalformedPath", () => {
  it("flags percent-escapes that do not decode, and only those", () => {
    expect(isMalformedPath("/facts/%")).toBe(true);
    expect(isMalformedPath("/api/v1/facts/%E0%A4%A")).toBe(true);
    expect(isMalformedPath("/facts/oil-share")).toBe(false);
    expect(isMalformedPath("/facts/%25")).toBe(false);
    expect(isMalformedPath("/facts/%D0%B0")).toBe(false);
  });
});
