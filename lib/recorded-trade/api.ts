// GET /api/v1/series: every recorded series with its points, each point with
// its year, value as stored, unit, reporter and compiler (on the series) and
// the table row it comes from. The zod schema doubles as the OpenAPI schema.
import { z } from "zod";
import { slug } from "@/lib/dataset/schema";
import type { RecordedSeriesView } from "@/lib/recorded-trade/display";
import { routes } from "@/lib/routes";
import { flows, tableUnits } from "@/lib/dataset/tables/schema";

export const seriesPointSchema = z.strictObject({
  year: z.number().int(),
  value: z.string().describe("The value exactly as its table row stores it (for a derived point, the exact sum of its rows)."),
  unit: z.enum(tableUnits),
  label: z.string(),
  qualifier: z.string().describe("What the value's rounding or derivation means."),
  derived: z.string().nullable().describe("What a derived value sums; null when the value is one row's."),
  table: slug,
  rows: z.array(z.number().int().min(1)).describe("The table's data rows (from 1) the value comes from."),
  row_url: z.string().describe("The table page with the (first) row highlighted."),
});

export const recordedSeriesApiSchema = z.strictObject({
  id: slug,
  measure: z.string(),
  flow: z.enum(flows),
  compiler: z.string(),
  release: z.string(),
  reporter: z.string(),
  unit: z.enum(tableUnits),
  table: slug,
  points: z.array(seriesPointSchema),
  gaps: z.array(z.strictObject({ years: z.array(z.number().int()), reason: z.string() })),
});

export const seriesListSchema = z.strictObject({
  version: z.string(),
  total: z.number().int().min(0),
  data: z.array(recordedSeriesApiSchema),
});
export type SeriesList = z.infer<typeof seriesListSchema>;

export function seriesList(version: string, series: RecordedSeriesView[]): SeriesList {
  return {
    version,
    total: series.length,
    data: series.map((s) => ({
      id: s.id,
      measure: s.measure,
      flow: s.flow,
      compiler: s.compiler,
      release: s.release,
      reporter: s.reporter,
      unit: s.unit,
      table: s.tableId,
      points: s.points.map((p) => ({
        year: p.year,
        value: p.value,
        unit: p.unit,
        label: p.label,
        qualifier: p.qualifier,
        derived: p.derived,
        table: p.tableId,
        rows: p.rows,
        row_url: routes.table(p.tableId, p.rows[0]),
      })),
      gaps: s.gaps,
    })),
  };
}
