import { flowLabels, unitLabels, type RecordedSeriesView } from "@/lib/recorded-trade/display";
import { routes } from "@/lib/routes";

/** A recorded series' latest year, carrying its year, value, unit, reporter and compiler, and linking to its row. */
export function RecordedLatest({ series, heading }: { series: RecordedSeriesView; heading: string }) {
  const point = series.points.at(-1);
  if (!point) return null;
  return (
    <div data-recorded-latest={series.id} className="rounded-md border border-rule p-3">
      <p className="text-xs font-semibold uppercase tracking-wide text-muted">{heading}</p>
      <p className="mt-1 text-sm">{flowLabels[series.flow]}, {point.year}</p>
      <p className="text-xl font-bold">{point.label}</p>
      <p className="text-sm text-muted">
        {point.value} {unitLabels[point.unit]} ({point.qualifier}); reported by {series.reporter.split(/[;(]/)[0]!.trim()}; compiled by {series.compiler}, release{" "}
        {series.release}
      </p>
      <p className="mt-2 text-sm">
        <a href={routes.table(point.tableId, point.rows[0])}>Its row in the table</a>
      </p>
    </div>
  );
}
