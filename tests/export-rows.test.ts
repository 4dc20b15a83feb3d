import { describe, expect, it } from "vitest";
import { exportRow, exportRowLine, leftOutLine, sourcesThatFit } from "@/lib/display/export-rows";
import type { Fact } from "@/lib/dataset/schema";

const claim: Fact = {
  id: "claim",
  topic: "diplomacy",
  statement: "Relations are dynamic.",
  quote: { source: "a", text: "-", attribution: "narration" },
  verdict: { rating: "unverified", summary: "-", searched: "-" },
  evidence: [],
};

describe("export rows", () => {
  it("starts a claim without a figure or date with its words, never a bare colon", () => {
    expect(exportRowLine(exportRow(claim))).toBe("Relations are dynamic.");
  });

  it("reads an undated figure's date as English after its value", () => {
    const fact: Fact = { ...claim, figure: { value: 25, unit: "percent", qualifier: "at-least", as_of: { kind: "before", date: "2019", basis: "-" }, measure: "Share of fuel" } };
    expect(exportRowLine(exportRow(fact))).toBe("at least 25%, undated, before 2019: Share of fuel");
  });

  it("names whole publishers only, then how many it leaves out", () => {
    expect(sourcesThatFit(["Jewish News", "Trend", "The Jerusalem Post"], 30)).toBe("Source: Jewish News; Trend; and 1 more.");
    expect(sourcesThatFit(["Jewish News"], 5)).toBe("Source: Jewish News.");
    expect(leftOutLine(0)).toBeNull();
    expect(leftOutLine(2)).toBe("and 2 more on the panel page");
  });
});
