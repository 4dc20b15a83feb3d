import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/dataset/load";
import { datasetCounts, homeIntro } from "@/lib/display/prose";
import { loadFixture } from "./open-data-fixture";

// Loaded before each test, not at module level: mutation testing only credits code run inside a test.
let dataset: Dataset;
beforeEach(() => {
  dataset = loadFixture();
});

describe("homeIntro", () => {
  it("states counts the data holds, and no 'every' or 'most' about where claims come from", () => {
    // The open-data fixture: 4 of its 6 facts quote the article; 4 (oil-share, relations-frozen, trade-over-1-4-billion, visa-free-30-days) quote evidence from another source.
    expect(datasetCounts(dataset)).toMatchObject({ facts: 6, sources: 3, fromPrimary: 4, withOtherSources: 4 });
    const intro = homeIntro(dataset);
    expect(intro).toContain("4 of the 6 claims come from a Test Gazette article");
    expect(intro).not.toContain("such evidence");
    expect(intro).not.toMatch(/\b(most|every)\b/i);
  });
});
