import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatAll } from "@/lib/citation/format";
import { recordedSeriesViews, pointSentence } from "@/lib/recorded-trade/display";
import { frame, runs, yOf } from "@/lib/recorded-trade/geometry";
import { tableRecord } from "@/lib/recorded-trade/table-citation";
import { validateRecordedData } from "@/lib/dataset/tables/check";

const { data } = validateRecordedData(path.join(__dirname, "fixtures", "recorded-trade", "valid"));
const views = recordedSeriesViews(data);
const cow = views.find((s) => s.id === "cow4-imports")!;
const wits = views.find((s) => s.id === "wits-imports")!;

describe("recorded values as the site shows them", () => {
  it("shows a 0 of a whole-million copy as under $0.5m, never as no trade", () => {
    expect(cow.points[0]).toMatchObject({ year: 2001, value: "0", label: "under $0.5m", dollars: 0 });
    expect(cow.points[0]!.qualifier).toContain("not no trade");
    expect(cow.points[1]).toMatchObject({ label: "$4m", qualifier: "rounded to whole millions (±$0.5m)" });
  });

  it("marks a derived value with what it sums, and converts thousands to dollars", () => {
    expect(wits.points[0]).toMatchObject({ value: "2007", label: "$2.01m", derived: "sum of two sections", rows: [1, 2] });
    expect(wits.points[0]!.qualifier).toBe("derived: sum of two sections");
  });

  it("writes every value with its year, unit, reporter and compiler", () => {
    expect(pointSentence(cow, cow.points[1]!)).toBe(
      "Israel's imports from Kazakhstan, 2002: $4m (4 million current US dollars; rounded to whole millions (±$0.5m)). Reporter: A fixture reporter. Compiler: Correlates of War Project, release 4.0.",
    );
  });
});

describe("the recorded-trade chart's geometry", () => {
  it("breaks a line at a missing year and at a 0, which sits under the axis", () => {
    const pts = [2001, 2002, 2003, 2005, 2006, 2007].map((year, i) => ({ year, dollars: [1, 2, 3, 4, 0, 5][i]! }));
    expect(runs(pts).map((run) => run.map((p) => p.year))).toEqual([[2001, 2002, 2003], [2005], [2007]]);
  });

  it("gives each power of ten the same height, from under $1m to $2.5bn", () => {
    const f = frame("narrow");
    const step = yOf(f, 1e6) - yOf(f, 1e7);
    expect(step).toBeGreaterThan(40);
    expect(yOf(f, 1e8) - yOf(f, 1e9)).toBeCloseTo(step, 6);
    expect(yOf(f, 2.5e9)).toBeGreaterThan(f.top);
    expect(yOf(f, 0)).toBeGreaterThan(f.bottom);
  });
});

describe("a statistical table cited as a dataset", () => {
  const table = data.tables.find((t) => t.id === "cow4")!;
  const record = tableRecord(table, "https://example.org/tables/cow4");
  it("names the compiler, the release and the copy used", () => {
    expect(record).toMatchObject({ type: "dataset", publisher: "Correlates of War Project", version: "4.0", title: "[Fixture table cow4]" });
    const cited = formatAll(record);
    expect(cited.apa).toContain("[Data set]");
    expect(cited.apa).toContain("Correlates of War Project");
    expect(cited.ris).toContain("TY  - DATA");
    expect(cited.bibtex).toContain("owner/repo, data/cow4.rds, commit 37c62565db57a638628271f90851fcb5fa91ed64");
    expect(JSON.parse(cited["csl-json"])[0].note).toContain("Copy used: owner/repo");
  });
});
