// A stored statistical table cited as a dataset (lib/recorded-trade/table-citation.ts),
// and its rows as the data package lists them (lib/recorded-trade/open-data.ts).
// Expected values come from data/tables/*.yaml and the valid fixture's tables.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateRecordedData } from "@/lib/dataset/tables/check";
import type { LoadedTable } from "@/lib/dataset/tables/load";
import { copyNote, tableRecord } from "@/lib/recorded-trade/table-citation";
import { tableRowColumns, tableRows, type TableRow } from "@/lib/recorded-trade/open-data";

const stored = validateRecordedData(path.join(__dirname, "..", "data")).data;
const fixture = validateRecordedData(path.join(__dirname, "fixtures", "recorded-trade", "valid")).data;
const table = (tables: LoadedTable[], id: string) => tables.find((t) => t.id === id)!;

describe("a stored table cited as a dataset", () => {
  it("gives COW v4.0 its authors, year, URL and a camel-case key, and notes the copy with its SHA-256", () => {
    const record = tableRecord(table(stored.tables, "cow-v4-peacesciencer"), "https://example.org/tables/cow-v4-peacesciencer");
    expect(record).toMatchObject({
      id: "table-cow-v4-peacesciencer",
      "citation-key": "cowV4Peacesciencer",
      type: "dataset",
      author: [
        { family: "Barbieri", given: "Katherine" },
        { family: "Keshk", given: "Omar M. G." },
      ],
      publisher: "Correlates of War Project",
      version: "4.0",
      issued: { "date-parts": [[2016]] },
      URL: "https://correlatesofwar.org",
    });
    expect(record.note).toContain(
      "Copy used: svmiller/svmiller.github.io, R/peacesciencer/cow_trade_ddy.rds, commit 37c62565db57a638628271f90851fcb5fa91ed64, " +
        "blob 6a55c666d4eb439f64e9d07b7883d0d24443c778, SHA-256 b904e5dad332013c1ee68188c099902e18417ef906e9545043db30212420aeb7",
    );
    expect(record.note).toContain("Kazakhstan–Israel rows as stored: https://example.org/tables/cow-v4-peacesciencer");
  });

  it("gives no issued date to a table whose release year is not stored", () => {
    const record = tableRecord(table(stored.tables, "cow-v3-dyadr"), "https://example.org/tables/cow-v3-dyadr");
    expect(record.version).toBe("3.0");
    expect(record).not.toHaveProperty("issued");
  });

  it("notes a copy without a SHA-256 by its commit and blob only", () => {
    expect(copyNote(table(fixture.tables, "cow4"))).toBe(
      "Copy used: owner/repo, data/cow4.rds, commit 37c62565db57a638628271f90851fcb5fa91ed64, blob 6a55c666d4eb439f64e9d07b7883d0d24443c778",
    );
  });
});

describe("table rows in the data package", () => {
  const column = (name: string) => tableRowColumns.find((c) => c.name === name)!;

  it("numbers each table's rows from 1 and reads the year from the table's own year column", () => {
    const rows = tableRows([table(fixture.tables, "wits")]);
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4]);
    expect(column("year").value(rows[2]!)).toBe(2016);
  });

  it("stores a row's cells as a JSON object keyed by the table's column names, as stored", () => {
    const [first] = tableRows([table(fixture.tables, "wits")]);
    expect(column("cells").value(first!)).toBe('{"Reporter":"KAZ","Section":"01-05, animal","Year":"2015","Value":"28.521","unit":"thousand"}');
  });

  it("fills the cells a short row lacks with empty text, and gives it no year", () => {
    const short: TableRow = { table: table(fixture.tables, "wits"), row: 1, cells: ["KAZ", "06-15"] };
    expect(column("cells").value(short)).toBe('{"Reporter":"KAZ","Section":"06-15","Year":"","Value":"","unit":""}');
    expect(column("year").value(short)).toBeNull();
  });
});

describe("a table's CSL record, field by field", () => {
  const cow4 = () => table(fixture.tables, "cow4");

  it("brackets a described title, keeps a published one as is, and names the compiler when no author is stored", () => {
    const described = tableRecord(cow4(), "https://example.org/tables/cow4");
    expect(described.title).toBe("[Fixture table cow4]");
    expect(described.author).toEqual([{ literal: "Correlates of War Project" }]);
    expect(tableRecord({ ...cow4(), title_kind: "as-published" }, "https://example.org/tables/cow4").title).toBe("Fixture table cow4");
  });

  it("links to the copy used, at its commit, when the compiler gives no URL", () => {
    expect(tableRecord(cow4(), "https://example.org/tables/cow4").URL).toBe("https://github.com/owner/repo/blob/37c62565db57a638628271f90851fcb5fa91ed64/data/cow4.rds");
  });

  it("notes the compiler, release, unit, reporter (without its closing full stop), copy and the site's page, in that order", () => {
    const record = tableRecord({ ...cow4(), reporter: "COW v4.0 compilation." }, "https://example.org/tables/cow4");
    expect(record.note).toBe(
      "Compiler: Correlates of War Project, release 4.0. Unit: usd-million; reporter: COW v4.0 compilation. " +
        "Copy used: owner/repo, data/cow4.rds, commit 37c62565db57a638628271f90851fcb5fa91ed64, blob 6a55c666d4eb439f64e9d07b7883d0d24443c778. " +
        "Kazakhstan–Israel rows as stored: https://example.org/tables/cow4",
    );
  });
});
