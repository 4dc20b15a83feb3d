// Selections over a loaded dataset, on the open-data fixture: facts by topic,
// counts, and a panel resolved to its facts and the sources they quote.
import { describe, expect, it } from "vitest";
import { countBy, groupFactsByTopic, resolvePanel } from "@/lib/dataset/select";
import { loadFixture } from "./open-data-fixture";

describe("groupFactsByTopic", () => {
  it("groups in the fixed topic order (energy before trade before diplomacy), leaving out empty topics", () => {
    const { facts } = loadFixture();
    const groups = groupFactsByTopic(facts);
    expect(groups.map((g) => g.topic)).toEqual(["energy", "trade", "diplomacy", "travel-visas"]);
    expect(groups.flatMap((g) => g.facts)).toHaveLength(facts.length);
    for (const group of groups) expect(group.facts.every((f) => f.topic === group.topic)).toBe(true);
    expect(groupFactsByTopic([])).toEqual([]);
  });
});

describe("countBy", () => {
  it("counts items by key, with no entry for a key never seen", () => {
    expect(countBy(["a", "bb", "cc", "d"], (s) => (s.length === 1 ? "short" : "long"))).toEqual({ short: 2, long: 2 });
    expect(countBy(["x", "y", "z"], () => "one")).toEqual({ one: 3 });
    expect(countBy([], () => "none")).toEqual({});
  });
});

describe("resolvePanel", () => {
  it("gives the panel's facts in the panel's order and each quoted source once, in order of first use", () => {
    const dataset = loadFixture();
    const panel = { id: "p", title: "P", description: "-", view: "list" as const, facts: ["relations-frozen", "oil-share", "embassy-opened-1992", "no-such-fact"] };
    const resolved = resolvePanel(panel, dataset);
    expect(resolved.panel).toBe(panel);
    expect(resolved.facts.map((f) => f.id)).toEqual(["relations-frozen", "oil-share", "embassy-opened-1992"]);
    expect(resolved.sources.map((s) => s.id)).toEqual(["report", "article"]);
  });
});
