// How recorded values read on the site (lib/recorded-trade/display.ts): the
// label and qualifier of each stored row, by its table's rounding and unit.
// Expected values come from the rows in data/recorded-series.yaml and
// data/tables/ (see the shared trade-series README for what each table is).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateRecordedData } from "@/lib/dataset/tables/check";
import type { LoadedTable, RecordedData } from "@/lib/dataset/tables/load";
import type { RecordedSeries } from "@/lib/dataset/tables/schema";
import { pointSentence, recordedSeriesViews, usdLabel } from "@/lib/recorded-trade/display";

// Read once; the views are built inside each test, so mutation testing credits the code under test.
const stored = validateRecordedData(path.join(__dirname, "..", "data")).data;
const fixture = validateRecordedData(path.join(__dirname, "fixtures", "recorded-trade", "valid")).data;

const seriesOf = (id: string) => {
  const found = recordedSeriesViews(stored).find((s) => s.id === id);
  if (!found) throw new Error(`no series ${id} in data/`);
  return found;
};
const pointOf = (id: string, year: number) => {
  const found = seriesOf(id).points.find((p) => p.year === year);
  if (!found) throw new Error(`no ${year} in ${id}`);
  return found;
};
const fixtureTable = (id: string): LoadedTable => fixture.tables.find((t) => t.id === id)!;
const fixtureSeries = (id: string): RecordedSeries => fixture.series.find((s) => s.id === id)!;

describe("usdLabel", () => {
  it("prints a billion or more in billions, to at most two decimals", () => {
    expect(usdLabel(1e9)).toBe("$1bn");
    expect(usdLabel(1.4e9)).toBe("$1.4bn");
    expect(usdLabel(2.346e9)).toBe("$2.35bn");
  });

  it("prints $100m or more in whole millions, keeping a number's own trailing zeros", () => {
    expect(usdLabel(1.2e8)).toBe("$120m");
    expect(usdLabel(999.4e6)).toBe("$999m");
  });

  it("prints $1m to $100m to two decimals of a million, dropping zeros after the point", () => {
    expect(usdLabel(1e6)).toBe("$1m");
    expect(usdLabel(38.28e6)).toBe("$38.28m");
    expect(usdLabel(15.1e6)).toBe("$15.1m");
  });

  it("prints under $1m to three decimals of a million", () => {
    expect(usdLabel(0.2e6)).toBe("$0.2m");
    expect(usdLabel(460_273)).toBe("$0.46m");
    expect(usdLabel(28_521)).toBe("$0.029m");
  });
});

describe("COW v4.0 (peacesciencer copy, whole millions)", () => {
  it("shows a recorded 0 as under $0.5m and says it is not no trade", () => {
    // Israel's imports from Kazakhstan, 1992: row 1, flow1 = 0.
    expect(pointOf("cow-v4-israel-imports-from-kazakhstan", 1992)).toMatchObject({
      value: "0",
      dollars: 0,
      label: "under $0.5m",
      qualifier: "recorded as 0 in a copy rounded to whole millions: under $0.5m, not no trade",
      tableId: "cow-v4-peacesciencer",
      rows: [1],
      derived: null,
    });
  });

  it("shows a whole number of millions with its ±$0.5m rounding", () => {
    // 2014: flow1 = 4; Kazakhstan's imports from Israel 2008: flow2 = 205.
    expect(pointOf("cow-v4-israel-imports-from-kazakhstan", 2014)).toMatchObject({ value: "4", dollars: 4e6, label: "$4m", qualifier: "rounded to whole millions (±$0.5m)", rows: [23] });
    expect(pointOf("cow-v4-kazakhstan-imports-from-israel", 2008)).toMatchObject({ value: "205", dollars: 205e6, label: "$205m" });
  });

  it("is named COW v4.0, with its table, column and rounding", () => {
    expect(seriesOf("cow-v4-kazakhstan-imports-from-israel")).toMatchObject({
      short: "COW v4.0",
      tableId: "cow-v4-peacesciencer",
      column: "flow2",
      rounding: "whole",
      unit: "usd-million",
      flow: "kazakhstan-imports-from-israel",
    });
  });
});

