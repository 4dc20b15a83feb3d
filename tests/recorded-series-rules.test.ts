// The recorded-series rules (lib/dataset/tables/rules.ts, recorded-references.ts)
// on small in-memory tables: each test breaks one rule and asserts the exact
// problem `npm run check:data` prints. (The fixtures on disk are in
// recorded-trade-rules.test.ts.) Also the CSV reader and the exact decimal sums
// the rules rely on.
import { describe, expect, it } from "vitest";
import type { Located } from "@/lib/dataset/raw";
import type { Panel } from "@/lib/dataset/schema";
import { parseCsv } from "@/lib/dataset/tables/csv";
import { isDecimal, sumDecimals } from "@/lib/dataset/tables/decimal";
import type { LoadedTable, RecordedData } from "@/lib/dataset/tables/load";
import { recordedReferenceProblems } from "@/lib/dataset/tables/recorded-references";
import { recordedDataProblems } from "@/lib/dataset/tables/rules";
import type { RecordedPoint, RecordedSeries } from "@/lib/dataset/tables/schema";

const FILE = "data/recorded-series.yaml";

function table(id: string, csv: string, over: Partial<LoadedTable> = {}): LoadedTable {
  const { header, rows } = parseCsv(csv);
  return {
    id,
    file: `${id}.csv`,
    sha256: "0".repeat(64),
    title: id,
    title_kind: "description",
    compiler: "UN Comtrade",
    release: "H4",
    copy: { description: "x", repository: "o/r", path: "p", commit: "0".repeat(40), blob: "0".repeat(40) },
    unit: "US$ thousand",
    unit_code: "usd-thousand",
    currency_basis: "current US dollars",
    rounding: "whole",
    reporter: "Kazakhstan",
    year_column: "Year",
    caveats: [],
    header,
    rows,
    csvFile: `data/tables/${id}.csv`,
    bytes: csv.length,
    ...over,
  };
}

// Rows 1-4: KAZ 2015 (two sections), KAZ 2016, and ISR 2016.
const witsCsv = "Reporter,Section,Year,Value\nKAZ,01-05,2015,28.521\nKAZ,06-15,2015,1978.479\nKAZ,01-05,2016,1.5\nISR,01-05,2016,9\n";
const wits = table("wits", witsCsv);

function series(points: RecordedPoint[], over: Partial<RecordedSeries> = {}): RecordedSeries {
  return {
    id: "s",
    measure: "Kazakhstan's imports from Israel",
    flow: "kazakhstan-imports-from-israel",
    compiler: "UN Comtrade",
    release: "H4",
    reporter: "Kazakhstan",
    unit: "usd-thousand",
    table: "wits",
    column: "Value",
    where: { Reporter: "KAZ" },
    points,
    gaps: [],
    ...over,
  };
}
const p2015 = { year: 2015, derived: { what: "two sections", sum_of: [1, 2] }, value: "2007" };
const p2016 = { year: 2016, row: 3, value: "1.5" };

const problems = (s: RecordedSeries[], tables: LoadedTable[] = [wits]) => recordedDataProblems({ tables, series: s }, FILE);
const reasons = (s: RecordedSeries, tables?: LoadedTable[]) => problems([s], tables).map((p) => [p.field, p.reason]);

