// The seam that reads the statistical tables and recorded series
// (lib/recorded-trade/data.ts), and the compilers sentence images and captions
// carry (lib/recorded-trade/captions.ts). Expected values come from data/.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compilersSentence, recordedCaption } from "@/lib/recorded-trade/captions";
import { getRecordedSeries, getTable, listRecordedSeries, listTables, statisticsLine } from "@/lib/recorded-trade/data";

// data/recorded-series.yaml: two COW v4.0 series, two COW v3.0 series, then the WITS sums.
const cow = "Correlates of War Project (release 4.0, 3.0)";
const wits = "UN Comtrade (United Nations Statistics Division), via World Bank WITS (release HS 2012 (H4), WITS jobs 3100965 and 3100966)";

describe("reading data/ with problems", () => {
  // First in this file: the data is read once and kept, and a failed read keeps nothing.
  it("refuses data with a problem, naming the directory, the count and each problem", () => {
    const broken = path.join(__dirname, "fixtures", "recorded-trade", "broken", "untraced-value");
    const before = process.env.DATA_DIR;
    process.env.DATA_DIR = broken;
    try {
      expect(() => listTables()).toThrow(
        `Recorded trade data in ${broken} has 1 problem(s):\n` +
          "tests/fixtures/recorded-trade/broken/untraced-value/recorded-series.yaml: cow4-imports: points.1.value: 5 is not the value stored in row 2 of cow4 (flow1 = 4)",
      );
    } finally {
      if (before === undefined) delete process.env.DATA_DIR;
      else process.env.DATA_DIR = before;
    }
  });
});

describe("reading data/ with problems, continued", () => {
  it("lists every problem, one a line", () => {
    const broken = path.join(__dirname, "fixtures", "recorded-trade", "broken", "two-untraced-values");
    const before = process.env.DATA_DIR;
    process.env.DATA_DIR = broken;
    try {
      const file = "tests/fixtures/recorded-trade/broken/two-untraced-values/recorded-series.yaml";
      expect(() => listRecordedSeries()).toThrow(
        `Recorded trade data in ${broken} has 2 problem(s):\n` +
          `${file}: cow4-imports: points.0.value: 1 is not the value stored in row 1 of cow4 (flow1 = 0)\n` +
          `${file}: cow4-imports: points.1.value: 5 is not the value stored in row 2 of cow4 (flow1 = 4)`,
      );
    } finally {
      if (before === undefined) delete process.env.DATA_DIR;
      else process.env.DATA_DIR = before;
    }
  });
});

describe("reading data/", () => {
  it("lists the six stored tables and the five recorded series", () => {
    expect(listTables().map((t) => t.id).sort()).toEqual([
      "baci-2021-kaz-to-isr",
      "cow-v3-dyadr",
      "cow-v4-derived-total-trade-treatydiffusion",
      "cow-v4-peacesciencer",
      "nber-un-1999-batagelj",
      "wits-comtrade-kaz-imports-from-isr-hs-sections",
    ]);
    expect(listRecordedSeries().map((s) => s.id)).toEqual([
      "cow-v4-israel-imports-from-kazakhstan",
      "cow-v4-kazakhstan-imports-from-israel",
      "cow-v3-israel-imports-from-kazakhstan",
      "cow-v3-kazakhstan-imports-from-israel",
      "wits-kazakhstan-imports-from-israel",
    ]);
  });

  it("finds a table by its id, and nothing for an unknown id", () => {
    expect(getTable("cow-v3-dyadr")).toMatchObject({ id: "cow-v3-dyadr", release: "3.0", rounding: "two-decimals" });
    expect(getTable("nber-un-1999-batagelj")?.unit_code).toBe("usd-thousand");
    expect(getTable("no-such-table")).toBeUndefined();
  });

  it("finds a recorded series by its id, and nothing for an unknown id", () => {
    expect(getRecordedSeries("cow-v3-kazakhstan-imports-from-israel")).toMatchObject({ id: "cow-v3-kazakhstan-imports-from-israel", short: "COW v3.0" });
    expect(getRecordedSeries("wits-kazakhstan-imports-from-israel")?.points).toHaveLength(7);
    expect(getRecordedSeries("no-such-series")).toBeUndefined();
  });

  it("names the statistical compilers before the press sources on a recorded-trade image, and nothing on other images", () => {
    expect(statisticsLine("recorded")).toBe(`Statistics: ${cow}; ${wits}. Press figures: `);
    expect(statisticsLine("bar")).toBe("");
  });
});

describe("the compilers sentence and the recorded-trade caption", () => {
  const series = [
    { compiler: "Correlates of War Project", release: "4.0", reporter: "COW" },
    { compiler: "Correlates of War Project", release: "4.0", reporter: "COW" },
    { compiler: "Correlates of War Project", release: "3.0", reporter: "COW" },
    { compiler: "UN Comtrade", release: "H4", reporter: "Kazakhstan" },
  ];

  it("names each compiler once, with each of its releases once, in the order first met", () => {
    expect(compilersSentence(series)).toBe("Statistics: Correlates of War Project (release 4.0, 3.0); UN Comtrade (release H4).");
  });

  it("says what the chart draws, then the compilers, then the press publishers", () => {
    expect(recordedCaption(series, ["Kazinform", "The Times of Israel"])).toBe(
      "Yearly recorded trade in current US dollars, log scale; each line is one series (one compiler, release, reporter and unit), with gaps and zeros breaking it. " +
        "Statistics: Correlates of War Project (release 4.0, 3.0); UN Comtrade (release H4). Press figures, drawn as separate marks: Kazinform; The Times of Israel.",
    );
  });
});
