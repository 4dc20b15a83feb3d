// The one test over the real data/: the curated dataset passes every check and
// keeps the verdicts the research notes require.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { formatProblem, type Problem } from "@/lib/dataset/problem";
import { validateDataset } from "@/lib/dataset/load";
import type { RawDataset } from "@/lib/dataset/raw";
import type { Fact } from "@/lib/dataset/schema";
import { topics } from "@/lib/dataset/vocab";

const dataDir = path.join(__dirname, "..", "data");
// Validated in the first test that needs it, not at module level: mutation
// testing only credits code run inside a test. Once, because the real data is large.
let raw: RawDataset;
let problems: Problem[];
let facts: Fact[];
let primary: string | undefined;
beforeEach(() => {
  if (raw) return;
  ({ raw, problems } = validateDataset(dataDir));
  facts = raw.facts.map((f) => f.record);
  primary = raw.meta?.primary_source;
});
const fact = (id: string) => facts.find((f) => f.id === id);

describe("the curated dataset", () => {
  it("passes every data check", () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("stores the primary article byte for byte (sha256 of the shared copy)", () => {
    const bytes = readFileSync(path.join(dataDir, "sources", `${primary}.txt`));
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(
      "ef6e5596dd04d0237bb7015f4668b9ab1e73d135ecd704bdb378d2cbdd8d2a0b",
    );
  });

  it("reviews at least 25 claims of the primary article, across every topic", () => {
    const claims = facts.filter((f) => f.quote.source === primary);
    expect(claims.length).toBeGreaterThanOrEqual(25);
    expect(new Set(facts.map((f) => f.topic))).toEqual(new Set(topics));
  });

  it("keeps the verdicts the research notes establish", () => {
    // Observers split: OSCE/ODIHR found the vote tarnished, the SCO and Turkic Council missions endorsed it.
    expect(fact("observers-deemed-election-free-and-fair")?.verdict.rating).toBe("qualified");
    expect(fact("kazakhstan-supplies-quarter-of-israels-fuel")?.verdict.rating).toBe("qualified");
    expect(fact("israel-imports-over-1-4-billion-a-year")?.verdict.rating).toBe("qualified");
    expect(fact("kazakh-investment-in-haifa-refineries")?.verdict.rating).toBe("unverified");
    expect(fact("tase-cybersecurity-agreement")?.verdict.rating).toBe("unverified");
    expect(fact("israel-fifth-largest-asian-trade-partner")?.verdict.rating).toBe("unverified");
  });

  it("keeps the qualifier of the headline figures", () => {
    expect(fact("kazakhstan-supplies-quarter-of-israels-fuel")?.figure).toMatchObject({ value: 25, qualifier: "at-least" });
    expect(fact("israel-imports-over-1-4-billion-a-year")?.figure).toMatchObject({ value: 1.4, qualifier: "over" });
  });
});
