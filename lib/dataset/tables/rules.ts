// The four series rules of `npm run check:data`: every value traces to its
// row; a derived value recomputes from the rows it sums; one unit per series;
// no series splices two releases. Each has a broken fixture in
// tests/fixtures/recorded-trade/ and a test in tests/recorded-trade-rules.test.ts.
import type { Problem } from "@/lib/dataset/problem";
import { sumDecimals } from "@/lib/dataset/tables/decimal";
import type { LoadedTable, RecordedData } from "@/lib/dataset/tables/load";
import type { RecordedPoint, RecordedSeries } from "@/lib/dataset/tables/schema";

type Context = { file: string; series: RecordedSeries; tables: Map<string, LoadedTable> };

function cell(table: LoadedTable, row: number, column: string): string | undefined {
  const index = table.header.indexOf(column);
  return index < 0 ? undefined : table.rows[row - 1]?.[index];
}

/** Why row `row` of `table` is not a row of this series for `year`, or null when it is. */
function rowMismatch(ctx: Context, table: LoadedTable, row: number, year: number): string | null {
  if (!table.rows[row - 1]) return `${table.id} has no row ${row}`;
  if (cell(table, row, table.year_column) !== String(year)) return `row ${row} of ${table.id} is for ${cell(table, row, table.year_column)}, not ${year}`;
  for (const [column, want] of Object.entries(ctx.series.where)) {
    const got = cell(table, row, column);
    if (got !== want) return `row ${row} of ${table.id} has ${column} = ${got ?? "(no such column)"}, not ${want}`;
  }
  if (table.header.indexOf(ctx.series.column) < 0) return `${table.id} has no column "${ctx.series.column}"`;
  return null;
}

function pointProblems(ctx: Context, point: RecordedPoint, index: number): Problem[] {
  const { file, series, tables } = ctx;
  const at = (field: string, reason: string): Problem => ({ file, id: series.id, field: `points.${index}.${field}`, reason });
  const tableId = point.table ?? series.table;
  const table = tables.get(tableId);
  if (!table) return [at("table", `unknown table "${tableId}"`)];
  const problems: Problem[] = [];
  // One unit per series.
  if (table.unit_code !== series.unit) problems.push(at("table", `${table.id} is in ${table.unit_code}, the series in ${series.unit}: one unit per series`));
  // No splice: every point comes from the series' own compiler and release.
  if (table.release !== series.release || table.compiler !== series.compiler) {
    problems.push(at("table", `${table.id} is ${table.compiler} release ${table.release}, the series ${series.compiler} release ${series.release}: two releases are two series, never spliced`));
  }
  if ("row" in point) {
    const mismatch = rowMismatch(ctx, table, point.row, point.year);
    if (mismatch) return [...problems, at("row", mismatch)];
    const stored = cell(table, point.row, series.column);
    if (stored !== point.value) problems.push(at("value", `${point.value} is not the value stored in row ${point.row} of ${table.id} (${series.column} = ${stored})`));
    return problems;
  }
  const rows = point.derived.sum_of;
  const mismatches = rows.map((row) => rowMismatch(ctx, table, row, point.year)).filter((m): m is string => m !== null);
  if (mismatches.length > 0) return [...problems, ...mismatches.map((m) => at("derived.sum_of", m))];
  if (new Set(rows).size !== rows.length) problems.push(at("derived.sum_of", "a row is summed twice"));
  const sum = sumDecimals(rows.map((row) => cell(table, row, series.column) ?? "0"));
  if (sum !== point.value) problems.push(at("value", `derived value ${point.value} does not recompute: rows ${rows.join(", ")} of ${table.id} sum to ${sum}`));
  return problems;
}

function seriesProblems(file: string, series: RecordedSeries, tables: Map<string, LoadedTable>): Problem[] {
  const ctx = { file, series, tables };
  const problems = series.points.flatMap((point, index) => pointProblems(ctx, point, index));
  const years = new Set<number>();
  series.points.forEach((point, index) => {
    if (years.has(point.year)) problems.push({ file, id: series.id, field: `points.${index}.year`, reason: `two values for ${point.year} in one series` });
    years.add(point.year);
  });
  series.gaps.forEach((gap, index) => {
    const drawn = gap.years.filter((year) => years.has(year));
    if (drawn.length > 0) problems.push({ file, id: series.id, field: `gaps.${index}.years`, reason: `${drawn.join(", ")} is listed as a gap and drawn as a point` });
  });
  return problems;
}

export function recordedDataProblems(data: RecordedData, seriesFile: string): Problem[] {
  const tables = new Map(data.tables.map((t) => [t.id, t]));
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const series of data.series) {
    if (seen.has(series.id)) problems.push({ file: seriesFile, id: series.id, field: "id", reason: "duplicate series id" });
    seen.add(series.id);
    problems.push(...seriesProblems(seriesFile, series, tables));
  }
  return problems;
}
