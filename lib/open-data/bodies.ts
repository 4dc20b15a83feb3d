// The text of each download, from the dataset alone.
import type { Dataset } from "@/lib/dataset/load";
import { evidenceCsv, factsCsv, sourcesCsv, toCsv } from "@/lib/open-data/csv";
import { listRecordedSeries, listTables } from "@/lib/recorded-trade/data";
import { seriesColumns, seriesRows, tableRowColumns, tableRows } from "@/lib/recorded-trade/open-data";
import { dataPackage } from "@/lib/open-data/datapackage";
import { datasetDocument } from "@/lib/open-data/dataset-document";
import type { DownloadFile, TableFile } from "@/lib/open-data/downloads";

function storedCell(tableId: string, row: number, column: string): string | null {
  const table = listTables().find((t) => t.id === tableId);
  return table?.rows[row - 1]?.[table.header.indexOf(column)] ?? null;
}

export function tableCsv(dataset: Dataset): Record<TableFile, string> {
  return {
    "facts.csv": factsCsv(dataset),
    "sources.csv": sourcesCsv(dataset),
    "evidence.csv": evidenceCsv(dataset),
    "series.csv": toCsv(seriesColumns, seriesRows(listRecordedSeries(), storedCell)),
    "table-rows.csv": toCsv(tableRowColumns, tableRows(listTables())),
  };
}

export function downloadBody(dataset: Dataset, file: DownloadFile): string {
  switch (file) {
    case "facts.csv":
    case "sources.csv":
    case "evidence.csv":
    case "series.csv":
    case "table-rows.csv":
      return tableCsv(dataset)[file];
    case "datapackage.json":
      return `${JSON.stringify(dataPackage(dataset, tableCsv(dataset)), null, 2)}\n`;
    case "facts.json":
      return `${JSON.stringify(datasetDocument(dataset), null, 2)}\n`;
  }
}

/**
 * Content-Type, the dataset version and, for CSV, a file name to save under
 * that carries the version (a CSV has no other place for it).
 */
export function downloadHeaders(file: string, version: string): Record<string, string> {
  const common = { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=3600", "X-Dataset-Version": version };
  if (file.endsWith(".csv")) {
    return {
      ...common,
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="${file.replace(/\.csv$/, "")}-v${version}.csv"`,
    };
  }
  return { ...common, "Content-Type": "application/json; charset=utf-8" };
}
