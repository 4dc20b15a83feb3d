import { TopicCountLinks, VerdictCountLinks } from "@/components/overview/count-links";
import { IndicatorGrid } from "@/components/overview/indicator-grid";
import type { Dataset } from "@/lib/dataset/load";
import type { Panel } from "@/lib/dataset/schema";
import { overviewIndicators } from "@/lib/overview";

/** The top of the home page: verdict counts, the key indicators, topic counts; the counts link to the explorer. */
export function HomeOverview({ dataset, shownPanels }: { dataset: Dataset; shownPanels: Panel[] }) {
  return (
    <div id="overview" className="scroll-mt-4">
      <VerdictCountLinks facts={dataset.facts} />
      <IndicatorGrid indicators={overviewIndicators(dataset)} onPage={new Set(shownPanels.map((p) => p.id))} />
      <TopicCountLinks facts={dataset.facts} />
    </div>
  );
}
