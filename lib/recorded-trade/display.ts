// Stored shape → display shape for recorded series: every point carries its
// year, value as stored, unit, reporter, compiler, release and the row (or
// rows) it comes from, and a label whose qualifier carries the row's rounding.
// Pure: the panel, its table, the API and the CSV all read these.
import type { LoadedTable, RecordedData } from "@/lib/dataset/tables/load";
import { unitDollars, type Flow, type RecordedSeries, type StatTable, type TableUnit } from "@/lib/dataset/tables/schema";

export const flowLabels: Record<Flow, string> = {
  "israel-imports-from-kazakhstan": "Israel's imports from Kazakhstan",
  "kazakhstan-imports-from-israel": "Kazakhstan's imports from Israel",
};

export const unitLabels: Record<TableUnit, string> = {
  "usd-thousand": "thousand current US dollars",
  "usd-million": "million current US dollars",
  "usd-billion": "billion current US dollars",
};

export type RecordedPointView = {
  seriesId: string;
  year: number;
  /** The value exactly as its row stores it (or the exact sum, for a derived point). */
  value: string;
  unit: TableUnit;
  /** In US dollars; 0 when the row records 0. */
  dollars: number;
  /** "$4m", "under $0.5m", "$86.88m": what the chart and table print. */
  label: string;
  /** What the value's rounding or derivation means, in words. */
  qualifier: string;
  tableId: string;
  rows: number[];
  derived: string | null;
};

export type RecordedSeriesView = {
  id: string;
  measure: string;
  flow: Flow;
  compiler: string;
  release: string;
  reporter: string;
  unit: TableUnit;
  /** "COW v4.0": short name for legends. */
  short: string;
  tableId: string;
  /** The table column the values come from. */
  column: string;
  rounding: StatTable["rounding"];
  points: RecordedPointView[];
  gaps: { years: number[]; reason: string }[];
};

/** $ amounts as the chart prints them: "$0.2m", "$3.4m", "$86.88m", "$1.4bn". */
export function usdLabel(dollars: number): string {
  if (dollars >= 1e9) return `$${trim((dollars / 1e9).toFixed(2))}bn`;
  if (dollars >= 1e6) return `$${trim((dollars / 1e6).toFixed(dollars >= 1e8 ? 0 : 2))}m`;
  return `$${trim((dollars / 1e6).toFixed(3))}m`;
}
const trim = (text: string) => (text.includes(".") ? text.replace(/\.?0+$/, "") : text);

const halfUnit: Record<TableUnit, string> = { "usd-thousand": "$500", "usd-million": "$0.5m", "usd-billion": "$0.5bn" };

function pointLabel(value: string, unit: TableUnit, table: Pick<StatTable, "rounding">): { label: string; qualifier: string; dollars: number } {
  const dollars = Number(value) * unitDollars[unit];
  if (table.rounding === "whole") {
    if (dollars === 0) return { label: `under ${halfUnit[unit]}`, qualifier: `recorded as 0 in a copy rounded to whole ${unitLabels[unit].split(" ")[0]}s: under ${halfUnit[unit]}, not no trade`, dollars };
    return { label: usdLabel(dollars), qualifier: `rounded to whole ${unitLabels[unit].split(" ")[0]}s (±${halfUnit[unit]})`, dollars };
  }
  if (table.rounding === "two-decimals") {
    if (dollars === 0) return { label: "under $0.005m", qualifier: "recorded as 0 to two decimals of a million: under $0.005m", dollars };
    // Every recorded digit, even over $100m: the qualifier beside the label says "to two decimals".
    return { label: `$${trim((dollars / 1e6).toFixed(2))}m`, qualifier: "as recorded, to two decimals of a million", dollars };
  }
  return { label: usdLabel(dollars), qualifier: "as recorded", dollars };
}

function shortName(series: RecordedSeries): string {
  if (series.compiler.startsWith("Correlates of War")) return `COW v${series.release}`;
  if (series.compiler.startsWith("UN Comtrade")) return "UN Comtrade (WITS)";
  return series.compiler;
}

export function recordedSeriesViews(data: RecordedData): RecordedSeriesView[] {
  const tables = new Map<string, LoadedTable>(data.tables.map((t) => [t.id, t]));
  return data.series.map((series) => {
    const table = tables.get(series.table);
    if (!table) throw new Error(`recorded series ${series.id}: unknown table ${series.table}`);
    const points = series.points.map((point): RecordedPointView => {
      const own = tables.get(point.table ?? series.table) ?? table;
      const base = pointLabel(point.value, series.unit, own);
      const derived = "derived" in point ? point.derived : null;
      const rows = "row" in point ? [point.row] : point.derived.sum_of;
      return {
        seriesId: series.id,
        year: point.year,
        value: point.value,
        unit: series.unit,
        dollars: base.dollars,
        label: base.label,
        qualifier: derived ? `derived: ${derived.what}` : base.qualifier,
        tableId: own.id,
        rows,
        derived: derived ? derived.what : null,
      };
    });
    return {
      id: series.id,
      measure: series.measure,
      flow: series.flow,
      compiler: series.compiler,
      release: series.release,
      reporter: series.reporter,
      unit: series.unit,
      short: shortName(series),
      tableId: table.id,
      column: series.column,
      rounding: table.rounding,
      points: [...points].sort((a, b) => a.year - b.year),
      gaps: series.gaps,
    };
  });
}

/** One line of text that carries everything a recorded value needs: year, value, unit, reporter, compiler. */
export function pointSentence(series: RecordedSeriesView, point: RecordedPointView): string {
  return `${series.measure}, ${point.year}: ${point.label} (${point.value} ${unitLabels[point.unit]}; ${point.qualifier}). Reporter: ${series.reporter}. Compiler: ${series.compiler}, release ${series.release}.`;
}
