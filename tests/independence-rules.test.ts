// independenceProblems (lib/dataset/model-rules.ts) called directly: evidence
// marked independent must not share a source lineage with the claim, and a
// "confirmed" verdict needs independent confirming evidence that carries the figure.
import { describe, expect, it } from "vitest";
import { independenceProblems } from "@/lib/dataset/model-rules";
import type { Evidence, Fact, StoredSource } from "@/lib/dataset/schema";

const FILE = "data/facts/energy.yaml";

// wire derives from article; report stands alone.
const byId = new Map<string, StoredSource>([
  ["article", { id: "article" } as StoredSource],
  ["wire", { id: "wire", derived_from: "article" } as StoredSource],
  ["report", { id: "report" } as StoredSource],
]);

const ev = (source: string, stance: Evidence["stance"], independent: boolean, quote = "A supplies 25 percent of B's oil."): Evidence => ({ source, quote, stance, independent, note: "-" });

function fact(rating: Fact["verdict"]["rating"], evidence: Evidence[], quoteText = "upwards of 25 percent of oil imports"): Fact {
  return {
    id: "oil-share",
    topic: "energy",
    statement: "A supplies a quarter of B's oil.",
    quote: { source: "article", text: quoteText, attribution: "narration" },
    figure: { value: 25, unit: "percent", qualifier: "over", as_of: { kind: "exact", date: "2016" }, measure: "Share of B's oil imports" },
    verdict: { rating, summary: "-" },
    evidence,
  } as Fact;
}
const fields = (f: Fact) => independenceProblems(FILE, f, byId).map((p) => p.field);

describe("evidence marked independent", () => {
  it("is refused when its source derives from the claim's", () => {
    expect(independenceProblems(FILE, fact("qualified", [ev("report", "context", true), ev("wire", "confirms", true)]), byId)).toEqual([
      { file: FILE, id: "oil-share", field: "evidence.1.independent", reason: '"wire" and "article" derive one from the other or from the same source' },
    ]);
  });

  it("is not judged here when it is marked dependent, or quotes the claim's own source", () => {
    expect(fields(fact("qualified", [ev("wire", "confirms", false), ev("article", "confirms", true)]))).toEqual([]);
  });
});

describe("a confirmed verdict", () => {
  it("stands on independent confirming evidence that carries the figure", () => {
    expect(fields(fact("confirmed", [ev("report", "confirms", true)]))).toEqual([]);
  });

  it("needs at least one of its confirming quotes to be independent; independent context does not count", () => {
    expect(independenceProblems(FILE, fact("confirmed", [ev("wire", "confirms", false), ev("report", "context", true)]), byId)).toEqual([
      { file: FILE, id: "oil-share", field: "verdict.rating", reason: '"confirmed" needs at least one independent evidence quote that confirms' },
    ]);
  });

  it("needs the independent confirmation to carry the figure when the claim's quote does", () => {
    const vague = ev("report", "confirms", true, "A is a major oil supplier.");
    expect(independenceProblems(FILE, fact("confirmed", [vague]), byId).map((p) => p.reason)).toEqual([
      '"confirmed" needs independent confirming evidence carrying the figure (25, or a more precise value within its qualifier); otherwise the number is "qualified" or "unverified"',
    ]);
    expect(fields(fact("confirmed", [vague, ev("report", "confirms", true, "some 26 percent")]))).toEqual([]);
  });

  it("asks nothing of the figure when the claim's own quote does not give it", () => {
    expect(fields(fact("confirmed", [ev("report", "confirms", true, "A is a major oil supplier.")], "a quarter of oil imports"))).toEqual([]);
  });

  it("is left to the older verdict rule when no evidence confirms at all", () => {
    expect(fields(fact("confirmed", []))).toEqual([]);
    expect(fields(fact("confirmed", [ev("report", "context", true, "Oil trade grew.")]))).toEqual([]);
  });

  it("is the only rating judged", () => {
    expect(fields(fact("qualified", [ev("wire", "confirms", false)]))).toEqual([]);
    expect(fields(fact("unverified", [ev("report", "confirms", true, "A is a major oil supplier.")]))).toEqual([]);
  });
});