describe("a recorded value traces to its row", () => {
  it("a series whose values are its rows' values, and whose derived value recomputes, has no problem", () => {
    expect(problems([series([p2015, p2016])])).toEqual([]);
  });

  it("refuses a point on a table that is not stored", () => {
    expect(problems([series([p2016, { year: 2017, table: "comtrade", row: 1, value: "1" }])])).toEqual([
      { file: FILE, id: "s", field: "points.1.table", reason: 'unknown table "comtrade"' },
    ]);
  });

  it("refuses a row past the end of the table", () => {
    expect(reasons(series([p2016, { year: 2017, row: 9, value: "1" }]))).toEqual([["points.1.row", "wits has no row 9"]]);
  });

  it("refuses a row for another year, naming the year it is for", () => {
    expect(reasons(series([p2015, { year: 2017, row: 3, value: "1.5" }]))).toEqual([["points.1.row", "row 3 of wits is for 2016, not 2017"]]);
  });

  it("refuses a row that does not hold the series' fixed cells", () => {
    expect(reasons(series([p2015, { year: 2016, row: 4, value: "9" }]))).toEqual([["points.1.row", "row 4 of wits has Reporter = ISR, not KAZ"]]);
  });

  it("says when a fixed cell's column does not exist", () => {
    expect(reasons(series([p2015, p2016], { where: { Partner: "ISR" } }))).toEqual([
      ["points.0.derived.sum_of", "row 1 of wits has Partner = (no such column), not ISR"],
      ["points.0.derived.sum_of", "row 2 of wits has Partner = (no such column), not ISR"],
      ["points.1.row", "row 3 of wits has Partner = (no such column), not ISR"],
    ]);
  });

  it("refuses a value column the table does not have", () => {
    expect(reasons(series([p2016, { year: 2015, row: 1, value: "28.521" }], { column: "TradeValue" }))).toEqual([
      ["points.0.row", 'wits has no column "TradeValue"'],
      ["points.1.row", 'wits has no column "TradeValue"'],
    ]);
  });

  it("reads the value from the first column as well as any other", () => {
    const firstColumn = table("t", "Value,Year\n7,2015\n8,2016\n");
    const s = series([{ year: 2015, row: 1, value: "7" }, { year: 2016, row: 2, value: "8" }], { table: "t", where: {} });
    expect(problems([s], [firstColumn])).toEqual([]);
  });

  it("compares the value with the stored text character for character", () => {
    expect(reasons(series([p2015, { year: 2016, row: 3, value: "1.50" }]))).toEqual([["points.1.value", "1.50 is not the value stored in row 3 of wits (Value = 1.5)"]]);
  });

  it("takes a point's own table over the series' table", () => {
    const other = table("wits2", "Reporter,Year,Value\nKAZ,2017,4\n");
    expect(problems([series([p2016, { year: 2017, table: "wits2", row: 1, value: "4" }])], [wits, other])).toEqual([]);
  });
});

describe("a derived value", () => {
  it("reports every summed row that does not belong to the series, and nothing else", () => {
    const point = { year: 2015, derived: { what: "x", sum_of: [1, 3, 4] }, value: "0" };
    expect(reasons(series([point, p2016]))).toEqual([
      ["points.0.derived.sum_of", "row 3 of wits is for 2016, not 2015"],
      ["points.0.derived.sum_of", "row 4 of wits is for 2016, not 2015"],
    ]);
  });

  it("refuses a row summed twice", () => {
    const point = { year: 2015, derived: { what: "x", sum_of: [1, 1] }, value: "57.042" };
    expect(reasons(series([point, p2016]))).toEqual([["points.0.derived.sum_of", "a row is summed twice"]]);
  });

  it("refuses a total that does not recompute, listing its rows and their sum", () => {
    const point = { year: 2015, derived: { what: "x", sum_of: [1, 2] }, value: "2007.0" };
    expect(reasons(series([point, p2016]))).toEqual([["points.0.value", "derived value 2007.0 does not recompute: rows 1, 2 of wits sum to 2007"]]);
  });
});

describe("one unit, one release, one compiler per series", () => {
  it("reports a table in another unit, and still checks the row", () => {
    const k = table("k", "Reporter,Year,Value\nKAZ,2017,5\n", { unit_code: "usd-million" });
    expect(reasons(series([p2016, { year: 2017, table: "k", row: 1, value: "6" }]), [wits, k])).toEqual([
      ["points.1.table", "k is in usd-million, the series in usd-thousand: one unit per series"],
      ["points.1.value", "6 is not the value stored in row 1 of k (Value = 5)"],
    ]);
  });

  it("reports a table of another compiler with the same release name as a splice", () => {
    const other = table("o", "Reporter,Year,Value\nKAZ,2017,5\n", { compiler: "IMF DOTS" });
    expect(reasons(series([p2016, { year: 2017, table: "o", row: 1, value: "5" }]), [wits, other])).toEqual([
      ["points.1.table", "o is IMF DOTS release H4, the series UN Comtrade release H4: two releases are two series, never spliced"],
    ]);
  });

  it("reports the splice before a row mismatch of the same point", () => {
    const other = table("o", "Reporter,Year,Value\nKAZ,2017,5\n", { release: "H5" });
    expect(reasons(series([p2016, { year: 2018, table: "o", row: 1, value: "5" }]), [wits, other])).toEqual([
      ["points.1.table", "o is UN Comtrade release H5, the series UN Comtrade release H4: two releases are two series, never spliced"],
      ["points.1.row", "row 1 of o is for 2017, not 2018"],
    ]);
  });
});

