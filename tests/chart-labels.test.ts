import { describe, expect, it } from "vitest";
import { placePointLabels, type PointLabel } from "@/lib/charts/labels";

// A 640 × 400 chart with 13 px text, the wide drawing's size.
const place = (points: PointLabel[]) => placePointLabels(points, 13, { width: 640, height: 400 });

describe("point labels", () => {
  it("sit above and right of their marker when nothing is in the way", () => {
    const labels = place([
      { id: "a", cx: 100, cy: 100, text: "$1bn" },
      { id: "b", cx: 300, cy: 200, text: "$2bn" },
    ]);
    expect(labels.get("a")).toEqual({ x: 109, y: 92, anchor: "start" });
    expect(labels.get("b")).toEqual({ x: 309, y: 192, anchor: "start" });
  });

  it("go below when a neighbour's label already holds the spot above (the $1.54bn and about $1.5bn case)", () => {
    // "$1.54bn" is about 56 units wide at 13 px: it reaches x = 165, past where the second label would start (157).
    const labels = place([
      { id: "turnover", cx: 100, cy: 100, text: "$1.54bn" },
      { id: "imports", cx: 148, cy: 102, text: "about $1.5bn" },
    ]);
    expect(labels.get("turnover")).toEqual({ x: 109, y: 92, anchor: "start" });
    expect(labels.get("imports")).toEqual({ x: 157, y: 119, anchor: "start" });
  });

  it("do not cover another point's marker", () => {
    const labels = place([
      { id: "a", cx: 100, cy: 100, text: "$1bn" },
      { id: "b", cx: 125, cy: 88, text: "$9bn" },
    ]);
    expect(labels.get("a")).toEqual({ x: 109, y: 117, anchor: "start" });
  });

  it("turn to the left of a marker near the chart's right edge", () => {
    const labels = place([{ id: "a", cx: 620, cy: 100, text: "$162m" }]);
    expect(labels.get("a")).toEqual({ x: 611, y: 92, anchor: "end" });
  });
});
