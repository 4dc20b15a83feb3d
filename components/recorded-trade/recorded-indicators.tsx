import type { Panel } from "@/lib/dataset/schema";
import { flowLabels, unitLabels, type RecordedSeriesView } from "@/lib/recorded-trade/display";
import { routes } from "@/lib/routes";

/**
 * Key indicators from recorded series: each series' latest year, with its
 * value as stored, unit, reporter and compiler, linking to the row it comes from.
 */
export function RecordedIndicators({ panels, recorded, onPage }: { panels: Panel[]; recorded: RecordedSeriesView[]; onPage: Set<string> }) {
  const items = panels.flatMap((panel) =>
    (panel.recorded_indicators ?? []).flatMap(({ label, series: id }) => {
      const series = recorded.find((s) => s.id === id);
      const point = series?.points.at(-1);
      return series && point ? [{ panel, label, series, point }] : [];
    }),
  );
  if (items.length === 0) return null;
  return (
    <ul aria-label="Latest recorded trade statistics" className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
      {items.map(({ panel, label, series, point }) => (
        <li key={series.id} data-recorded-indicator={series.id} className="flex flex-col rounded-md border border-rule bg-surface px-2.5 py-2">
          <p className="text-xs font-semibold leading-snug">
            <a href={routes.table(point.tableId, point.rows[0])} className="text-ink">
              {label}
            </a>
          </p>
          <p className="mt-0.5 flex flex-wrap items-baseline gap-x-1.5">
            <span className="text-xl font-bold tabular-nums leading-tight">{point.label}</span>
            <span className="text-xs text-muted">in {point.year}</span>
          </p>
          <p className="text-xs text-muted">
            {flowLabels[series.flow]}: {point.value} {unitLabels[point.unit]}, {point.qualifier}; reported by {series.reporter.split(/[;(]/)[0]!.trim()}; {series.compiler}, release {series.release}
          </p>
          <p className="mt-auto pt-1.5 text-xs">
            <a href={onPage.has(panel.id) ? `#${panel.id}` : routes.panel(panel.id)} aria-label={`Panel: ${panel.title}`}>
              Panel
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}
