// viewProblems (lib/dataset/view-rules.ts) on a dataset whose dataset.yaml could
// not be read: with no primary article known, a bar chart may draw any figure.
import { describe, expect, it } from "vitest";
import type { RawDataset } from "@/lib/dataset/raw";
import type { Fact, Panel } from "@/lib/dataset/schema";
import { viewProblems } from "@/lib/dataset/view-rules";

const figureFact = { id: "oil-share", quote: { source: "article" }, figure: { value: 25, unit: "percent" } } as Fact;
const panel = (view: Panel["view"]) => ({ file: "data/panels.yaml", record: { id: "oil", view, facts: ["oil-share"] } as Panel });

describe("a bar panel without dataset.yaml", () => {
  it("draws a figure from any source, since no primary article is known", () => {
    const raw = { meta: null, facts: [{ file: "data/facts/energy.yaml", record: figureFact }], panels: [panel("bar")] } as unknown as RawDataset;
    expect(viewProblems(raw)).toEqual([]);
  });

  it("is still refused when none of its facts has a figure", () => {
    const raw = { meta: null, facts: [{ file: "data/facts/energy.yaml", record: { ...figureFact, figure: undefined } }], panels: [panel("bar")] } as unknown as RawDataset;
    expect(viewProblems(raw)).toEqual([
      { file: "data/panels.yaml", id: "oil", field: "view", reason: 'a "bar" panel draws a figure from a source other than the primary article, and none of its facts has one' },
    ]);
  });
});
