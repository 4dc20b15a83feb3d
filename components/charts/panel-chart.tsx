// A panel's chart at one layout, from the panel's data alone. Rendered only
// by scripts/render-charts.tsx (recharts never reaches a page's scripts).
import { PercentBarChart } from "@/components/charts/bar-chart";
import { ShareChart } from "@/components/charts/share-chart";
import { TimelineChart } from "@/components/charts/timeline-chart";
import { TradeChart } from "@/components/charts/trade-chart";
import type { ChartLayout } from "@/lib/chart-layout";
import { barRows, shareBand, timelineEvents, tradeSeries, type ShareBand } from "@/lib/chart-series";
import { formatPartialDate } from "@/lib/dataset/partial-date";
import type { Fact } from "@/lib/dataset/schema";
import type { ResolvedPanel } from "@/lib/dataset/select";
import { verdictLabels } from "@/lib/dataset/vocab";
import { displayFigure, figurePhrase, truncateWords } from "@/lib/format";

/** What a mark's tip says: the value with its date, or the event's date and words, then the verdict. */
export function describeFact(fact: Fact): string[] {
  const verdict = `verdict: ${verdictLabels[fact.verdict.rating]}`;
  if (fact.figure) return [figurePhrase(fact.figure), `as of ${displayFigure(fact.figure).asOf}`, verdict];
  const date = fact.event ? formatPartialDate(fact.event.date) + (fact.event.end ? ` – ${formatPartialDate(fact.event.end)}` : "") : "";
  return [date, truncateWords(fact.statement, 72), verdict];
}

export function PanelChart({ resolved, primarySourceId, layout }: { resolved: ResolvedPanel; primarySourceId: string; layout: ChartLayout }) {
  const { panel, facts } = resolved;
  const byId = new Map(facts.map((f) => [f.id, f]));
  const describe = (factId: string) => {
    const fact = byId.get(factId);
    return fact ? describeFact(fact) : [];
  };
  const common = { id: `chart-${panel.id}-${layout}`, title: panel.title, describe, layout };
  switch (panel.view) {
    case "bar":
      return <PercentBarChart {...common} rows={barRows(panel, facts, primarySourceId)} />;
    case "share":
      return <ShareChart {...common} bands={facts.map(shareBand).filter((b): b is ShareBand => b !== null)} />;
    case "series":
      return <TradeChart {...common} series={tradeSeries(facts)} />;
    case "timeline":
      return <TimelineChart {...common} events={timelineEvents(facts)} />;
    default:
      return null;
  }
}
