// The recorded series in the data package: series.csv, one line per recorded
// value, with a foreign key (table, row) into table-rows.csv, which holds every
// row of every stored statistical table verbatim. A derived value (a sum of
// rows) has no single row: its rows are listed in derived_rows instead.
import type { Column } from "@/lib/open-data/tables";
import { flowLabels, type RecordedPointView, type RecordedSeriesView } from "@/lib/recorded-trade/display";
import type { LoadedTable } from "@/lib/dataset/tables/load";
import { flows, tableUnits } from "@/lib/dataset/tables/schema";

const required = { required: true } as const;
const slugPattern = "[a-z0-9]+(-[a-z0-9]+)*";

/** One line per value and row: a derived value has one line per row it sums, each carrying that row's own value. */
export type SeriesRow = { series: RecordedSeriesView; point: RecordedPointView; row: number; rowValue: string | null };

export function seriesRows(series: RecordedSeriesView[], rowValue: (table: string, row: number, column: string) => string | null): SeriesRow[] {
  return series.flatMap((s) =>
    s.points.flatMap((point) => point.rows.map((row) => ({ series: s, point, row, rowValue: point.derived ? rowValue(point.tableId, row, s.column) : null }))),
  );
}

export const seriesColumns: Column<SeriesRow>[] = [
  { name: "series_id", type: "string", description: "The recorded series (one measure, compiler, release, reporter and unit)", constraints: { ...required, pattern: slugPattern }, value: (r) => r.series.id },
  { name: "year", type: "integer", description: "The calendar year the value describes", constraints: required, value: (r) => r.point.year },
  { name: "flow", type: "string", description: "Which direction: israel-imports-from-kazakhstan or kazakhstan-imports-from-israel", constraints: { ...required, enum: flows }, value: (r) => r.series.flow },
  { name: "measure", type: "string", description: "What the value measures", constraints: required, value: (r) => `${r.series.measure} (${flowLabels[r.series.flow]})` },
  { name: "value", type: "string", description: "The value exactly as its table row stores it (a derived value: the exact sum of derived_rows); text, so no digit is lost", constraints: required, value: (r) => r.point.value },
  { name: "unit", type: "string", description: "Unit of value: usd-thousand, usd-million or usd-billion (current US dollars)", constraints: { ...required, enum: tableUnits }, value: (r) => r.point.unit },
  { name: "qualifier", type: "string", description: "What the value's rounding or derivation means (in a whole-million copy, 0 means under $0.5m)", constraints: required, value: (r) => r.point.qualifier },
  { name: "reporter", type: "string", description: "Who reported the value", constraints: required, value: (r) => r.series.reporter },
  { name: "compiler", type: "string", description: "Who compiled the table", constraints: required, value: (r) => r.series.compiler },
  { name: "release", type: "string", description: "The compiler's release or version", constraints: required, value: (r) => r.series.release },
  { name: "table", type: "string", description: "The table the value comes from (table-rows.table; its page is /tables/{table})", constraints: { ...required, pattern: slugPattern }, value: (r) => r.point.tableId },
  { name: "column", type: "string", description: "The table's column holding the value", constraints: required, value: (r) => r.series.column },
  { name: "row", type: "integer", description: "The table's data row (from 1) the value comes from (table-rows.row); a derived value has one line per row it sums", constraints: { ...required, minimum: 1 }, value: (r) => r.row },
  { name: "derived", type: "string", description: "What a derived value sums; empty when the value is one row's", value: (r) => r.point.derived },
  { name: "row_value", type: "string", description: "For a derived value, this row's own stored value (the part it adds to value); empty otherwise", value: (r) => r.rowValue },
];

export type TableRow = { table: LoadedTable; row: number; cells: string[] };

export function tableRows(tables: LoadedTable[]): TableRow[] {
  return tables.flatMap((table) => table.rows.map((cells, i) => ({ table, row: i + 1, cells })));
}

export const tableRowColumns: Column<TableRow>[] = [
  { name: "table", type: "string", description: "The statistical table (its page is /tables/{table})", constraints: { ...required, pattern: slugPattern }, value: (r) => r.table.id },
  { name: "row", type: "integer", description: "Data row number in the stored file, from 1 (the header is not counted)", constraints: { ...required, minimum: 1 }, value: (r) => r.row },
  { name: "year", type: "integer", description: "The row's year, from the table's year column", value: (r) => { const y = r.cells[r.table.header.indexOf(r.table.year_column)]; return y ? Number(y) : null; } },
  { name: "cells", type: "string", description: "The row's cells as stored, as a JSON object keyed by the table's own column names", constraints: required, value: (r) => JSON.stringify(Object.fromEntries(r.table.header.map((h, i) => [h, r.cells[i] ?? ""]))) },
  { name: "compiler", type: "string", description: "Who compiled the table", constraints: required, value: (r) => r.table.compiler },
  { name: "release", type: "string", description: "The compiler's release or version", constraints: required, value: (r) => r.table.release },
  { name: "unit", type: "string", description: "The unit of the table's values", constraints: required, value: (r) => r.table.unit },
];
