import { CountLinks } from "@/components/overview/count-links";
import { IndicatorGrid } from "@/components/overview/indicator-grid";
import type { Dataset } from "@/lib/dataset/load";
import type { Panel } from "@/lib/dataset/schema";
import { overviewIndicators } from "@/lib/overview";

/** The top of the home page: counts linking to the explorer, then the key indicators. */
export function HomeOverview({ dataset, shownPanels }: { dataset: Dataset; shownPanels: Panel[] }) {
  return (
    <div id="overview" className="scroll-mt-4">
      <CountLinks facts={dataset.facts} />
      <IndicatorGrid indicators={overviewIndicators(dataset)} onPage={new Set(shownPanels.map((p) => p.id))} />
    </div>
  );
}
