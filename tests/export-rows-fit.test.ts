// What exported pictures say per fact and which publishers their source line
// names (lib/display/export-rows.ts).
import { describe, expect, it } from "vitest";
import type { Fact } from "@/lib/dataset/schema";
import { exportNote, exportRow, exportRowLine, sourcesThatFit } from "@/lib/display/export-rows";

const claim: Fact = {
  id: "visit",
  topic: "diplomacy",
  statement: "Netanyahu visits Astana.",
  quote: { source: "a", text: "-", attribution: "narration" },
  verdict: { rating: "confirmed", summary: "-" },
  evidence: [],
};

describe("exportRow", () => {
  it("keeps the fact's id and verdict on every row", () => {
    expect(exportRow(claim)).toEqual({ id: "visit", verdict: "confirmed", value: null, text: "Netanyahu visits Astana.", date: null });
  });

  it("leads an event with its date, and gives it no separate as-of date", () => {
    const row = exportRow({ ...claim, event: { date: "2016-12-14" } });
    expect(row).toMatchObject({ value: "14 December 2016", date: null, text: "Netanyahu visits Astana." });
    expect(exportRowLine(row)).toBe("14 December 2016: Netanyahu visits Astana.");
  });

  it("prints a note with its label, and nothing without one", () => {
    expect(exportNote("Figures are rounded.")).toBe("Note: Figures are rounded.");
    expect(exportNote(undefined)).toBeNull();
  });
});

describe("sourcesThatFit", () => {
  // "Aa; Bb" with "; and 1 more" is 6 + 12 = 18 characters; "Aa; Bb; Cc" is 10 and needs no tail.
  const names = ["Aa", "Bb", "Cc"];

  it("names every publisher when each step, with its tail, fits exactly", () => {
    expect(sourcesThatFit(names, 18)).toBe("Source: Aa; Bb; Cc.");
  });

  it("stops before a publisher whose name and tail would pass the limit by one character", () => {
    expect(sourcesThatFit(names, 17)).toBe("Source: Aa; and 2 more.");
  });

  it("adds no tail to the last publisher, so it needs only its own room", () => {
    // Four names: adding Cc needs "Aa; Bb; Cc; and 1 more" (22); adding Dd then needs "Aa; Bb; Cc; Dd" (14).
    expect(sourcesThatFit([...names, "Dd"], 22)).toBe("Source: Aa; Bb; Cc; Dd.");
    expect(sourcesThatFit([...names, "Dd"], 21)).toBe("Source: Aa; Bb; and 2 more.");
  });

  it("always names the first publisher, however long", () => {
    expect(sourcesThatFit(["A very long publisher name", "Bb"], 5)).toBe("Source: A very long publisher name; and 1 more.");
  });
});
