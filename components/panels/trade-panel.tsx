import Link from "next/link";
import { markerPath, seriesStyle } from "@/components/charts/series-style";
import { StaticChart } from "@/components/charts/static-chart";
import { ChartFigure } from "@/components/panels/chart-figure";
import { DataTable } from "@/components/panels/data-table";
import { VerdictBadge } from "@/components/verdict-badge";
import { tradeSeries } from "@/lib/chart-series";
import type { ResolvedPanel } from "@/lib/dataset/select";
import { formatPartialDate } from "@/lib/dataset/partial-date";

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

/** Trade over time, with each definition (turnover, imports, oil) kept apart. */
export function TradePanel({ resolved, compact = false }: { resolved: ResolvedPanel; compact?: boolean }) {
  const { panel, facts } = resolved;
  const series = tradeSeries(facts);
  const points = series.flatMap((s) => s.points).sort((a, b) => a.year - b.year);
  const publisher = new Map(resolved.sources.map((s) => [s.id, s.publisher]));
  return (
    <ChartFigure
      id={panel.id}
      chart={
        <>
          <StaticChart panelId={panel.id} compact={compact} />
          <Legend measures={series.map((s) => s.measure)} />
        </>
      }
      caption={
        <>
          {panel.title}, in US dollars. The sources measure different things, so each gets its own marker; points are
          not one comparable series. Each point links to its quote. Sources: {[...new Set(points.map((p) => publisher.get(p.sourceId)))].join(", ")}.
        </>
      }
      table={
        <DataTable
          caption={`${panel.title}: the numbers`}
          columns={["As of", "Measure", "Value", "Verdict", "Fact"]}
          rows={points.map((p) => [
            formatPartialDate(p.asOf),
            p.measure,
            p.phrase,
            <VerdictBadge key="v" verdict={p.verdict} />,
            <Link key="l" href={`/facts/${p.factId}`}>quote and verdict</Link>,
          ])}
        />
      }
    />
  );
}
