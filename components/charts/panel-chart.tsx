// A panel's chart at one layout, from the panel's data alone. Rendered only
// by scripts/render-charts.tsx (recharts never reaches a page's scripts).
import { PercentBarChart } from "@/components/charts/bar-chart";
import { ShareChart } from "@/components/charts/share-chart";
import { TimelineChart } from "@/components/charts/timeline-chart";
import { TradeChart } from "@/components/charts/trade-chart";
import { RecordedChart } from "@/components/recorded-trade/recorded-chart";
import { listRecordedSeries } from "@/lib/recorded-trade/data";
import { pressMarks } from "@/lib/recorded-trade/press";
import type { ChartLayout } from "@/lib/chart-layout";
import { barRows, shareBand, timelineEvents, tradeSeries, type ShareBand } from "@/lib/chart-series";
import type { ResolvedPanel } from "@/lib/dataset/select";
import { markTip } from "@/lib/display/figure-label";

export function PanelChart({ resolved, primarySourceId, layout }: { resolved: ResolvedPanel; primarySourceId: string; layout: ChartLayout }) {
  const { panel, facts } = resolved;
  const byId = new Map(facts.map((f) => [f.id, f]));
  const describe = (factId: string) => {
    const fact = byId.get(factId);
    return fact ? markTip(fact) : [];
  };
  const common = { id: `chart-${panel.id}-${layout}`, title: panel.title, describe, layout };
  switch (panel.view) {
    case "bar":
      return <PercentBarChart {...common} rows={barRows(panel, facts, primarySourceId)} />;
    case "share":
      return <ShareChart {...common} bands={facts.map(shareBand).filter((b): b is ShareBand => b !== null)} />;
    case "series":
      return <TradeChart {...common} series={tradeSeries(facts)} />;
    case "recorded":
      return <RecordedChart id={common.id} title={panel.title} series={listRecordedSeries()} press={pressMarks(facts)} layout={layout} />;
    case "timeline":
      return <TimelineChart {...common} events={timelineEvents(facts)} />;
    default:
      return null;
  }
}
