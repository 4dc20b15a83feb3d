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

  // At 10 px a five-character label is 31 units wide (0.62 of the font size per glyph) and 12.5 high:
  // from 10 above its baseline to 2.5 below. These cases put edges exactly on one another.
  const at10 = (points: PointLabel[], bounds = { width: 640, height: 400 }) => placePointLabels(points, 10, bounds);

  it("may end exactly at the chart's edges, but not one unit past them", () => {
    expect(at10([{ id: "a", cx: 100, cy: 18, text: "abcde" }], { width: 140, height: 400 }).get("a")).toEqual({ x: 109, y: 10, anchor: "start" });
    expect(at10([{ id: "a", cx: 100, cy: 50, text: "abcde" }], { width: 139, height: 400 }).get("a")).toEqual({ x: 91, y: 42, anchor: "end" });
    expect(at10([{ id: "a", cx: 40, cy: 50, text: "abcde" }], { width: 79, height: 400 }).get("a")).toEqual({ x: 31, y: 42, anchor: "end" });
    expect(at10([{ id: "a", cx: 100, cy: 17, text: "abcde" }], { width: 640, height: 400 }).get("a")).toEqual({ x: 109, y: 34, anchor: "start" });
    expect(at10([{ id: "a", cx: 100, cy: 10, text: "abcde" }], { width: 640, height: 29.5 }).get("a")).toEqual({ x: 109, y: 27, anchor: "start" });
  });

  it("turn below and left in the chart's top right corner", () => {
    expect(at10([{ id: "a", cx: 620, cy: 10, text: "abcde" }]).get("a")).toEqual({ x: 611, y: 27, anchor: "end" });
  });

  it("may touch a neighbouring label on any side without moving", () => {
    const first = { id: "a", cx: 100, cy: 100, text: "abcde" };
    const second = (cx: number, cy: number) => at10([first, { id: "b", cx, cy, text: "fghij" }]).get("b");
    expect(second(131, 105), "starting where the first ends").toEqual({ x: 140, y: 97, anchor: "start" });
    expect(second(69, 95), "ending where the first starts").toEqual({ x: 78, y: 87, anchor: "start" });
    expect(second(100, 112.5), "just below it").toEqual({ x: 109, y: 104.5, anchor: "start" });
    expect(second(100, 87.5), "just above it").toEqual({ x: 109, y: 79.5, anchor: "start" });
  });

  it("move off another point's marker they would cover by a few units on any side", () => {
    const label = (cx: number, cy: number) => at10([{ id: "a", cx: 100, cy: 100, text: "abcde" }, { id: "b", cx, cy, text: "x" }]).get("a");
    const below = { x: 109, y: 117, anchor: "start" };
    expect(label(143, 88), "a marker whose left edge the label reaches").toEqual(below);
    expect(label(106, 88), "a marker whose right edge the label reaches").toEqual(below);
    expect(label(120, 100), "a marker whose top edge the label reaches").toEqual(below);
    expect(label(120, 80), "a marker whose bottom edge the label reaches").toEqual(below);
  });
});
