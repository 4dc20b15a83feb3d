// loadRecordedData (lib/dataset/tables/load.ts): how the data checker reads
// data/tables/*.yaml, their CSV copies and data/recorded-series.yaml, and the
// exact problem it reports for each way a folder can be wrong. Each test
// writes a small dataset folder under the system temp directory.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadRecordedData } from "@/lib/dataset/tables/load";

const root = mkdtempSync(path.join(os.tmpdir(), "recorded-tables-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let count = 0;
/** A dataset folder holding exactly these files (paths relative to the folder). */
function folder(files: Record<string, string>): string {
  const dir = path.join(root, `d${count++}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
/** Problems name files relative to the working directory, as `npm run check:data` prints them. */
const shown = (dir: string, name: string) => path.relative(process.cwd(), path.join(dir, name));
const sha = (text: string) => createHash("sha256").update(text).digest("hex");

const csv = "Reporter,Year,Value\nKAZ,2015,28.521\nKAZ,2016,1.5\n";
function tableYaml(id: string, overrides: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    id,
    file: `${id}.csv`,
    sha256: sha(csv),
    title: `Table ${id}`,
    title_kind: "description",
    compiler: "UN Comtrade",
    release: "H4",
    unit: "usd-thousand",
    unit_code: "usd-thousand",
    currency_basis: "current US dollars",
    rounding: "whole",
    reporter: "Kazakhstan",
    year_column: "Year",
    ...overrides,
  };
  const copy = [
    "copy:",
    "  description: A copy.",
    "  repository: owner/repo",
    "  path: data/x.rds",
    `  commit: ${fields.commit ?? "37c62565db57a638628271f90851fcb5fa91ed64"}`,
    "  blob: 6a55c666d4eb439f64e9d07b7883d0d24443c778",
  ];
  delete fields.commit;
  return [...Object.entries(fields).map(([k, v]) => `${k}: '${v}'`), ...copy].join("\n") + "\n";
}

describe("reading a table", () => {
  it("returns a valid table with its header, its rows as text, its CSV path and its size", () => {
    const dir = folder({ "tables/wits.yaml": tableYaml("wits"), "tables/wits.csv": csv });
    const { data, problems } = loadRecordedData(dir);
    expect(problems).toEqual([]);
    expect(data.tables).toHaveLength(1);
    const table = data.tables[0]!;
    expect(table.id).toBe("wits");
    expect(table.header).toEqual(["Reporter", "Year", "Value"]);
    expect(table.rows).toEqual([
      ["KAZ", "2015", "28.521"],
      ["KAZ", "2016", "1.5"],
    ]);
    expect(table.csvFile).toBe(shown(dir, "tables/wits.csv"));
    expect(table.bytes).toBe(Buffer.byteLength(csv));
  });

  it("reads only the .yaml files of the folder, in name order", () => {
    const ids = ["e", "b", "d", "a", "c", "f"];
    const dir = folder({
      ...Object.fromEntries(ids.flatMap((id) => [[`tables/${id}.yaml`, tableYaml(id)], [`tables/${id}.csv`, csv]])),
      "tables/notes.txt": "not: a table\n",
    });
    const { data, problems } = loadRecordedData(dir);
    expect(problems).toEqual([]);
    expect(data.tables.map((t) => t.id)).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("has no tables and no problem when the folder has no tables/ or recorded-series.yaml", () => {
    const dir = folder({ "README.txt": "empty\n" });
    expect(loadRecordedData(dir)).toEqual({ data: { tables: [], series: [] }, problems: [], seriesFile: shown(dir, "recorded-series.yaml") });
  });

  it("reports a field that breaks the schema under the table's id, with its dotted path", () => {
    const dir = folder({ "tables/t.yaml": tableYaml("t", { title: " ", commit: "abc" }), "tables/t.csv": csv });
    const { data, problems } = loadRecordedData(dir);
    expect(data.tables).toEqual([]);
    const file = shown(dir, "tables/t.yaml");
    expect(problems).toEqual([
      { file, id: "t", field: "title", reason: "must not be empty" },
      { file, id: "t", field: "copy.commit", reason: "must be a 40-digit git hash" },
    ]);
  });

  it("names a table without a text id (no id)", () => {
    const dir = folder({ "tables/t.yaml": tableYaml("t").replace("id: 't'", "id: 7"), "tables/t.csv": csv });
    const { problems } = loadRecordedData(dir);
    expect(problems.map((p) => [p.id, p.field])).toEqual([["(no id)", "id"]]);
  });

  it("reports YAML it cannot parse by its first line, then the missing table as a whole", () => {
    const dir = folder({ "tables/t.yaml": "id: [unclosed\n" });
    const { data, problems } = loadRecordedData(dir);
    expect(data.tables).toEqual([]);
    const file = shown(dir, "tables/t.yaml");
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file, id: "-", field: "-" });
    // The parser's first line, which says where: "... at line 2, column 1:".
    expect(problems[0]!.reason).toMatch(/^cannot read YAML: \S.* at line \d+, column \d+:$/);
    // Nothing parsed, so the schema refuses the whole document: no path, no id.
    expect(problems[1]).toMatchObject({ file, id: "(no id)", field: "-" });
  });

  it("requires the id to equal the file name, and still reads the table", () => {
    const dir = folder({ "tables/wits.yaml": tableYaml("other", { file: "wits.csv" }), "tables/wits.csv": csv });
    const { data, problems } = loadRecordedData(dir);
    expect(problems).toEqual([{ file: shown(dir, "tables/wits.yaml"), id: "other", field: "id", reason: 'must equal the file name "wits"' }]);
    expect(data.tables.map((t) => t.id)).toEqual(["other"]);
  });

  it("reports a missing CSV copy and leaves the table out", () => {
    const dir = folder({ "tables/t.yaml": tableYaml("t") });
    const { data, problems } = loadRecordedData(dir);
    expect(problems).toEqual([{ file: shown(dir, "tables/t.yaml"), id: "t", field: "file", reason: `stored table ${shown(dir, "tables/t.csv")} is missing` }]);
    expect(data.tables).toEqual([]);
  });

  it("reports a CSV copy whose SHA-256 is not the recorded one, giving the hash it has", () => {
    const changed = csv.replace("28.521", "28.522");
    const dir = folder({ "tables/t.yaml": tableYaml("t"), "tables/t.csv": changed });
    const { data, problems } = loadRecordedData(dir);
    expect(problems).toEqual([{ file: shown(dir, "tables/t.yaml"), id: "t", field: "sha256", reason: `t.csv has SHA-256 ${sha(changed)}: the stored copy changed` }]);
    expect(data.tables[0]!.rows[0]).toEqual(["KAZ", "2015", "28.522"]);
  });

  it("accepts a source text that is the table byte for byte", () => {
    const dir = folder({ "tables/t.yaml": tableYaml("t"), "tables/t.csv": csv, "sources/t.txt": csv });
    expect(loadRecordedData(dir).problems).toEqual([]);
  });

  it("reports a year column the CSV does not have", () => {
    const dir = folder({ "tables/t.yaml": tableYaml("t", { year_column: "Period" }), "tables/t.csv": csv });
    const { problems } = loadRecordedData(dir);
    expect(problems).toEqual([{ file: shown(dir, "tables/t.yaml"), id: "t", field: "year_column", reason: 'no column "Period" in t.csv' }]);
  });
});

const series = (id: string) =>
  [
    `- id: ${id}`,
    "  measure: Kazakhstan's imports from Israel",
    "  flow: kazakhstan-imports-from-israel",
    "  compiler: UN Comtrade",
    "  release: H4",
    "  reporter: Kazakhstan",
    "  unit: usd-thousand",
    "  table: t",
    "  column: Value",
    "  points:",
    "  - {year: 2015, row: 1, value: '28.521'}",
    "  - {year: 2016, row: 2, value: '1.5'}",
  ].join("\n") + "\n";

describe("reading recorded-series.yaml", () => {
  it("returns each valid series, with no where and no gaps by default, and names the file", () => {
    const dir = folder({ "recorded-series.yaml": series("s1") + series("s2") });
    const { data, problems, seriesFile } = loadRecordedData(dir);
    expect(problems).toEqual([]);
    expect(seriesFile).toBe(shown(dir, "recorded-series.yaml"));
    expect(data.series.map((s) => [s.id, s.where, s.gaps, s.points.length])).toEqual([
      ["s1", {}, [], 2],
      ["s2", {}, [], 2],
    ]);
  });

  it("reads an empty file as no series", () => {
    const dir = folder({ "recorded-series.yaml": "# nothing yet\n" });
    expect(loadRecordedData(dir)).toMatchObject({ data: { series: [] }, problems: [] });
  });

  it("reports unreadable YAML once, with no further complaint about its shape", () => {
    const dir = folder({ "recorded-series.yaml": "- id: [unclosed\n" });
    const { data, problems } = loadRecordedData(dir);
    expect(data.series).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: shown(dir, "recorded-series.yaml"), id: "-", field: "-" });
    expect(problems[0]!.reason).toMatch(/^cannot read YAML: /);
  });

  it("requires a list", () => {
    const dir = folder({ "recorded-series.yaml": "id: s1\n" });
    const { data, problems } = loadRecordedData(dir);
    expect(data.series).toEqual([]);
    expect(problems).toEqual([{ file: shown(dir, "recorded-series.yaml"), id: "-", field: "-", reason: "must be a YAML list of series" }]);
  });

  it("keeps the valid series and reports each invalid one under its id, or (no id)", () => {
    const file = (dir: string) => shown(dir, "recorded-series.yaml");
    const broken = series("s2").replace("  column: Value\n", "  column: ' '\n");
    const dir = folder({ "recorded-series.yaml": series("s1") + broken + "- ~\n" });
    const { data, problems } = loadRecordedData(dir);
    expect(data.series.map((s) => s.id)).toEqual(["s1"]);
    expect(problems[0]).toEqual({ file: file(dir), id: "s2", field: "column", reason: "must not be empty" });
    expect(problems.slice(1).map((p) => [p.file, p.id, p.field])).toEqual([[file(dir), "(no id)", "-"]]);
  });
});
