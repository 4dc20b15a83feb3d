// The counts the home and about pages state (lib/display/prose.ts), on the
// open-data fixture: six facts from three sources, the primary being "article".
//   embassy-opened-1992     article  unverified    no evidence
//   relations-frozen        report   contradicted  evidence from article
//   oil-share               article  qualified     evidence from report
//   oil-gas-grain           article  unverified    no evidence
//   trade-over-1-4-billion  article  confirmed     evidence from report
//   visa-free-30-days       ministry unverified    evidence from article
import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/dataset/load";
import type { Fact } from "@/lib/dataset/schema";
import { aboutIntro, datasetCounts, homeIntro } from "@/lib/display/prose";
import { loadFixture } from "./open-data-fixture";

// Loaded before each test, not at module level: mutation testing only credits code run inside a test.
let dataset: Dataset;
beforeEach(() => {
  dataset = loadFixture();
});

const withFacts = (facts: Fact[]) => ({ ...dataset, facts });
const fact = (id: string) => dataset.facts.find((f) => f.id === id)!;

describe("datasetCounts", () => {
  it("counts each verdict, and the unverified facts that still quote another source", () => {
    expect(datasetCounts(dataset)).toEqual({
      facts: 6,
      sources: 3,
      fromPrimary: 4,
      withOtherSources: 4,
      verdicts: { confirmed: 1, qualified: 1, contradicted: 1, unverified: 3 },
      unverifiedWithOtherSources: 1,
    });
  });

  it("does not count evidence from a fact's own source as another source", () => {
    // The visa fact quotes the ministry; give its evidence the same source.
    const visa = fact("visa-free-30-days");
    const own = { ...visa, evidence: visa.evidence.map((e) => ({ ...e, source: visa.quote.source })) };
    const counts = datasetCounts(withFacts(dataset.facts.map((f) => (f.id === visa.id ? own : f))));
    expect(counts.withOtherSources).toBe(3);
    expect(counts.unverifiedWithOtherSources).toBe(0);
  });
});

describe("homeIntro", () => {
  it("says where the claims come from and how the verdicts fall, with the fixture's counts", () => {
    expect(homeIntro(dataset)).toBe(
      "Each figure here links to the sentence it comes from. " +
        "4 of the 6 claims come from a Test Gazette article (2019-06, estimated 10–14 June), the others from other sources. " +
        "Verdicts weigh the other sources quoted beside each claim: 1 confirmed, 1 qualified, 1 contradicted and 3 unverified, " +
        "where nothing quoted confirms the claim (1 of those 3 still quote other sources).",
    );
  });

  it("names the primary source the dataset declares, whichever it is", () => {
    const intro = homeIntro({ ...dataset, meta: { ...dataset.meta, primary_source: "report" } });
    expect(intro).toContain("1 of the 6 claims come from a Ministry of Tests article (May 2019), the others from other sources.");
  });

  it("only counts the claims when the primary source is not in the data", () => {
    const noPrimary = { ...dataset, meta: { ...dataset.meta, primary_source: "missing" } };
    expect(homeIntro(noPrimary)).toContain("Each figure here links to the sentence it comes from. 6 claims. Verdicts weigh");
    expect(homeIntro({ ...noPrimary, facts: [fact("trade-over-1-4-billion")] })).toContain(" 1 claim. ");
  });

  it("says nothing about unverified claims quoting other sources when none is unverified", () => {
    const intro = homeIntro(withFacts([fact("trade-over-1-4-billion"), fact("oil-share")]));
    expect(intro).toMatch(/1 confirmed, 1 qualified, 0 contradicted and 0 unverified, where nothing quoted confirms the claim\.$/);
  });
});

describe("aboutIntro", () => {
  it("states the facts, the sources, what a verdict means and how many facts quote another source", () => {
    expect(aboutIntro(dataset)).toBe(
      "6 facts from 3 sources. Each fact is a claim with the verbatim quote it comes from and a verdict " +
        "(confirmed, qualified, contradicted or unverified) drawn from what other sources say; “unverified” means no source quoted confirms it. " +
        "4 of the 6 facts quote evidence from another source.",
    );
  });
});
