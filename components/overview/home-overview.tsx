import { TopicCountLinks, VerdictCountLinks } from "@/components/overview/count-links";
import { IndicatorGrid } from "@/components/overview/indicator-grid";
import { RecordedIndicators } from "@/components/recorded-trade/recorded-indicators";
import type { Dataset } from "@/lib/dataset/load";
import type { Panel } from "@/lib/dataset/schema";
import type { RecordedSeriesView } from "@/lib/recorded-trade/display";
import { routes } from "@/lib/routes";
import { overviewIndicators } from "@/lib/display/overview";

/** The top of the home page: verdict counts, the key indicators, topic counts; the counts link to the explorer. */
export function HomeOverview({ dataset, recorded, shownPanels, ownPagePanels }: { dataset: Dataset; recorded: RecordedSeriesView[]; shownPanels: Panel[]; ownPagePanels: Panel[] }) {
  return (
    <div id="overview" className="scroll-mt-4">
      <VerdictCountLinks facts={dataset.facts} />
      <IndicatorGrid indicators={overviewIndicators(dataset)} onPage={new Set(shownPanels.map((p) => p.id))} />
      {ownPagePanels.map((panel) => (
        <p key={panel.id} className="mt-2 text-sm" data-own-page-panel={panel.id}>
          <a href={routes.panel(panel.id)} className="font-semibold">
            {panel.title}
          </a>
          : {panel.description}
        </p>
      ))}
      <TopicCountLinks facts={dataset.facts} />
      <RecordedIndicators panels={dataset.panels} recorded={recorded} onPage={new Set(shownPanels.map((p) => p.id))} />
    </div>
  );
}
