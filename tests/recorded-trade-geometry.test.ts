// Where the recorded-trade chart draws things (lib/recorded-trade/geometry.ts):
// the frame of each layout, years across, tick labels, the runs a line joins,
// and where a press figure's label goes beside its mark.
import { describe, expect, it } from "vitest";
import { FONT } from "@/lib/charts/layout";
import { frame, placeLabels, runs, tickLabel, valueTicks, xOf, yearFrom, yearTo } from "@/lib/recorded-trade/geometry";

describe("the chart's frame", () => {
  it("draws the wide chart 640 across, with a tick every 4 years from 1992 to 2024", () => {
    // 300 px of plot from y 12; the zero band 18 px under it; two lines of FONT-high text and margins below.
    expect(frame("wide")).toEqual({
      width: 640,
      height: 312 + 18 + 14 + FONT * 2 + 8,
      left: 56,
      right: 640 - 64,
      top: 12,
      bottom: 312,
      zeroY: 330,
      undatedX: 640 - 32,
      yearTicks: [1992, 1996, 2000, 2004, 2008, 2012, 2016, 2020, 2024],
    });
  });

  it("draws the narrow chart 320 across, with a tick every 8 years that stops at 2016, clear of the undated column", () => {
    expect(frame("narrow")).toEqual({
      width: 320,
      height: 352 + 18 + 14 + FONT * 2 + 8,
      left: 50,
      right: 320 - 44,
      top: 12,
      bottom: 352,
      zeroY: 370,
      undatedX: 320 - 22,
      yearTicks: [1992, 2000, 2008, 2016],
    });
  });

  it("puts the undated column's centre halfway across the strip right of the plot", () => {
    for (const layout of ["wide", "narrow"] as const) {
      const f = frame(layout);
      expect(f.undatedX).toBe((f.right + f.width) / 2);
    }
  });
});

describe("years across the plot", () => {
  it("runs from the plot's left edge at the first year to 8 px short of its right edge at the last", () => {
    const f = frame("narrow");
    expect(xOf(f, yearFrom)).toBe(f.left);
    expect(xOf(f, yearTo)).toBeCloseTo(f.right - 8, 9);
    // Halfway in time is halfway across: (276 - 50 - 8) / 2 = 109 px from the left edge.
    expect(xOf(f, (yearFrom + yearTo) / 2)).toBeCloseTo(50 + 109, 9);
  });

  it("spaces equal spans of years equally", () => {
    const f = frame("wide");
    expect(xOf(f, 2010) - xOf(f, 2000)).toBeCloseTo(xOf(f, 2020) - xOf(f, 2010), 9);
    expect(xOf(f, 2001)).toBeGreaterThan(xOf(f, 2000));
  });
});

describe("tick labels", () => {
  it("names each power of ten in millions, and a billion or more in billions", () => {
    expect(valueTicks.map(tickLabel)).toEqual(["$0.1m", "$1m", "$10m", "$100m", "$1bn"]);
    expect(tickLabel(2.5e9)).toBe("$2.5bn");
    expect(tickLabel(5e5)).toBe("$0.5m");
  });
});

describe("runs of consecutive positive years", () => {
  const years = (pts: { year: number; dollars: number }[]) => runs(pts).map((run) => run.map((p) => p.year));

  it("keeps a long unbroken run of years as one line", () => {
    const pts = [2001, 2002, 2003, 2004, 2005].map((year) => ({ year, dollars: 1e6 }));
    expect(years(pts)).toEqual([[2001, 2002, 2003, 2004, 2005]]);
  });

  it("leaves out zeros at either end without making an empty run", () => {
    const pts = [
      { year: 2001, dollars: 0 },
      { year: 2002, dollars: 5e6 },
      { year: 2003, dollars: 6e6 },
      { year: 2004, dollars: 0 },
    ];
    expect(years(pts)).toEqual([[2002, 2003]]);
  });

  it("gives nothing to draw for a series of zeros only", () => {
    expect(runs([{ year: 2001, dollars: 0 }, { year: 2002, dollars: 0 }])).toEqual([]);
  });
});