describe("COW v3.0 (dyadr copy, two decimals of a million)", () => {
  it("shows a recorded 0 as under $0.005m", () => {
    expect(pointOf("cow-v3-israel-imports-from-kazakhstan", 1992)).toMatchObject({
      label: "under $0.005m",
      qualifier: "recorded as 0 to two decimals of a million: under $0.005m",
      dollars: 0,
    });
  });

  it("shows other values as recorded, to two decimals", () => {
    expect(pointOf("cow-v3-israel-imports-from-kazakhstan", 1994)).toMatchObject({ value: "0.2", label: "$0.2m", qualifier: "as recorded, to two decimals of a million" });
    expect(pointOf("cow-v3-kazakhstan-imports-from-israel", 1992)).toMatchObject({ value: "2.97", label: "$2.97m" });
    // Over $100m too the label keeps both recorded decimals, as its qualifier says.
    expect(pointOf("cow-v3-kazakhstan-imports-from-israel", 2008)).toMatchObject({ value: "173.91", label: "$173.91m" });
    expect(pointOf("cow-v3-kazakhstan-imports-from-israel", 2007)).toMatchObject({ value: "109.12", label: "$109.12m" });
  });

  it("is named COW v3.0", () => {
    expect(seriesOf("cow-v3-kazakhstan-imports-from-israel")).toMatchObject({ short: "COW v3.0", rounding: "two-decimals" });
  });

  it("writes a value in one sentence with its year, unit, reporter and compiler", () => {
    const series = seriesOf("cow-v3-kazakhstan-imports-from-israel");
    expect(pointSentence(series, pointOf("cow-v3-kazakhstan-imports-from-israel", 2008))).toBe(
      "Kazakhstan's imports from Israel, 2008: $173.91m (173.91 million current US dollars; as recorded, to two decimals of a million). " +
        "Reporter: COW compilation (source code 2 on every row; its meaning was not checked). Compiler: Correlates of War Project, release 3.0.",
    );
  });
});

describe("UN Comtrade via WITS (thousands, sums of HS sections)", () => {
  it("converts a sum in thousands to dollars and labels it in millions", () => {
    // 2015: 86,880.919 thousand = $86,880,919; 2023: 102,446.572 thousand = $102.4m, whole millions from $100m.
    expect(pointOf("wits-kazakhstan-imports-from-israel", 2015)).toMatchObject({ value: "86880.919", unit: "usd-thousand", dollars: 86_880_919, label: "$86.88m" });
    expect(pointOf("wits-kazakhstan-imports-from-israel", 2023)).toMatchObject({ label: "$102m" });
  });

  it("says what a derived value sums instead of a rounding, and lists its rows", () => {
    expect(pointOf("wits-kazakhstan-imports-from-israel", 2016)).toMatchObject({
      qualifier: "derived: sum of the 16 HS-section rows for 2016; the table has no total row",
      derived: "sum of the 16 HS-section rows for 2016; the table has no total row",
      rows: [16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31],
    });
  });

  it("is named UN Comtrade (WITS), and keeps its gap years", () => {
    const wits = seriesOf("wits-kazakhstan-imports-from-israel");
    expect(wits.short).toBe("UN Comtrade (WITS)");
    expect(wits.gaps.map((g) => g.years)).toEqual([[2020, 2021, 2022]]);
    expect(wits.points.map((p) => p.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2023, 2024]);
  });
});

describe("recordedSeriesViews on hand-made series", () => {
  const asStored = { ...fixtureTable("wits"), rounding: "as-stored" as const };
  const rowSeries: RecordedSeries = {
    ...fixtureSeries("wits-imports"),
    points: [
      { year: 2016, row: 4, value: "2" },
      { year: 2015, row: 1, value: "0" },
    ],
  };

  it("shows an as-stored single row as recorded, and its 0 as $0m, not as under anything", () => {
    const [view] = recordedSeriesViews({ tables: [asStored], series: [rowSeries] });
    expect(view!.points.map((p) => [p.year, p.label, p.qualifier])).toEqual([
      [2015, "$0m", "as recorded"],
      [2016, "$0.002m", "as recorded"],
    ]);
  });

  it("sorts points by year whatever order the file gives them", () => {
    const [view] = recordedSeriesViews({ tables: [asStored], series: [rowSeries] });
    expect(view!.points.map((p) => p.year)).toEqual([2015, 2016]);
  });

  it("shows a 0 in a whole-thousand copy as under $500", () => {
    const [view] = recordedSeriesViews({ tables: [fixtureTable("wits")], series: [rowSeries] });
    expect(view!.points[0]).toMatchObject({ label: "under $500", qualifier: "recorded as 0 in a copy rounded to whole thousands: under $500, not no trade" });
  });

  it("reads a point stored in another table from that table, with that table's rounding", () => {
    const twoDecimals = { ...fixtureTable("cow3"), rounding: "two-decimals" as const };
    const series: RecordedSeries = { ...fixtureSeries("cow4-imports"), points: [{ year: 2001, row: 1, value: "0" }, { year: 2002, table: "cow3", row: 1, value: "0" }] };
    const data: RecordedData = { tables: [fixtureTable("cow4"), twoDecimals], series: [series] };
    const [view] = recordedSeriesViews(data);
    expect(view!.tableId).toBe("cow4");
    expect(view!.points.map((p) => [p.tableId, p.label])).toEqual([
      ["cow4", "under $0.5m"],
      ["cow3", "under $0.005m"],
    ]);
  });

  it("names a compiler other than COW or UN Comtrade by its own name", () => {
    const series: RecordedSeries = { ...fixtureSeries("cow4-imports"), compiler: "CEPII (BACI)" };
    expect(recordedSeriesViews({ tables: [fixtureTable("cow4")], series: [series] })[0]!.short).toBe("CEPII (BACI)");
  });

  it("refuses a series whose table is missing, naming both", () => {
    expect(() => recordedSeriesViews({ tables: [], series: [fixtureSeries("cow4-imports")] })).toThrow("recorded series cow4-imports: unknown table cow4");
  });
});
