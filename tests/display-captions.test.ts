import { describe, expect, it } from "vitest";
import { barCaption, barCells, legendMeasures, shareCaption, tableCaption, timelineCaption, tradeCaption, tradeTablePoints } from "@/lib/display/captions";

const sources = [
  { id: "article", publisher: "Jewish News" },
  { id: "cec", publisher: "Central Election Commission" },
  { id: "osce", publisher: "OSCE" },
  { id: "cec-2", publisher: "Central Election Commission" },
];

describe("chart captions", () => {
  it("names a bar chart's other publishers once each, and says when a bar is computed", () => {
    expect(barCaption("Election 2019", sources, "article", [{ computed: false }])).toBe(
      "Election 2019. Bars: Central Election Commission, OSCE. In brackets, the primary article’s rounded figures.",
    );
    expect(barCaption("Election 2019", sources, "article", [{ computed: false }, { computed: true }])).toBe(
      "Election 2019. Bars: Central Election Commission, OSCE. In brackets, the primary article’s rounded figures. The hatched bar is computed, not reported.",
    );
  });

  it("fills a bar's table cells with a dash where it has no date or article figure", () => {
    expect(barCells({ asOf: null, articleFigures: [] })).toEqual({ asOf: "—", article: "—" });
    expect(barCells({ asOf: "June 2019", articleFigures: [{ factId: "a", phrase: "about 70%" }, { factId: "b", phrase: "71%" }] })).toEqual({ asOf: "June 2019", article: "about 70%, 71%" });
  });

  it("names the trade chart's publishers in the order of its points, each once", () => {
    // A point whose source the panel does not list names no one rather than a blank.
    const points = [{ sourceId: "osce" }, { sourceId: "unlisted" }, { sourceId: "cec" }, { sourceId: "osce" }, { sourceId: "cec-2" }];
    expect(tradeCaption("Trade", points, sources)).toBe(
      "Trade, in US dollars. The sources measure different things, so each gets its own marker; only points the data declares one series are joined by a line. Each point links to its quote. Sources: OSCE, Central Election Commission.",
    );
  });

  it("describes the share and timeline charts and names each table", () => {
    expect(shareCaption("Oil")).toBe("Oil. Solid: the share the source reports. Hatched: what a floor such as “at least” leaves open; the source does not say how much more.");
    expect(timelineCaption("Relations", 12)).toBe("Relations: 12 dated events. Each dot links to its fact.");
    expect(tableCaption("Oil")).toBe("Oil: the numbers");
  });
});

describe("the trade chart's table and legend", () => {
  it("lists dated points oldest first across series, then the undated ones in their order", () => {
    const series = [{ points: [{ id: "t2019", year: 2019.5 }, { id: "t2021", year: 2021.5 }] }, { points: [{ id: "o2010", year: 2010.5 }] }];
    const undated = [{ id: "u1" }, { id: "u2" }];
    expect(tradeTablePoints(series, undated).map((p) => p.id)).toEqual(["o2010", "t2019", "t2021", "u1", "u2"]);
  });

  it("names each measure once, in the order the series first show it", () => {
    expect(legendMeasures([{ measure: "turnover" }, { measure: "oil imports" }, { measure: "turnover" }])).toEqual(["turnover", "oil imports"]);
  });
});
