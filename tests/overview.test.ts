// The home page's overview selections, on the open-data fixture (six facts,
// four topics, every verdict) with indicators and pairs added per test.
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/dataset/load";
import { validateDataset } from "@/lib/dataset/load";
import type { Panel } from "@/lib/dataset/schema";
import { countLinks, overviewIndicators, pageNavGroups, thenNowPairs } from "@/lib/display/overview";
import { loadFixture } from "./open-data-fixture";

// Loaded before each test, not at module level: mutation testing only credits code run inside a test.
let dataset: Dataset;
let headline: Panel;
let diplomacy: Panel;
beforeEach(() => {
  dataset = loadFixture();
  [headline, diplomacy] = dataset.panels as [Panel, Panel];
});

describe("overviewIndicators", () => {
  it("takes the indicators the panels declare, ordered by topic (energy before trade before diplomacy)", () => {
    const panels: Panel[] = [
      { ...diplomacy, indicators: [{ label: "Relations", fact: "relations-frozen" }] },
      { ...headline, indicators: [{ label: "Trade", fact: "trade-over-1-4-billion" }, { label: "Oil", fact: "oil-share" }] },
    ];
    const indicators = overviewIndicators({ ...dataset, panels });
    expect(indicators.map((i) => [i.label, i.fact.id, i.panel.id])).toEqual([
      ["Oil", "oil-share", "headline"],
      ["Trade", "trade-over-1-4-billion", "headline"],
      ["Relations", "relations-frozen", "diplomacy-list"],
    ]);
  });

  it("is empty when no panel declares indicators", () => {
    expect(overviewIndicators(dataset)).toEqual([]);
  });
});

describe("pageNavGroups", () => {
  it("lists figure panels, then topic lists, each by id and title", () => {
    expect(pageNavGroups(dataset.panels)).toEqual([
      { heading: "Figures and charts", links: [{ id: "headline", title: headline.title }] },
      { heading: "Topics", links: [{ id: "diplomacy-list", title: diplomacy.title }] },
    ]);
  });
});

describe("countLinks", () => {
  it("counts facts per verdict and per topic, each linking to the explorer filtered", () => {
    const counts = countLinks(dataset.facts);
    expect(counts.verdicts).toEqual([
      { key: "confirmed", count: 1, href: "/facts?verdict=confirmed" },
      { key: "qualified", count: 1, href: "/facts?verdict=qualified" },
      { key: "contradicted", count: 1, href: "/facts?verdict=contradicted" },
      { key: "unverified", count: 3, href: "/facts?verdict=unverified" },
    ]);
    expect(counts.topics.map((t) => [t.key, t.count, t.href])).toEqual([
      ["energy", 2, "/facts?topic=energy"],
      ["trade", 1, "/facts?topic=trade"],
      ["diplomacy", 2, "/facts?topic=diplomacy"],
      ["travel-visas", 1, "/facts?topic=travel-visas"],
    ]);
  });
});

describe("thenNowPairs", () => {
  it("pairs each claim with its later fact, or with none", () => {
    const panel: Panel = {
      ...headline,
      view: "then-now",
      pairs: [
        { then: "oil-share", change: "No later share." },
        { then: "trade-over-1-4-billion", now: "oil-gas-grain", change: "Different measure." },
      ],
    };
    expect(thenNowPairs(panel, dataset.facts).map((p) => [p.then.id, p.now?.id ?? null, p.change])).toEqual([
      ["oil-share", null, "No later share."],
      ["trade-over-1-4-billion", "oil-gas-grain", "Different measure."],
    ]);
  });
});

describe("panel part rules", () => {
  const broken = (name: string) => validateDataset(path.join(__dirname, "fixtures/broken", name)).problems;

  it("refuses an indicator naming a fact the panel does not list", () => {
    expect(broken("indicator-not-in-panel")).toEqual([
      { file: "tests/fixtures/broken/indicator-not-in-panel/panels.yaml", id: "headline", field: "indicators.1.fact", reason: '"not-in-this-panel" is not one of the panel\'s facts' },
    ]);
  });

  it("refuses a then-now pair naming a fact the panel does not list", () => {
    expect(broken("pair-not-in-panel")).toEqual([
      { file: "tests/fixtures/broken/pair-not-in-panel/panels.yaml", id: "then-now", field: "pairs.0.now", reason: '"later-share" is not one of the panel\'s facts' },
    ]);
  });
});
