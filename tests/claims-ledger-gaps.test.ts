// claimsProblems (lib/dataset/claims-ledger.ts) called directly on a tiny
// dataset: how an uncovered stretch of the primary source is quoted in the
// problem, with runs of whitespace collapsed and a cut after 59 characters.
import { describe, expect, it } from "vitest";
import { claimsProblems } from "@/lib/dataset/claims-ledger";
import type { RawDataset } from "@/lib/dataset/raw";

function gapReasons(text: string): string[] {
  const raw = {
    meta: { primary_source: "article" },
    sources: [{ file: "data/sources/article.yaml", record: { id: "article", text: `Covered. ${text}` } }],
    facts: [],
    claims: { file: "data/claims.yaml", record: { source: "article", passages: [{ text: "Covered.", no_claim: "background" }] } },
  } as unknown as RawDataset;
  return claimsProblems(raw).map((p) => p.reason);
}

describe("an uncovered stretch of the primary source", () => {
  it("is quoted whole up to 60 characters", () => {
    const sixty = "x".repeat(60);
    expect(gapReasons(sixty)).toEqual([`the stored text of "article" is not accounted for from "${sixty}"`]);
  });

  it("is cut to 59 characters and an ellipsis past 60", () => {
    const sixtyOne = "y".repeat(61);
    expect(gapReasons(sixtyOne)).toEqual([`the stored text of "article" is not accounted for from "${"y".repeat(59)}…"`]);
  });

  it("is quoted with each run of whitespace as one space, and without the whitespace at its end", () => {
    expect(gapReasons("Two  spaces,\n\ta line break.  \n")).toEqual(['the stored text of "article" is not accounted for from "Two spaces, a line break."']);
  });
});