describe("years and ids of series", () => {
  it("refuses two values for one year", () => {
    expect(problems([series([p2016, p2016])])).toEqual([{ file: FILE, id: "s", field: "points.1.year", reason: "two values for 2016 in one series" }]);
  });

  it("refuses a gap year that is also drawn, listing every such year", () => {
    const gaps = [
      { years: [2014], reason: "not in the extract" },
      { years: [2015, 2016, 2013], reason: "withheld" },
    ];
    expect(problems([series([p2015, p2016], { gaps })])).toEqual([{ file: FILE, id: "s", field: "gaps.1.years", reason: "2015, 2016 is listed as a gap and drawn as a point" }]);
  });

  it("refuses a duplicate series id, once per repeat", () => {
    const s = series([p2015, p2016]);
    expect(problems([s, s, series([p2015, p2016], { id: "t" })])).toEqual([{ file: FILE, id: "s", field: "id", reason: "duplicate series id" }]);
  });
});

describe("panels that name recorded series", () => {
  const data: RecordedData = { tables: [wits], series: [series([p2015, p2016], { id: "kaz-imports" })] };
  const panel = (record: Partial<Panel>): Located<Panel> => ({ file: "data/panels/trade.yaml", record: { id: "trade", ...record } as Panel });

  it("accepts known names and pairs without a recorded series", () => {
    const ok = panel({
      pairs: [
        { then: "a", recorded: "kaz-imports", change: "x" },
        { then: "b", change: "y" },
      ],
      recorded_indicators: [{ label: "Imports", series: "kaz-imports" }],
    });
    expect(recordedReferenceProblems([ok], data)).toEqual([]);
  });

  it("reports each unknown name at its place, pairs first", () => {
    const bad = panel({
      pairs: [
        { then: "a", recorded: "kaz-imports", change: "x" },
        { then: "b", recorded: "isr-imports", change: "y" },
      ],
      recorded_indicators: [
        { label: "Imports", series: "kaz-imports" },
        { label: "Exports", series: "kaz-exports" },
      ],
    });
    expect(recordedReferenceProblems([panel({}), bad], data)).toEqual([
      { file: "data/panels/trade.yaml", id: "trade", field: "pairs.1.recorded", reason: 'unknown recorded series "isr-imports"' },
      { file: "data/panels/trade.yaml", id: "trade", field: "recorded_indicators.1.series", reason: 'unknown recorded series "kaz-exports"' },
    ]);
  });
});

describe("parseCsv", () => {
  it("ends records at CRLF, LF or a lone CR, without empty cells from the line ends", () => {
    expect(parseCsv("a,b\r\n1,2\r3,4\n5,6")).toEqual({ header: ["a", "b"], rows: [["1", "2"], ["3", "4"], ["5", "6"]] });
  });

  it("keeps a last record with no line end, even one empty cell after a comma", () => {
    expect(parseCsv("a,b\n1,")).toEqual({ header: ["a", "b"], rows: [["1", ""]] });
    expect(parseCsv("a\n1")).toEqual({ header: ["a"], rows: [["1"]] });
  });

  it("adds no empty record for a final line end, and reads an empty text as no header", () => {
    expect(parseCsv("a\n1\n")).toEqual({ header: ["a"], rows: [["1"]] });
    expect(parseCsv("")).toEqual({ header: [], rows: [] });
  });

  it("reads a blank line as a record of one empty cell", () => {
    expect(parseCsv("a\n\n1\n")).toEqual({ header: ["a"], rows: [[""], ["1"]] });
    expect(parseCsv("a\r\n\r\n1\r\n")).toEqual({ header: ["a"], rows: [[""], ["1"]] });
  });

  it("keeps a line end inside quotes in the cell", () => {
    expect(parseCsv('a,b\n"x\r\ny",2\n')).toEqual({ header: ["a", "b"], rows: [["x\r\ny", "2"]] });
  });
});

describe("decimal text", () => {
  it("is digits with an optional minus and an optional fraction", () => {
    for (const ok of ["0", "28", "-3", "28.521", "-0.75"]) expect(isDecimal(ok), ok).toBe(true);
    for (const bad of ["", "-", "1.", ".5", "1.5.2", "1e3", "+1", "1,5", " 1", "1 ", "x1", "1x", "1.x"]) expect(isDecimal(bad), bad).toBe(false);
  });

  it("sums to zero without a minus sign, and keeps whole numbers whole", () => {
    expect(sumDecimals(["1.5", "-1.5"])).toBe("0");
    expect(sumDecimals(["12", "30"])).toBe("42");
    expect(sumDecimals(["0.05", "0.01"])).toBe("0.06");
  });
});
