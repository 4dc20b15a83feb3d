// The home overview's selections at their edges (lib/display/overview.ts), on
// the open-data fixture (panels "headline" and "diplomacy-list", neither with
// indicators or pairs of its own).
import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/dataset/load";
import type { Panel } from "@/lib/dataset/schema";
import { overviewIndicators, thenNowPairs } from "@/lib/display/overview";
import { loadFixture } from "./open-data-fixture";

// Loaded before each test, not at module level: mutation testing only credits code run inside a test.
let dataset: Dataset;
let headline: Panel;
beforeEach(() => {
  dataset = loadFixture();
  headline = dataset.panels[0]!;
});

describe("overviewIndicators", () => {
  it("keeps indicators of one topic in the order the panels list them, and skips an unknown fact", () => {
    const panels: Panel[] = [
      { ...headline, id: "first", indicators: [{ label: "Grain", fact: "oil-gas-grain" }, { label: "Gone", fact: "no-such-fact" }] },
      { ...headline, id: "second", indicators: [{ label: "Share", fact: "oil-share" }] },
      { ...headline, id: "third" },
    ];
    expect(overviewIndicators({ ...dataset, panels }).map((i) => [i.label, i.panel.id])).toEqual([
      ["Grain", "first"],
      ["Share", "second"],
    ]);
  });
});

describe("thenNowPairs", () => {
  it("gives no pairs for a panel that declares none", () => {
    expect(thenNowPairs(headline, dataset.facts)).toEqual([]);
  });

  it("leaves out a pair naming an unknown fact", () => {
    const panel: Panel = { ...headline, view: "then-now", pairs: [{ then: "no-such-fact", change: "-" }, { then: "oil-share", now: "no-such-fact", change: "-" }] };
    expect(thenNowPairs(panel, dataset.facts)).toEqual([]);
  });
});
