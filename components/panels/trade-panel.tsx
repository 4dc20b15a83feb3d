import { markerPath, seriesStyle } from "@/components/charts/series-style";
import { ChartFrame } from "@/components/charts/chart-frame";
import { FigureTable } from "@/components/charts/figure-table";
import { tradeSeries, undatedTradePoints, type UndatedTradePoint } from "@/lib/charts/series";
import type { ChartDrawings } from "@/lib/charts/layout";
import type { ResolvedPanel } from "@/lib/dataset/select";
import { legendMeasures, tableCaption, tradeCaption, tradeTablePoints } from "@/lib/display/captions";
import { routes } from "@/lib/routes";

function Legend({ measures }: { measures: string[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="What each marker measures">
      {measures.map((measure, index) => {
        const { color, shape } = seriesStyle(index);
        return (
          <li key={measure} className="flex items-center gap-1">
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
              <path d={markerPath(shape, 7, 7, 5)} fill={color} />
            </svg>
            {measure}
          </li>
        );
      })}
    </ul>
  );
}

/** Figures with no position in time: listed beside the chart rather than placed at a made-up year. */
function UndatedFigures({ points }: { points: UndatedTradePoint[] }) {
  if (points.length === 0) return null;
  return (
    <div className="mt-3 text-sm" data-undated-figures>
      <p className="font-medium">Undated figures (not placed on the time axis):</p>
      <ul className="mt-1 list-disc pl-5">
        {points.map((p) => (
          <li key={p.factId} data-undated-fact={p.factId}>
            <a href={routes.fact(p.factId)}>{p.phrase}</a> ({p.measure}, {p.asOf})
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Trade over time, with each definition (turnover, imports, oil) kept apart. */
export function TradePanel({ resolved, drawings, compact = false }: { resolved: ResolvedPanel; drawings: ChartDrawings; compact?: boolean }) {
  const { panel, facts } = resolved;
  const series = tradeSeries(facts);
  const undated = undatedTradePoints(facts);
  const points = tradeTablePoints(series, undated);
  const measures = legendMeasures(series);
  return (
    <ChartFrame
      panelId={panel.id}
      drawings={drawings}
      compact={compact}
      caption={tradeCaption(panel.title, points, resolved.sources)}
      table={
        <FigureTable caption={tableCaption(panel.title)} figures={points} />
      }
    >
      <Legend measures={measures} />
      <UndatedFigures points={undated} />
    </ChartFrame>
  );
}
