// Which columns each CSV download has, without the data package around them,
// so a page listing the downloads needs neither hashing nor the dataset.
import { tableFiles, type DownloadFile, type TableFile } from "@/lib/open-data/downloads";
import { evidenceColumns, factColumns, sourceColumns, type Column } from "@/lib/open-data/tables";
import { seriesColumns, tableRowColumns } from "@/lib/recorded-trade/open-data";

export const tableColumns: Record<TableFile, Column<never>[]> = {
  "facts.csv": factColumns,
  "sources.csv": sourceColumns,
  "evidence.csv": evidenceColumns,
  "series.csv": seriesColumns as Column<never>[],
  "table-rows.csv": tableRowColumns as Column<never>[],
};

/** A CSV download's column names in order; null for a file that is not a table. */
export function tableColumnNames(file: DownloadFile): string[] | null {
  const table = tableFiles.find((name) => name === file);
  return table ? tableColumns[table].map((column) => column.name) : null;
}