describe("placing press labels", () => {
  // "about $1bn" is 10 characters: a box 10 × FONT × 0.7 + 2 = 93 px wide and FONT + 4 = 17 px high,
  // whose baseline sits 13 px under its top. The narrow frame's plot starts at x = 50; the picture is 320 wide.
  const f = frame("narrow");
  const text = "about $1bn";
  const mark = { x: 160, y: 200, text };
  // Spots in the order tried: beside the mark on its line (left, then right), one line up or down
  // on the left, then on the right, then two lines up or down (left, then right).
  const spots = [
    { x: 151, y: 204, anchor: "end" },
    { x: 169, y: 204, anchor: "start" },
    { x: 151, y: 188, anchor: "end" },
    { x: 151, y: 220, anchor: "end" },
    { x: 169, y: 188, anchor: "start" },
    { x: 169, y: 220, anchor: "start" },
    { x: 151, y: 172, anchor: "end" },
    { x: 151, y: 236, anchor: "end" },
    { x: 169, y: 172, anchor: "start" },
    { x: 169, y: 236, anchor: "start" },
  ] as const;
  // An obstacle (a 10 × 10 marker) at the centre of a spot's box, touching no other spot's box.
  const centreOf = (s: (typeof spots)[number]) => ({ x: s.anchor === "end" ? s.x - 46.5 : s.x + 46.5, y: s.y - 4.5 });

  it("puts a label left of its mark, on the mark's line, when nothing is in the way", () => {
    expect(placeLabels(f, [mark], [])).toEqual([spots[0]]);
  });

  it.each(spots.map((spot, k) => [k, spot] as const))("takes spot %i when every earlier spot is covered by a marker", (k, spot) => {
    expect(placeLabels(f, [mark], spots.slice(0, k).map(centreOf))).toEqual([spot]);
  });

  it("keeps the first spot when no spot is free", () => {
    expect(placeLabels(f, [mark], spots.map(centreOf))).toEqual([spots[0]]);
  });

  it("lets a marker touch the label's box without moving it", () => {
    // Spot 0's box is x 58–151, y 191–208; each marker's box ends exactly where it begins.
    for (const touching of [
      { x: 156, y: 200 }, // right of it
      { x: 53, y: 200 }, // left of it
      { x: 104.5, y: 213 }, // under it
      { x: 104.5, y: 186 }, // above it
    ]) {
      expect(placeLabels(f, [mark], [touching])).toEqual([spots[0]]);
    }
  });

  it("moves the label when a marker straddles any edge of its box", () => {
    for (const straddling of [
      { x: 151, y: 200 },
      { x: 58, y: 200 },
      { x: 104.5, y: 208 },
      { x: 104.5, y: 191 },
    ]) {
      expect(placeLabels(f, [mark], [straddling])).toEqual([spots[1]]);
    }
  });

  it("never covers the series' own markers, however close", () => {
    // Spot 0's box ends at y = 208: a marker whose box starts at 207 overlaps it; one whose box starts at 209 does not.
    expect(placeLabels(f, [mark], [{ x: 104.5, y: 212 }])).toEqual([spots[1]]);
    expect(placeLabels(f, [mark], [{ x: 104.5, y: 214 }])).toEqual([spots[0]]);
  });

  it("lets a label start exactly at the plot's left edge, and sends it right when it would cross it", () => {
    // Spot 0's box starts at x − 9 − 93: at x = 152 that is 50, the plot's left edge.
    expect(placeLabels(f, [{ x: 152, y: 200, text }], [])).toEqual([{ x: 143, y: 204, anchor: "end" }]);
    expect(placeLabels(f, [{ x: 151, y: 200, text }], [])).toEqual([{ x: 160, y: 204, anchor: "start" }]);
  });

  it("measures a label's width from its length, so a short one fits where a long one does not", () => {
    // "$45m" is 4 × 9.1 + 2 = 38.4 px: from x = 100 its box starts at 52.6, inside the plot; from x = 95 at 47.6, outside.
    expect(placeLabels(f, [{ x: 100, y: 200, text: "$45m" }], [])[0]?.anchor).toBe("end");
    expect(placeLabels(f, [{ x: 95, y: 200, text: "$45m" }], [])[0]?.anchor).toBe("start");
    // A 10-character label from x = 120 would start at 18: it goes right.
    expect(placeLabels(f, [{ x: 120, y: 200, text }], [])[0]?.anchor).toBe("start");
  });

  it("lets a label end exactly at the picture's right edge, and keeps the first spot when it fits on neither side", () => {
    // 20 characters: 184 px, too wide for the left side from x = 127 or 128. From 127 the right box ends at 127 + 9 + 184 = 320.
    const long = "twenty characters!!!";
    expect(placeLabels(f, [{ x: 127, y: 200, text: long }], [])).toEqual([{ x: 136, y: 204, anchor: "start" }]);
    expect(placeLabels(f, [{ x: 128, y: 200, text: long }], [])).toEqual([{ x: 119, y: 204, anchor: "end" }]);
  });

  it("lets a label touch the top of the picture, and moves it below its mark when it would go over", () => {
    // On the mark's line the box top is y + 4 − 13: 0 for a mark at y = 9.
    expect(placeLabels(f, [{ x: 160, y: 9, text }], [])).toEqual([{ x: 151, y: 13, anchor: "end" }]);
    expect(placeLabels(f, [{ x: 160, y: 8, text }], [])).toEqual([{ x: 151, y: 28, anchor: "end" }]);
  });

  it("keeps two labels apart: the second takes the next free spot", () => {
    const placed = placeLabels(f, [mark, { x: 160, y: 210, text }], []);
    // The second mark's spot 0 (box y 201–218) overlaps the first label (y 191–208); its right side is free.
    expect(placed).toEqual([spots[0], { x: 169, y: 214, anchor: "start" }]);
  });
});
