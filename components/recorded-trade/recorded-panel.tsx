import { markerPath } from "@/components/charts/series-style";
import { ChartFrame } from "@/components/charts/chart-frame";
import { FigureTable } from "@/components/charts/figure-table";
import { DataTable } from "@/components/charts/data-table";
import { pressLook, seriesLook } from "@/components/recorded-trade/series-look";
import type { PressMarks } from "@/lib/recorded-trade/press";
import type { ResolvedPanel } from "@/lib/dataset/select";
import type { ChartDrawings } from "@/lib/charts/layout";
import { publisherNames } from "@/lib/display/publishers";
import { flowLabels, unitLabels, type RecordedSeriesView } from "@/lib/recorded-trade/display";
import { recordedCaption } from "@/lib/recorded-trade/captions";
import { routes } from "@/lib/routes";

function Legend({ series }: { series: RecordedSeriesView[] }) {
  return (
    <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2" aria-label="What each line and marker shows">
      {series.map((s) => {
        const look = seriesLook(s);
        return (
          <li key={s.id} className="flex items-center gap-2" data-legend={s.id}>
            <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" className="shrink-0">
              <line x1="1" x2="33" y1="7" y2="7" stroke={look.color} strokeWidth="2" strokeDasharray={look.dash} />
              <path d={markerPath(look.shape, 17, 7, 4)} fill={look.color} />
            </svg>
            <span>
              {flowLabels[s.flow]}: {s.short}, reported by {s.reporter.split(/[;(]/)[0]!.trim()}
            </span>
          </li>
        );
      })}
      <li className="flex items-center gap-2">
        <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" className="shrink-0">
          <path d={markerPath(pressLook.shape, 17, 7, 5)} fill={pressLook.color} />
        </svg>
        <span>Press figure (labelled; never joined to a series)</span>
      </li>
    </ul>
  );
}

function Gaps({ series }: { series: RecordedSeriesView[] }) {
  const gaps = series.flatMap((s) => s.gaps.map((g) => ({ s, g })));
  if (gaps.length === 0) return null;
  return (
    <ul className="mt-2 text-sm" data-gaps>
      {gaps.map(({ s, g }) => (
        <li key={`${s.id}-${g.years.join()}`}>
          Not drawn, {g.years.join(", ")} ({s.short}, {flowLabels[s.flow]}): {g.reason}
        </li>
      ))}
    </ul>
  );
}

/**
 * Recorded trade statistics, yearly, one line per series and direction, with
 * the press figures beside them as separate marks. Static: rendered to HTML at
 * build time like every panel body (no hooks, no client code).
 */
export function RecordedTradePanel({
  resolved,
  drawings,
  series,
  press,
  compact = false,
}: {
  resolved: ResolvedPanel;
  drawings: ChartDrawings;
  series: RecordedSeriesView[];
  press: PressMarks;
  compact?: boolean;
}) {
  const { panel } = resolved;
  const pressRows = [...press.dated, ...press.undated];
  return (
    <ChartFrame
      panelId={panel.id}
      drawings={drawings}
      compact={compact}
      caption={recordedCaption(series, publisherNames(resolved.sources))}
      table={
        <>
          {compact ? (
            // The home page is a summary: the table of every recorded value (some 80 rows) is on the panel's own page.
            <p className="text-sm" data-recorded-table-link>
              Every recorded value, with its table row, reporter and compiler: <a href={routes.panel(panel.id)}>{panel.title}</a>.
            </p>
          ) : (
            <DataTable
              caption={`${panel.title}: every recorded value, with its row`}
              columns={["Table row", "Series", "Year", "Value", "As stored", "Qualifier", "Reporter", "Compiler, release"]}
              rows={series.flatMap((s) =>
                s.points.map((p) => [
                  <a key="r" href={routes.table(p.tableId, p.rows[0])} title={p.tableId} className="inline-block min-h-6 whitespace-nowrap py-0.5">
                    {p.rows.length > 1 ? `${p.rows.length} rows, summed` : `row ${p.rows[0]}`}
                  </a>,
                  `${flowLabels[s.flow]} (${s.short})`,
                  String(p.year),
                  p.label,
                  <span key="v" data-recorded-value={`${s.id}:${p.year}`} data-value={p.value} data-table={p.tableId} data-column={s.column} data-rows={p.rows.join(" ")} data-year={p.year}>
                    {p.value} {unitLabels[p.unit]}
                  </span>,
                  p.qualifier,
                  s.reporter,
                  `${s.compiler}, ${s.release}`,
                ]),
              )}
            />
          )}
          <FigureTable caption={`${panel.title}: press figures (not recorded statistics)`} figures={pressRows} />
        </>
      }
    >
      <Legend series={series} />
      <Gaps series={series} />
    </ChartFrame>
  );
}
