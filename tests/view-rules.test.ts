// Views tied to data (lib/dataset/view-rules.ts), on the valid fixture with one
// panel's view or facts changed in memory: a chart panel with nothing to draw
// is refused, and one thing to draw is enough. (The broken fixtures on disk,
// one per rule, are in validate-dataset.test.ts.)
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateDataset } from "@/lib/dataset/load";
import type { RawDataset } from "@/lib/dataset/raw";
import { viewProblems } from "@/lib/dataset/view-rules";
import { isMoneyUnit } from "@/lib/dataset/vocab";

function valid(): RawDataset {
  return structuredClone(validateDataset(path.join(__dirname, "fixtures", "valid")).raw);
}
/** The one panel shows `view` over the given facts; the first fact (oil-share, 25 percent from the primary article) may be changed by `edit`. */
function panelAs(view: RawDataset["panels"][number]["record"]["view"], factIds: string[], edit?: (raw: RawDataset) => void) {
  const raw = valid();
  raw.panels[0]!.record.view = view;
  raw.panels[0]!.record.facts = factIds;
  edit?.(raw);
  return viewProblems(raw).map((p) => p.reason);
}

describe("a chart panel with nothing to draw", () => {
  it("a series needs one money figure, and one is enough", () => {
    expect(panelAs("series", ["oil-share", "report-oil-share"])).toHaveLength(1);
    expect(panelAs("series", ["oil-share", "report-oil-share"], (raw) => (raw.facts[0]!.record.figure!.unit = "usd-billion"))).toEqual([]);
    expect(panelAs("series", ["oil-share"], (raw) => delete raw.facts[0]!.record.figure)).toHaveLength(1);
  });

  it("a timeline needs one event, and one is enough", () => {
    expect(panelAs("timeline", ["oil-share", "report-oil-share"])).toHaveLength(1);
    expect(panelAs("timeline", ["oil-share", "report-oil-share"], (raw) => (raw.facts[1]!.record.event = { date: "2019-06" }))).toEqual([]);
  });

  it("a bar chart needs a figure from a source other than the primary article", () => {
    expect(panelAs("bar", ["oil-share"])).toHaveLength(1);
    expect(panelAs("bar", ["oil-share", "report-oil-share"])).toEqual([]);
    expect(panelAs("bar", ["report-oil-share"], (raw) => delete raw.facts[1]!.record.figure)).toHaveLength(1);
  });

  it("cards, lists and shares are not judged here, nor facts the panel names that do not exist", () => {
    expect(panelAs("headline", ["oil-share"])).toEqual([]);
    expect(panelAs("list", ["oil-share"])).toEqual([]);
    expect(panelAs("share", ["oil-share"])).toEqual([]);
    expect(panelAs("series", ["no-such-fact"])).toHaveLength(1);
  });
});

describe("money units", () => {
  it("are US dollars in millions or billions, nothing else", () => {
    expect(isMoneyUnit("usd-million")).toBe(true);
    expect(isMoneyUnit("usd-billion")).toBe(true);
    expect(isMoneyUnit("percent")).toBe(false);
    expect(isMoneyUnit("count")).toBe(false);
  });
});
