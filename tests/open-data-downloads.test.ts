// How each download is served: its headers, the whole-dataset JSON, the list
// of files and the panel CSV names.
import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/dataset/load";
import { parse } from "csv-parse/sync";
import { downloadBody, downloadHeaders } from "@/lib/open-data/bodies";
import { downloadFiles, downloadParams, panelIdFromFile } from "@/lib/open-data/downloads";
import { tableColumnNames } from "@/lib/open-data/table-columns";
import { licenceStatement, quotesStatement } from "@/lib/licence";
import { loadFixture } from "./open-data-fixture";
import { routes } from "@/lib/routes";

// Loaded before each test, not at module level: mutation testing only credits code run inside a test.
let dataset: Dataset;
beforeEach(() => {
  dataset = loadFixture();
});

describe("download headers", () => {
  it("save a CSV under a name that carries the version, as UTF-8 CSV with a header row", () => {
    const headers = downloadHeaders("facts.csv", "1.2.3");
    expect(headers["Content-Type"]).toBe("text/csv; charset=utf-8; header=present");
    expect(headers["Content-Disposition"]).toBe('attachment; filename="facts-v1.2.3.csv"');
    expect(downloadHeaders("oil-share.csv", "1.2.3")["Content-Disposition"]).toBe('attachment; filename="oil-share-v1.2.3.csv"');
  });

  it("serve JSON inline, and every file to any origin with its dataset version", () => {
    const json = downloadHeaders("facts.json", "1.2.3");
    expect(json["Content-Type"]).toBe("application/json; charset=utf-8");
    expect(json["Content-Disposition"]).toBeUndefined();
    for (const file of ["facts.csv", "facts.json"]) {
      const headers = downloadHeaders(file, "1.2.3");
      expect(headers["Access-Control-Allow-Origin"], file).toBe("*");
      expect(headers["X-Dataset-Version"], file).toBe("1.2.3");
      expect(headers["Cache-Control"], file).toMatch(/^public, max-age=\d+$/);
    }
  });
});

describe("facts.json", () => {
  it("holds the whole dataset with its version, the sources' text and the licence terms", () => {
    const text = downloadBody(dataset, "facts.json");
    expect(text.endsWith("}\n")).toBe(true);
    const document = JSON.parse(text);
    expect(document).toMatchObject({ title: "Open-data fixture", version: "2.3.4", published: "2021-02-03", primary_source: "article" });
    expect(document.licence).toMatchObject({ id: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/", terms: `${licenceStatement} ${quotesStatement}` });
    expect(document.facts).toEqual(dataset.facts);
    expect(document.sources.find((s: { id: string }) => s.id === "ministry").text).toContain("без визы до 30 дней");
    expect(document.panels).toEqual(dataset.panels);
  });
});

describe("the list of downloads", () => {
  it("is what /data/[file] builds, each file once, at /data/{file}", () => {
    expect(downloadParams().map((p) => p.file)).toEqual([...downloadFiles]);
    expect(new Set(downloadFiles).size).toBe(downloadFiles.length);
    expect(routes.download("facts.csv")).toBe("/data/facts.csv");
  });

  it("names each CSV's columns as its header row has them, and none for JSON files", () => {
    for (const file of ["facts.csv", "sources.csv", "evidence.csv"] as const) {
      expect(tableColumnNames(file), file).toEqual((parse(downloadBody(dataset, file), { to_line: 1 }) as string[][])[0]);
    }
    expect(tableColumnNames("facts.json")).toBeNull();
    expect(tableColumnNames("datapackage.json")).toBeNull();
  });
});

describe("panel CSV names", () => {
  it("link to /data/panels/{id}.csv, and read the id back from the file name", () => {
    expect(routes.panelCsv("oil-share")).toBe("/data/panels/oil-share.csv");
    expect(panelIdFromFile("oil-share.csv")).toBe("oil-share");
    expect(panelIdFromFile("a.csv")).toBe("a");
    expect(panelIdFromFile("trade-2019-over-time.csv")).toBe("trade-2019-over-time");
  });

  it("read no id from a name that is not a slug plus .csv", () => {
    for (const file of ["oil-share", "oil-share.csv.bak", "x/oil-share.csv", "Oil-Share.csv", "-oil.csv", "oil-.csv", "oil--share.csv", ".csv"]) {
      expect(panelIdFromFile(file), file).toBeNull();
    }
  });
});

describe("series.csv", () => {
  const rowsOf = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

  it("gives each row a derived value sums that row's own value, as table-rows.csv stores it, and the rows add up to the value", () => {
    const series = rowsOf(downloadBody(dataset, "series.csv"));
    const stored = new Map(rowsOf(downloadBody(dataset, "table-rows.csv")).map((r) => [`${r.table}#${r.row}`, JSON.parse(r.cells ?? "") as Record<string, string>]));
    const derived = series.filter((r) => r.derived !== "");
    expect(derived.length).toBeGreaterThan(1);
    for (const line of derived) expect(line.row_value, `${line.series_id} ${line.year} row ${line.row}`).toBe(stored.get(`${line.table}#${line.row}`)?.[line.column ?? ""]);
    const byPoint = new Map<string, Record<string, string>[]>();
    for (const line of derived) byPoint.set(`${line.series_id}#${line.year}`, [...(byPoint.get(`${line.series_id}#${line.year}`) ?? []), line]);
    for (const [point, lines] of byPoint) {
      const sum = lines.reduce((total, line) => total + Number(line.row_value), 0);
      expect(sum, point).toBeCloseTo(Number(lines[0]!.value), 6);
    }
    for (const line of series.filter((r) => r.derived === "")) expect(line.row_value, `${line.series_id} ${line.year}`).toBe("");
  });
});
