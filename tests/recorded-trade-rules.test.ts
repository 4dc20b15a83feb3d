import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateRecordedData } from "@/lib/dataset/tables/check";
import { parseCsv } from "@/lib/dataset/tables/csv";
import { sumDecimals } from "@/lib/dataset/tables/decimal";

const fixture = (name: string) => path.join(__dirname, "fixtures", "recorded-trade", name);
const file = (name: string) => `tests/fixtures/recorded-trade/${name}/recorded-series.yaml`;

describe("the recorded-trade fixtures", () => {
  it("the valid one has no problem, and reads its tables' rows as stored text", () => {
    const { data, problems } = validateRecordedData(fixture("valid"));
    expect(problems).toEqual([]);
    expect(data.series.map((s) => s.id)).toEqual(["cow4-imports", "wits-imports"]);
    expect(data.tables.find((t) => t.id === "wits")?.rows[0]).toEqual(["KAZ", "01-05, animal", "2015", "28.521", "thousand"]);
  });

  // Each broken fixture is the valid one with exactly one fault.
  const cases = [
    ["untraced-value", "cow4-imports", "points.1.value", "5 is not the value stored in row 2 of cow4 (flow1 = 4)"],
    ["derived-does-not-recompute", "wits-imports", "points.1.value", "derived value 3.4 does not recompute: rows 3, 4 of wits sum to 3.5"],
    ["two-units", "cow4-imports", "points.1.table", "cow4k is in usd-thousand, the series in usd-million: one unit per series"],
    [
      "spliced-releases",
      "cow4-imports",
      "points.1.table",
      "cow3 is Correlates of War Project release 3.0, the series Correlates of War Project release 4.0: two releases are two series, never spliced",
    ],
  ] as const;
  it.each(cases)("%s is refused with exactly its one fault", (name, id, field, reason) => {
    const { problems } = validateRecordedData(fixture(`broken/${name}`));
    expect(problems).toEqual([{ file: file(`broken/${name}`), id, field, reason }]);
  });
});

describe("a table quoted as evidence", () => {
  it("must be stored as a source byte for byte", () => {
    const { problems } = validateRecordedData(fixture("broken/source-text-differs"));
    expect(problems).toEqual([
      {
        file: "tests/fixtures/recorded-trade/broken/source-text-differs/sources/cow4.txt",
        id: "cow4",
        field: "text",
        reason: "must be byte for byte the stored table tests/fixtures/recorded-trade/broken/source-text-differs/tables/cow4.csv",
      },
    ]);
  });
});

describe("parseCsv and sumDecimals", () => {
  it("keeps quoted commas and doubled quotes inside one cell", () => {
    expect(parseCsv('a,b\n"x, ""y""",2\n')).toEqual({ header: ["a", "b"], rows: [['x, "y"', "2"]] });
  });
  it("sums decimal text exactly, where floats would not", () => {
    expect(sumDecimals(["0.1", "0.2"])).toBe("0.3");
    expect(sumDecimals(["28.521", "1978.479"])).toBe("2007");
    expect(sumDecimals(["1.5", "-2.25"])).toBe("-0.75");
  });
});
