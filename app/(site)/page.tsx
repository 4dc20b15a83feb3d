import { DatasetJsonLd } from "@/components/json-ld";
import { PanelView } from "@/components/panels/panel-view";
import { VerdictCounts } from "@/components/verdict-counts";
import { getDataset, listPanels } from "@/lib/data";
import { resolvePanel } from "@/lib/dataset";

export default function HomePage() {
  const dataset = getDataset();
  return (
    <>
      <DatasetJsonLd />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Kazakhstan–Israel relations, fact by fact</h1>
      <p className="mt-3 max-w-prose text-lg text-muted">
        Every figure here links to the sentence it comes from. Most start as claims in a June 2019 Jewish News article;
        each claim carries a verdict from checking it against other sources.
      </p>
      <VerdictCounts facts={dataset.facts} />
      {listPanels().map((panel) => (
        <PanelView key={panel.id} resolved={resolvePanel(panel, dataset)} primarySourceId={dataset.meta.primary_source} />
      ))}
    </>
  );
}
