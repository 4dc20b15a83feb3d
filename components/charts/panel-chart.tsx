// A panel's chart at one layout, from the panel's data alone. Rendered only
// by scripts/render-charts.tsx (recharts never reaches a page's scripts).
import { PercentBarChart } from "@/components/charts/bar-chart";
import { EmptyChart } from "@/components/charts/chart-parts";
import { ShareChart } from "@/components/charts/share-chart";
import { TimelineChart } from "@/components/charts/timeline-chart";
import { TradeChart } from "@/components/charts/trade-chart";
import { RecordedChart } from "@/components/recorded-trade/recorded-chart";
import type { ChartLayout } from "@/lib/charts/layout";
import { barRows, shareBand, timelineEvents, tradeSeries, type ShareBand } from "@/lib/charts/series";
import type { RecordedSeriesView } from "@/lib/recorded-trade/display";
import { pressMarks } from "@/lib/recorded-trade/press";
import type { ResolvedPanel } from "@/lib/dataset/select";
import { markTip } from "@/lib/display/figure-label";

export function PanelChart({
  resolved,
  primarySourceId,
  layout,
  recorded = [],
}: {
  resolved: ResolvedPanel;
  primarySourceId: string;
  layout: ChartLayout;
  /** The recorded series a "recorded" panel draws (read by the bake, passed in). */
  recorded?: RecordedSeriesView[];
}) {
  const { panel, facts } = resolved;
  const byId = new Map(facts.map((f) => [f.id, f]));
  const describe = (factId: string) => {
    const fact = byId.get(factId);
    return fact ? markTip(fact) : [];
  };
  const common = { id: `chart-${panel.id}-${layout}`, title: panel.title, describe, layout };
  const empty = (missing: string) => <EmptyChart id={common.id} title={panel.title} layout={layout} missing={missing} />;
  switch (panel.view) {
    case "bar": {
      const rows = barRows(panel, facts, primarySourceId);
      return rows.length > 0 ? <PercentBarChart {...common} rows={rows} /> : empty("a figure from another source than the primary article");
    }
    case "share": {
      const bands = facts.map(shareBand).filter((b): b is ShareBand => b !== null);
      return bands.length > 0 ? <ShareChart {...common} bands={bands} /> : empty("a percentage");
    }
    case "series": {
      const series = tradeSeries(facts);
      return series.length > 0 ? <TradeChart {...common} series={series} /> : empty("a dated money figure");
    }
    case "recorded":
      return recorded.length > 0 ? (
        <RecordedChart id={common.id} title={panel.title} series={recorded} press={pressMarks(facts)} layout={layout} />
      ) : (
        empty("a recorded series")
      );
    case "timeline": {
      const events = timelineEvents(facts);
      return events.length > 0 ? <TimelineChart {...common} events={events} /> : empty("an event");
    }
    default:
      return null;
  }
}
